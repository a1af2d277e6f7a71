import BibModel
import BibStore
import Foundation
import Testing

/// Reads of many rows at once (the review page, keyed exports): the same rows as one read per id, across more ids
/// than one query binds, and keys resolved as `work(citekey:)` resolves them.
@Suite struct ManyAtOnceReadTests {
    func tempStore() throws -> (Store, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-store-\(UUID().uuidString)")
        return (try Store(directory: dir), dir)
    }

    func record(_ n: Int) -> Record {
        Record(title: "Title \(n)", source: SourceRef(file: "f\(n)", sha256: "sha\(n)", extractor: "test"))
    }

    @Test func sourcesAndWorksByIdEqualOneReadPerIdAcrossSeveralQueries() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let n = 1_234
        try store.write { tx in
            for i in 0..<n {
                try tx.insertSource(id: "s\(i)", record: record(i), workID: "w\(i)", blockKeys: [])
                try tx.saveWork(Work(id: "w\(i)", citekey: "key\(i)", record: record(i), sources: [record(i).source!]))
            }
        }
        let ids = (0..<n).map { "s\($0)" } + ["s0", "nosuch"]
        let (sources, works, oneByOne, worksOneByOne) = try store.read { tx in
            (try tx.sources(ids: ids), try tx.works(ids: (0..<n).map { "w\($0)" } + ["nosuch"]),
             try (0..<n).map { try tx.source(id: "s\($0)")! }, try (0..<n).map { try tx.work(id: "w\($0)")! })
        }
        #expect(sources.count == n && sources["nosuch"] == nil)
        #expect(oneByOne.allSatisfy { sources[$0.id] == $0 })
        #expect(works.count == n && works["nosuch"] == nil)
        #expect(worksOneByOne.allSatisfy { works[$0.id] == $0 })
    }

    @Test func aDecodeCacheGivesWhatTheCurrentRowsDecodeToAfterARowChanges() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            for i in 0..<3 {
                try tx.insertSource(id: "s\(i)", record: record(i), workID: "w\(i)", blockKeys: [])
                try tx.saveWork(Work(id: "w\(i)", citekey: "key\(i)", record: record(i), sources: [record(i).source!]))
            }
        }
        let works = DecodeCache<Work>(capacity: 10), records = DecodeCache<Record>(capacity: 10)
        let ids = ["w0", "w1", "w2"]
        let first = try store.read { try $0.works(ids: ids, cache: works) }
        #expect(try store.read { try $0.works(ids: ids, cache: works) } == first)
        try store.write { tx in
            try tx.saveWork(Work(id: "w1", citekey: "key1", record: Record(title: "Changed"), sources: []))
        }
        let again = try store.read { try $0.works(ids: ids, cache: works) }
        #expect(again["w1"]?.record.title == "Changed")
        #expect(again == (try store.read { try $0.works(ids: ids) }))
        let sources = try store.read { try $0.sources(ids: ["s0", "s2"], cache: records) }
        #expect(try store.read { try $0.sources(ids: ["s0", "s2"], cache: records) } == sources)
        #expect(sources["s2"]?.record.title == "Title 2")
        // Past its capacity the cache starts again, and still answers right.
        let small = DecodeCache<Work>(capacity: 2)
        #expect(try store.read { try $0.works(ids: ids, cache: small) } == again)
        #expect(try store.read { try $0.works(ids: ids, cache: small) } == again)
    }

    @Test func worksByCitekeyPreferAWorksOwnKeyToAnotherWorksAlias() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            try tx.saveWork(Work(id: "w1", citekey: "smith2020", record: record(1), sources: [], aliases: ["old2019"]))
            try tx.saveWork(Work(id: "w2", citekey: "old2019", record: record(2), sources: []))
            try tx.saveWork(Work(id: "w3", citekey: "jones2021", record: record(3), sources: [], aliases: ["jones2021a"]))
        }
        let keys = ["smith2020", "old2019", "jones2021a", "missing"]
        let (found, single) = try store.read { tx in (try tx.works(citekeys: keys), try keys.map { try tx.work(citekey: $0) }) }
        #expect(found["smith2020"]?.id == "w1")
        #expect(found["old2019"]?.id == "w2")
        #expect(found["jones2021a"]?.id == "w3")
        #expect(found["missing"] == nil)
        #expect(keys.map { found[$0]?.id } == single.map { $0?.id })
    }

    @Test func decidedPairsNameEachOverrideByItsIdsInAscendingOrder() throws {
        let (store, dir) = try tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        try store.write { tx in
            try tx.addOverride("s9", "s2", decision: .distinct)
            try tx.addOverride("s5", "s6", decision: .same)
        }
        let decided = try store.read { try $0.decidedPairs(touching: ["s9", "s1"]) }
        #expect(decided == [["s2", "s9"]])
    }
}
