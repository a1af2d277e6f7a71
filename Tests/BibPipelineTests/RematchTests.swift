import BibModel
import BibPipeline
import Foundation
import Testing

/// When the matching rules or settings change, a refresh matches the store again: same works for the seeds,
/// the same pinned keys, and people's decisions kept.
@Suite struct RematchTests {
    func open(_ dir: URL, reviewThreshold: Double = 0.7) throws -> Library {
        var c = Config()
        c.store = dir.path
        c.matching.reviewThreshold = reviewThreshold
        return try Library(config: c, lockWait: 5)
    }

    func shape(_ works: [Work]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: works.map { ($0.sources.map(\.file).sorted().joined(separator: "+"), $0.citekey ?? "") })
    }

    @Test func changedSettingsRematchAndKeepKeysAndDecisions() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        var before: [String: String] = [:]
        do {
            let lib = try open(dir)
            _ = lib.ingest(try Fixtures.seedFiles())
            #expect(try lib.rematchIfRulesChanged() == false, "nothing changed yet")
            _ = try lib.split("riley2023hardcore", file: "000_63c7912f7065a3cd.txt")
            before = shape(try lib.works())
            #expect(before.count == 4)
        }
        let lib = try open(dir, reviewThreshold: 0.75)
        #expect(try lib.rematchIfRulesChanged() == true)
        #expect(shape(try lib.works()) == before, "same works and keys after the re-match")
        let pre = try #require(try lib.works().first { $0.citekey == "rileyfeel" })
        #expect(pre.relations.contains { $0.kind == .possiblePreprintOf })
        #expect(try lib.rematchIfRulesChanged() == false, "matched with these settings already")
        let json = try String(contentsOf: dir.appendingPathComponent("library.json"), encoding: .utf8)
        #expect(json.contains("\"riley2023hardcorea\""))
    }
}
