import Foundation
import GRDB
import Testing
@testable import BibStore

/// The render cache kept by format (schema v5): a store made before it keeps its cached entries, read in file order.
@Suite struct RenderCacheMigrationTests {
    @Test func aStoreFromBeforeTheFormatOrderedCacheKeepsItsEntriesAndReadsThemInCitationKeyOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-v4-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        do {
            let old = try DatabaseQueue(path: dir.appendingPathComponent(Store.databaseName).path)
            try Store.migrator.migrate(old, upTo: "v4: citation keys of fused works")
            try old.write { db in
                try db.execute(sql: """
                    INSERT INTO work (id, citekey, data) VALUES ('w1', 'riley2020', '{}'), ('w2', 'adams2019', '{}'),
                        ('w3', 'baker2021', '{}'), ('w4', NULL, '{}');
                    INSERT INTO rendered (work_id, format, text) VALUES ('w1', 'ris', 'TY  - JOUR riley'),
                        ('w2', 'ris', NULL), ('w1', 'bibtex', '@article{riley2020,}'), ('w3', 'bibtex', '@misc{baker2021,}');
                    """)
            }
        }
        let store = try Store(directory: dir)
        let ris = try store.read { try $0.renderedEntries(format: "ris") }
        #expect(ris.map(\.workID) == ["w2", "w3", "w1"])
        #expect(ris.map(\.cached) == [true, false, true])
        #expect(ris.map(\.text) == [nil, nil, "TY  - JOUR riley"])
        let bibtex = try store.read { try $0.renderedEntries(format: "bibtex") }
        #expect(bibtex.map(\.cached) == [false, true, true])
        #expect(try store.read { try $0.renderedEntries(workIDs: ["w1", "w3"], format: "bibtex") }
            == ["w1": "@article{riley2020,}", "w3": "@misc{baker2021,}"])
        try store.write { try $0.clearRenderCache() }
        #expect(try store.read { try $0.renderedEntries(format: "ris") }.allSatisfy { !$0.cached })
    }
}
