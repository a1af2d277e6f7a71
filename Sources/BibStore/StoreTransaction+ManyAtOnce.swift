import BibModel
import Dispatch
import Foundation
import GRDB

/// Reads of many rows by id in a few queries (chunks of `idsPerQuery`), for pages that would otherwise ask the
/// store once per row. The stored JSON, most of the cost, is decoded on every core.
extension StoreTransaction {
    /// Ids bound in one `IN (…)` list, well under SQLite's limit on bound variables.
    static let idsPerQuery = 500

    /// The stored sources with these ids, by id; unknown ids are absent. Records whose stored text `cache` holds are
    /// not decoded again.
    public func sources(ids: some Collection<String>, cache: DecodeCache<BibModel.Record>? = nil) throws -> [String: StoredSource] {
        var rows: [(id: String, record: String, workID: String?)] = []
        try inChunks(ids) { marks, chunk in
            for row in try Row.fetchAll(db, sql: "SELECT id, record, work_id FROM source WHERE id IN (\(marks))",
                                        arguments: StatementArguments(chunk)) {
                rows.append((row["id"], row["record"], row["work_id"]))
            }
        }
        let records = try StoreTransaction.decodeAll(BibModel.Record.self, rows.map(\.record), cache: cache)
        var out: [String: StoredSource] = [:]
        for (row, record) in zip(rows, records) { out[row.id] = StoredSource(id: row.id, record: record, workID: row.workID) }
        return out
    }

    /// The work each of these sources belongs to, by source id, without reading the sources' records; sources
    /// unknown or in no work are absent.
    public func workIDs(ofSources ids: some Collection<String>) throws -> [String: String] {
        var out: [String: String] = [:]
        try inChunks(ids) { marks, chunk in
            for row in try Row.fetchAll(db, sql: "SELECT id, work_id FROM source WHERE id IN (\(marks)) AND work_id IS NOT NULL",
                                        arguments: StatementArguments(chunk)) {
                out[row["id"]] = row["work_id"]
            }
        }
        return out
    }

    /// The works with these ids, by id; unknown ids are absent. Works whose stored text `cache` holds are not
    /// decoded again.
    public func works(ids: some Collection<String>, cache: DecodeCache<Work>? = nil) throws -> [String: Work] {
        try writePendingWorks()
        var rows: [(id: String, data: String)] = []
        try inChunks(ids) { marks, chunk in
            for row in try Row.fetchAll(db, sql: "SELECT id, data FROM work WHERE id IN (\(marks))", arguments: StatementArguments(chunk)) {
                rows.append((row["id"], row["data"]))
            }
        }
        let works = try StoreTransaction.decodeAll(Work.self, rows.map(\.data), cache: cache ?? recentWorks)
        return Dictionary(zip(rows.map(\.id), works), uniquingKeysWith: { a, _ in a })
    }

    /// The works with these citation keys, by the key asked for: a work's own key first, else a work that has it
    /// as an alias, as `work(citekey:)` finds them; keys no work has are absent.
    public func works(citekeys: some Collection<String>) throws -> [String: Work] {
        try writePendingWorks()
        var rows: [(key: String, data: String)] = []
        try inChunks(citekeys) { marks, chunk in
            for row in try Row.fetchAll(db, sql: "SELECT citekey, data FROM work WHERE citekey IN (\(marks))",
                                        arguments: StatementArguments(chunk)) {
                rows.append((row["citekey"], row["data"]))
            }
        }
        let own = Set(rows.map(\.key))
        try inChunks(citekeys.filter { !own.contains($0) }) { marks, chunk in
            for row in try Row.fetchAll(db, sql: """
                SELECT a.alias, w.data FROM citekey_alias a JOIN work w ON w.id = a.work_id WHERE a.alias IN (\(marks))
                """, arguments: StatementArguments(chunk)) {
                rows.append((row["alias"], row["data"]))
            }
        }
        let works = try StoreTransaction.decodeAll(Work.self, rows.map(\.data))
        return Dictionary(zip(rows.map(\.key), works), uniquingKeysWith: { a, _ in a })
    }

    /// The pairs of sources, among those touching `sourceIDs`, that a person decided about, each as its two ids
    /// in ascending order (as `override(_:_:)` looks them up).
    public func decidedPairs(touching sourceIDs: some Collection<String>) throws -> Set<[String]> {
        var out: Set<[String]> = []
        try inChunks(sourceIDs) { marks, chunk in
            for row in try Row.fetchAll(db, sql: "SELECT a, b FROM override WHERE a IN (\(marks)) OR b IN (\(marks))",
                                        arguments: StatementArguments(chunk + chunk)) {
                out.insert([row["a"], row["b"]])
            }
        }
        return out
    }

    private func inChunks(_ ids: some Collection<String>, _ body: (String, [String]) throws -> Void) throws {
        let unique = Array(Set(ids))
        for start in stride(from: 0, to: unique.count, by: StoreTransaction.idsPerQuery) {
            let chunk = Array(unique[start..<min(start + StoreTransaction.idsPerQuery, unique.count)])
            try body(Array(repeating: "?", count: chunk.count).joined(separator: ","), chunk)
        }
    }

    /// Every text decoded as `T`, in order, spread over the cores; the first text that does not decode fails all.
    /// Texts `cache` holds are taken from it, the others decoded and kept in it.
    static func decodeAll<T: Decodable & Sendable>(_ type: T.Type, _ texts: [String], cache: DecodeCache<T>? = nil) throws -> [T] {
        let known = cache?.hits(texts) ?? [:]
        let missing = texts.indices.filter { known[$0] == nil }
        let decoded = try decodeInParallel(type, missing.map { texts[$0] })
        cache?.keep(zip(missing, decoded).map { (texts[$0.0], $0.1) })
        var fresh = zip(missing, decoded).makeIterator()
        return texts.indices.map { i in known[i] ?? fresh.next()!.1 }
    }

    private static func decodeInParallel<T: Decodable & Sendable>(_ type: T.Type, _ texts: [String]) throws -> [T] {
        guard !texts.isEmpty else { return [] }
        let lanes = min(texts.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let results = UnsafeMutableBufferPointer<Result<T, any Error>?>.allocate(capacity: texts.count)
        results.initialize(repeating: nil)
        defer { results.deinitialize(); results.deallocate() }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: lanes) { lane in
            let decoder = JSONDecoder()
            for i in stride(from: lane, to: texts.count, by: lanes) {
                slots[i] = Result {
                    do { return try decoder.decode(T.self, from: Data(texts[i].utf8)) } catch {
                        throw StoreError.corrupt("\(T.self): \(error)")
                    }
                }
            }
        }
        return try results.map { try $0!.get() }
    }
}
