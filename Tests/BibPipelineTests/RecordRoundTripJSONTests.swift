import BibExport
import BibModel
import BibPipeline
import Foundation
import Testing

/// bibd's CSL-JSON and canonical JSON exports, ingested into an empty store, give back the same works
/// field for field (compared through the CSL-JSON export of both stores, which writes every field bibd keeps).
@Suite struct RecordRoundTripJSONTests {
    /// Record files of several formats beside the seed pages, so the store holds many kinds of work.
    static let recordFiles = ["CSLJSON_zotero_commonmeta_list.json", "CROSSREFJSON_hepcrawl_10.1017_9781316535783.011.json",
                              "PUBMEDXML_biopython_pubmed1.xml", "ENDNOTEXML_en19_sm.xml", "ARXIVATOM_query_testing_10.xml",
                              "DATACITEXML_bolognese_nist_m32163.xml"]

    static func sourceStore() throws -> (Library, URL) {
        let dir = Fixtures.tempStore()
        let lib = try Fixtures.library(at: dir)
        let records = Fixtures.root.appendingPathComponent("fixtures/records/files")
        let reports = lib.ingest(try Fixtures.seedFiles() + recordFiles.map { records.appendingPathComponent($0) })
        #expect(reports.allSatisfy { !$0.outcome.isFailure }, "\(reports.map(\.message))")
        return (lib, dir)
    }

    @Test(arguments: [ExportFormat.cslJSON, .json])
    func exportReadBackGivesTheSameWorks(format: ExportFormat) throws {
        let (source, sourceDir) = try Self.sourceStore()
        defer { try? FileManager.default.removeItem(at: sourceDir) }
        let exported = try source.exportText(format)
        let expected = try source.exportText(.cslJSON)
        #expect(try source.works().count > 30)

        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-roundtrip-\(UUID().uuidString).json")
        try exported.write(to: file, atomically: true, encoding: .utf8)
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir); try? FileManager.default.removeItem(at: file) }
        let back = try Fixtures.library(at: dir)
        let reports = back.ingest([file])
        #expect(reports.allSatisfy { !$0.outcome.isFailure }, "\(reports.map(\.message))")
        #expect(try back.works().count == source.works().count)
        let got = try back.exportText(.cslJSON)
        if got != expected {
            let a = expected.split(separator: "\n"), b = got.split(separator: "\n")
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            Issue.record("first difference at line \(first?.offset ?? min(a.count, b.count)): \(first.map { "\($0.element.0) != \($0.element.1)" } ?? "lengths differ")")
        }
    }
}
