import BibExport
import BibModel
import BibPipeline
import Foundation
import Testing

/// The export files written from the render cache are byte-for-byte what a full render of the store gives,
/// before and after a change to some works.
@Suite struct ExportCacheTests {
    func expectFilesMatchFullRender(_ lib: Library, _ dir: URL) throws {
        let works = try lib.works()
        for (format, url) in lib.exportFiles {
            let written = try String(contentsOf: url, encoding: .utf8)
            #expect(written == Exporter.render(works, as: format), "\(format) differs from a full render")
        }
    }

    @Test(arguments: ExportFormat.allCases)
    func exportTextEqualsAFullRender(format: ExportFormat) throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        _ = lib.ingest(try Fixtures.seedFiles())
        let expected = Exporter.render(try lib.works(), as: format)
        #expect(try lib.exportText(format) == expected)
        #expect(try lib.exportText(format) == expected, "second export, from the cache")
        _ = try lib.split("riley2023hardcore", file: "000_63c7912f7065a3cd.txt")
        #expect(try lib.exportText(format) == Exporter.render(try lib.works(), as: format))
        try expectFilesMatchFullRender(lib, dir)
    }

    @Test func cachedExportsEqualAFullRender() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let files = try Fixtures.seedFiles()
        _ = lib.ingest([files[0], files[3]])
        try expectFilesMatchFullRender(lib, dir)
        _ = lib.ingest([files[2], files[4], files[1]])
        try expectFilesMatchFullRender(lib, dir)
        try lib.writeExports()
        try expectFilesMatchFullRender(lib, dir)
    }

    @Test func cachedExportsFollowMergesSplitsAndRekeys() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        _ = lib.ingest(try Fixtures.seedFiles())
        try expectFilesMatchFullRender(lib, dir)
        _ = try lib.split("riley2023hardcore", file: "000_63c7912f7065a3cd.txt")
        try expectFilesMatchFullRender(lib, dir)
        _ = try lib.merge("riley2023hardcore", "riley2023hardcorea")
        try expectFilesMatchFullRender(lib, dir)
        _ = try lib.markDistinct("rileyfeel", "riley2023hardcore")
        try expectFilesMatchFullRender(lib, dir)
        _ = try lib.rekey()
        try expectFilesMatchFullRender(lib, dir)
    }
}
