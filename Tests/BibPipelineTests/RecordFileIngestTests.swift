import BibModel
import BibPipeline
import Foundation
import Testing

/// Files of many records: one ingest, records counted, intra-file duplicates joined, provenance by position.
@Suite struct RecordFileIngestTests {
    static func risRecord(_ n: Int, doi: String? = nil) -> String {
        "TY  - JOUR\nTI  - Study number \(n) of the distinct topic \(n * 7919)\nAU  - Author\(n), A.\nPY  - 20\(10 + n % 10)\n"
            + (doi.map { "DO  - \($0)\n" } ?? "DO  - 10.5555/rec.\(n)\n") + "T2  - Journal \(n % 5)\nER  - \n\n"
    }

    @Test func aFileOfManyRecordsIsOneIngestWithOneWorkPerRecord() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let file = dir.appendingPathComponent("export.ris")
        try (1...40).map { Self.risRecord($0) }.joined().write(to: file, atomically: true, encoding: .utf8)
        let reports = lib.ingest([file])
        #expect(reports.count == 1)
        #expect(reports[0].records == 40 && reports[0].joinedExisting == 0)
        let works = try lib.works()
        #expect(works.count == 40)
        let positions = Set(works.flatMap(\.sources).compactMap(\.position))
        #expect(positions == Set(1...40))
        #expect(works.allSatisfy { $0.sources.allSatisfy { $0.file == "export.ris" && $0.line != nil } })
    }

    @Test func exactDuplicatesInsideOneFileAreOneWorkWithBothPositions() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let file = dir.appendingPathComponent("dups.ris")
        try [Self.risRecord(1), Self.risRecord(2), Self.risRecord(1)].joined().write(to: file, atomically: true, encoding: .utf8)
        _ = lib.ingest([file])
        let works = try lib.works()
        #expect(works.count == 2)
        let dup = works.first { $0.sources.count == 2 }
        #expect(dup.map { Set($0.sources.compactMap(\.position)) } == [1, 3])
    }

    @Test func recordsJoiningWorksFromEarlierFilesAreCounted() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let first = dir.appendingPathComponent("a.ris"), second = dir.appendingPathComponent("b.ris")
        try [Self.risRecord(1), Self.risRecord(2)].joined().write(to: first, atomically: true, encoding: .utf8)
        try [Self.risRecord(2), Self.risRecord(3), Self.risRecord(4)].joined().write(to: second, atomically: true, encoding: .utf8)
        _ = lib.ingest([first])
        let r = lib.ingest([second])
        #expect(r[0].records == 3 && r[0].joinedExisting == 1)
        #expect(r[0].message.contains("3 records") && r[0].message.contains("1 joined existing"))
        #expect(try lib.works().count == 4)
    }

    @Test func aBadEntryIsReportedWithItsLineAndTheOthersAreIngested() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let file = dir.appendingPathComponent("lib.bib")
        try """
            @article{a, title = {First distinct paper on apples}, year = {2001}, doi = {10.5555/a}}
            @article{b, title = {Broken {paper}, year = {2002}}
            @article{c, title = {Third distinct paper on pears}, year = {2003}, doi = {10.5555/c}}
            """.write(to: file, atomically: true, encoding: .utf8)
        let r = lib.ingest([file])
        #expect(r[0].records == 2)
        #expect(r[0].problems.count == 1 && r[0].problems[0].contains("lib.bib: line 2"))
        #expect(try lib.works().count == 2)
    }
}
