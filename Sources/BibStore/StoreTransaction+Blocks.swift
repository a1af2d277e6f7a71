import BibModel
import Foundation
import GRDB

/// A source's block keys as the store keeps them: the keys (which BibMatch derives) and the source's sort keys in
/// the two orders a big block is searched in (`BlockSearch.SortKeys`, kept as bytes). The store only files and
/// lists them; which keys a record has and how a big block is searched are BibMatch's.
public struct StoredBlockKeys: Sendable, Equatable, ExpressibleByArrayLiteral {
    public var keys: [String]
    public var titleOrder: [UInt8]
    public var authorOrder: [UInt8]

    public init(_ keys: [String], titleOrder: [UInt8] = [], authorOrder: [UInt8] = []) {
        self.keys = keys; self.titleOrder = titleOrder; self.authorOrder = authorOrder
    }

    public init(arrayLiteral keys: String...) { self.init(keys) }
}

/// The block tables: `block_key` (key, source) and `block_order` (a source's sort keys; its row id is the order
/// sources were filed in, which breaks ties in a sorted block).
extension StoreTransaction {
    /// Files a source under its block keys.
    func fileBlockKeys(_ blocks: StoredBlockKeys, ofSource id: String) throws {
        for k in Set(blocks.keys) {
            try db.cachedStatement(sql: "INSERT OR IGNORE INTO block_key (key, source_id) VALUES (?, ?)").execute(arguments: [k, id])
        }
        try db.cachedStatement(sql: "INSERT INTO block_order (source_id, title, author) VALUES (?, ?, ?)")
            .execute(arguments: [id, Data(blocks.titleOrder), Data(blocks.authorOrder)])
    }

    /// Replaces a source's block keys (after the matching rules changed); it is filed last in every block.
    public func replaceBlockKeys(ofSource id: String, with blocks: StoredBlockKeys) throws {
        try db.cachedStatement(sql: "DELETE FROM block_key WHERE source_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM block_order WHERE source_id = ?").execute(arguments: [id])
        try fileBlockKeys(blocks, ofSource: id)
    }

    /// How many sources each of `keys` holds; keys holding none are absent.
    public func blockSizes(_ keys: [String]) throws -> [String: Int] {
        guard !keys.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
        var out: [String: Int] = [:]
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT key, COUNT(*) FROM block_key WHERE key IN (\(marks)) GROUP BY key
            """), arguments: StatementArguments(keys)) {
            out[row[0]] = row[1]
        }
        return out
    }

    /// The ids of the sources filed under any of `keys`.
    public func sourceIDs(inBlocks keys: [String]) throws -> [String] {
        guard !keys.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
        return try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT source_id FROM block_key WHERE key IN (\(marks))"),
                                   arguments: StatementArguments(keys))
    }

    /// The sources filed under `key` with their sort keys, in the order they were filed (sources filed without
    /// sort keys are left out).
    public func sortedBlock(_ key: String) throws -> [(sourceID: String, titleOrder: [UInt8], authorOrder: [UInt8])] {
        try Row.fetchAll(db.cachedStatement(sql: """
            SELECT k.source_id, o.title, o.author FROM block_key k JOIN block_order o ON o.source_id = k.source_id
            WHERE k.key = ? ORDER BY o.rowid
            """), arguments: [key]).map { row in
            (row[0], [UInt8](row[1] as Data), [UInt8](row[2] as Data))
        }
    }

    /// The sources with these ids, ordered by id (unknown ids are left out). A source this transaction stored is
    /// taken as it was stored, not decoded again.
    public func candidateSources(ids: [String]) throws -> [StoredSource] {
        var out: [StoredSource] = []
        out.reserveCapacity(ids.count)
        for start in stride(from: 0, to: ids.count, by: StoreTransaction.idsPerQuery) {
            let chunk = Array(ids[start..<min(start + StoreTransaction.idsPerQuery, ids.count)])
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, record, work_id FROM source WHERE id IN (\(marks))"),
                                        arguments: StatementArguments(chunk)) {
                out.append(try source(from: row))
            }
        }
        return out.sorted { $0.id < $1.id }
    }
}
