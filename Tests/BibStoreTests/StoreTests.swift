import BibModel
import BibStore
import Foundation
import Testing

/// The store facade: blocks as the matcher's `BlockSearch` reads them, pair decisions, overrides.
@Suite struct StoreTests {
    func tempStore() throws -> (Store, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-store-\(UUID().uuidString)")
        return (try Store(directory: dir), dir)
    }

    func record(_ n: Int) -> Record {
        Record(title: "Title \(n)", source: SourceRef(file: "f\(n)", sha256: "sha\(n)", extractor: "test"))
    }

    @Test func blocksListTheirSizesAndMembers() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            for n in 0..<5 { try tx.insertSource(id: "s\(n)", record: record(n), workID: "w\(n)", blockKeys: ["common"]) }
            try tx.insertSource(id: "s9", record: record(9), workID: "w9", blockKeys: ["rare", "common", "rare"])
        }
        let sizes = try store.read { try $0.blockSizes(["common", "rare", "unknown"]) }
        #expect(sizes == ["common": 6, "rare": 1])
        #expect(try store.read { try $0.sourceIDs(inBlocks: ["rare"]) } == ["s9"])
        let found = try store.read { try $0.candidateSources(ids: ["s9", "s3", "gone"]) }
        #expect(found.map(\.id) == ["s3", "s9"])
        #expect(found.first?.record.title == "Title 3")
    }

    @Test func aSortedBlockListsSortKeysInFilingOrder() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            for n in [3, 1, 2] {
                let keys = StoredBlockKeys(["k"], titleOrder: Array("title \(n)".utf8), authorOrder: Array("author \(n)".utf8))
                try tx.insertSource(id: "s\(n)", record: record(n), workID: "w\(n)", blockKeys: keys)
            }
            // Matched again, a source is filed last.
            try tx.replaceBlockKeys(ofSource: "s3", with: StoredBlockKeys(["k"], titleOrder: Array("again".utf8), authorOrder: []))
        }
        let block = try store.read { try $0.sortedBlock("k") }
        #expect(block.map(\.sourceID) == ["s1", "s2", "s3"])
        #expect(block.map(\.titleOrder) == [Array("title 1".utf8), Array("title 2".utf8), Array("again".utf8)])
        #expect(block.first?.authorOrder == Array("author 1".utf8))
        #expect(block.last?.authorOrder == [])
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
