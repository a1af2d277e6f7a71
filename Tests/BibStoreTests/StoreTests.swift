import BibModel
import BibStore
import Foundation
import Testing

/// The store facade: candidates by block key (with the crowded-block cap), pair decisions, overrides.
@Suite struct StoreTests {
    func tempStore() throws -> (Store, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-store-\(UUID().uuidString)")
        return (try Store(directory: dir), dir)
    }

    func record(_ n: Int) -> Record {
        Record(title: "Title \(n)", source: SourceRef(file: "f\(n)", sha256: "sha\(n)", extractor: "test"))
    }

    @Test func crowdedBlocksAreSkippedButOthersStillFindCandidates() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            for n in 0..<5 { try tx.insertSource(id: "s\(n)", record: record(n), workID: "w\(n)", blockKeys: ["common"]) }
            try tx.insertSource(id: "s9", record: record(9), workID: "w9", blockKeys: ["rare", "common"])
        }
        let capped = try store.read { try $0.candidates(forKeys: ["common", "rare"], maxBlockSize: 3) }
        #expect(capped.map(\.id) == ["s9"])
        let all = try store.read { try $0.candidates(forKeys: ["common", "rare"]) }
        #expect(all.count == 6)
        #expect(all.first { $0.id == "s3" }?.record.title == "Title 3")
    }

    @Test func crowdedBlockIsSearchedInSubBlocksAtMostTwoPerWork() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            // One work cited 100 times fills the block "title"; every citation also carries "author".
            for n in 0..<100 { try tx.insertSource(id: "c\(n)", record: record(n), workID: "cited", blockKeys: ["title", "author"]) }
            // Other works share only the crowded key.
            for n in 100..<180 { try tx.insertSource(id: "o\(n)", record: record(n), workID: "w\(n)", blockKeys: ["title"]) }
        }
        let found = try store.read { try $0.candidates(forKeys: ["title", "author"], maxBlockSize: 64) }
        #expect(found.filter { $0.workID == "cited" }.count == 2)
        #expect(!found.contains { $0.id.hasPrefix("o") })
    }

    @Test func overridesAreSymmetricAndTheLaterDecisionWins() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            try tx.addOverride("b", "a", decision: .same)
            try tx.addOverride("a", "b", decision: .distinct)
        }
        #expect(try store.read { try $0.override("b", "a") } == .distinct)
        #expect(try store.read { try $0.override("a", "c") } == nil)
    }

    @Test func aFailedTransactionLeavesNothingBehind() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        struct Boom: Error {}
        #expect(throws: Boom.self) {
            try store.write { tx in
                try tx.insertSource(id: "s1", record: record(1), workID: "w1", blockKeys: ["k"])
                throw Boom()
            }
        }
        #expect(try store.read { try $0.count(.sources) } == 0)
    }
}
