import BibExport
import BibPipeline
@testable import BibServe
import Foundation
import Testing

/// The whole library is sent from its current export file in chunks, never read whole into memory; the file sent
/// is the one opened, even when the daemon replaces it meanwhile, and its tag names that file's generation.
@Suite struct ExportStreamingTests {
    @Test func theWholeLibrarySentInManySmallChunksArrivesWholeWithItsLength() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        var limits = ServeLimits()
        limits.exportChunkBytes = 1000
        let server = try await RunningServer(lib, limits: limits)
        defer { server.stop() }
        for format in [ExportFormat.bibtex, .cslJSON] {
            let file = try #require(lib.exportFiles.first { $0.0 == format }?.1)
            let bytes = try Data(contentsOf: file)
            #expect(bytes.count > 3 * limits.exportChunkBytes, "the file spans several chunks")
            let r = try await server.get("/export?format=\(format.rawValue)")
            #expect(r.status == 200)
            #expect(r.header("content-length") == String(bytes.count))
            #expect(r.body == bytes)
        }
    }

    @Test func aLibraryFileReplacedAfterItWasOpenedIsReadAsItWasWithTheTagOfItsGeneration() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let url = try #require(lib.exportFiles.first { $0.0 == .bibtex }?.1)
        let old = try Data(contentsOf: url)
        let query = ExportQuery(format: .bibtex, selection: .all)
        let tagBefore = try #require(StoreGeneration.current(lib).map { PullExport.etag(generation: $0, query: query) })
        let reply = try PullExport.run(query, on: lib, chunkBytes: 100)
        guard case .file(let file) = reply.body else { Issue.record("the whole library was not served from its file"); return }
        #expect(reply.etag == tagBefore)

        _ = try lib.merge("riley2023hardcore", "poulter2023more")  // rewrites library.bib (a new file renamed over it)
        #expect(try Data(contentsOf: url) != old)
        let sent = try file.read(at: 0, count: file.size)
        #expect(Data(sent.readableBytesView) == old)
        #expect(StoreGeneration.current(lib).map { PullExport.etag(generation: $0, query: query) } != tagBefore)
    }
}
