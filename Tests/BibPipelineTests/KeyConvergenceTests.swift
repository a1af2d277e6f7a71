import BibModel
import BibPipeline
import BibStore
import Foundation
import Testing

/// Keys converge: a key issued while a field of the formula was missing is reissued once the field
/// arrives (the old key kept as an alias); a key that is not such an incomplete key is never changed.
@Suite struct KeyConvergenceTests {
    static let gold: Set<String> = ["riley2023hardcore", "rileyfeel", "poulter2023more"]

    /// All orders of `items`.
    static func permutations<T>(_ items: [T]) -> [[T]] {
        guard let first = items.first else { return [[]] }
        return permutations(Array(items.dropFirst())).flatMap { rest in
            (0...rest.count).map { i in var p = rest; p.insert(first, at: i); return p }
        }
    }

    @Test func seedsGiveTheGoldKeysInAll120OrdersOneFilePerBatch() throws {
        let files = try Fixtures.seedFiles()
        let orders = Self.permutations(Array(files.indices))
        #expect(orders.count == 120)
        for order in orders {
            let dir = Fixtures.tempStore()
            defer { try? FileManager.default.removeItem(at: dir) }
            let lib = try Fixtures.library(at: dir)
            for k in order { _ = lib.ingest([files[k]]) }
            let works = try lib.works()
            #expect(Set(works.compactMap(\.citekey)) == Self.gold, "order \(order)")
            // A key issued before the year arrived still names the work.
            for w in works { #expect(!w.aliases.contains { Self.gold.contains($0) }, "order \(order): \(w.aliases)") }
        }
    }

    @Test func incompleteKeyStaysAsAnAlias() throws {
        let files = try Fixtures.seedFiles()
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        // The mirror page (no year) alone first, then the pages that carry the year.
        for k in [2, 0, 1, 3, 4] { _ = lib.ingest([files[k]]) }
        let hrj = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" })
        #expect(hrj.aliases == ["rileyhardcore"])
        #expect(hrj.isNamed("rileyhardcore"))
    }

    @Test func aKeyThatIsNotAnIncompleteFormulaKeyIsNeverChanged() throws {
        let files = try Fixtures.seedFiles()
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        _ = lib.ingest([files[2]])
        // A person's key for the HRJ work.
        try lib.store.write { tx in
            var w = try #require(try tx.works().first)
            w.citekey = "hardcoreStudy"
            try tx.saveWork(w)
        }
        for k in [0, 1, 3, 4] { _ = lib.ingest([files[k]]) }
        let keys = Set(try lib.works().compactMap(\.citekey))
        #expect(keys.contains("hardcoreStudy"))
        #expect(!keys.contains("riley2023hardcore"))
    }
}
