import BibPipeline
import Foundation
import Testing

/// `bibd eval` on the corpus, the second corpus, the text dumps of both (browser copy and text browser) and
/// the unseen-family pages, held to the floors in fixtures/eval/floors.json (floors may only be raised). The
/// eval scores as shared/tools/score_extract.py does.
@Suite struct ExtractionEvalTests {
    static let floors: [String: [String: Double]] = {
        let url = Fixtures.root.appendingPathComponent("fixtures/eval/floors.json")
        guard let data = try? Data(contentsOf: url),
              let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        var out: [String: [String: Double]] = [:]
        for (set, v) in o { if let m = v as? [String: Double] { out[set] = m } else if let m = v as? [String: Int] { out[set] = m.mapValues(Double.init) } }
        return out
    }()

    /// Where each set's gold file lies, and the folder of its pages when that is another one.
    static let pageFolders = ["corpus2": "corpus2/pages"]

    @Test(arguments: ["corpus", "unseen", "corpus2", "dumps/corpus/chromium", "dumps/corpus/w3m", "dumps/corpus2/chromium",
                      "dumps/corpus2/w3m", "dumps/review", "dumps/unseen/chromium", "dumps/unseen/w3m",
                      "dumps/sites/chromium", "dumps/sites/w3m", "review2", "dumps/review2/chromium", "dumps/review2/w3m",
                      "review3", "dumps/review3/chromium", "dumps/review3/w3m",
                      "review4", "dumps/review4/chromium", "dumps/review4/w3m"])
    func evalHoldsItsFloors(set: String) throws {
        let floors = try #require(Self.floors[set], "no floors for \(set)")
        let gold = Fixtures.root.appendingPathComponent("fixtures/\(set)/gold.jsonl")
        let dir = Fixtures.root.appendingPathComponent("fixtures/\(Self.pageFolders[set] ?? set)")
        let report = try ExtractionEval.run(gold: gold, directory: dir)
        #expect(report.scored + report.rejectedTotal > 5)
        for (field, floor) in floors where field != "invented" {
            #expect(report.rate(field) >= floor, "\(set) \(field) \(report.rate(field)) < \(floor); misses: \(report.misses)")
        }
        #expect(Double(report.invented) <= floors["invented"] ?? 0, "\(set): \(report.invented) invented values")
    }
}
