import BibModel
import Foundation
import GRDB

/// A source record as the store keeps it.
public struct StoredSource: Sendable, Equatable {
    public var id: String
    public var record: BibModel.Record
    public var workID: String?
}

/// Whether the override table has a row, once a transaction has asked (see `StoreTransaction.decisions`).
final class DecisionPresence {
    var any: Bool?
}

/// The records a transaction stored, kept for the life of the transaction (see `StoreTransaction.stored`).
final class StoredRecords {
    var byID: [String: BibModel.Record] = [:]
}

/// The operations available inside one store transaction. Wraps GRDB's `Database` so it never escapes.
/// Fixed statements are prepared once per connection and reused (`cachedStatement`): parsing them was most of the
/// cost of the small per-record statements of a many-record file.
public struct StoreTransaction {
    let db: Database
    /// Records stored by this transaction, by source id: reading one back (as a candidate, or as a source of its
    /// work) takes it from here instead of decoding its JSON again. A record's JSON decodes to the record itself.
    let stored = StoredRecords()
    /// Works saved by this transaction whose stored JSON is written when the transaction ends, all at once and
    /// encoded on every core (or earlier, before anything reads the `data` column): a work rebuilt several times
    /// in one file is encoded once. Reading one back by id takes it from here.
    let pending = PendingWorks()
    /// Whether the store holds any person's decision, asked once per transaction: a store without one answers
    /// every `override(_:_:)` (several per record filed) without a query.
    let decisions = DecisionPresence()
    /// Works this store wrote lately, by their stored text (see `Store.recentWorks`): reading them back takes them
    /// from here instead of decoding their JSON again.
    let recentWorks: DecodeCache<Work>?

    init(db: Database, recentWorks: DecodeCache<Work>? = nil) {
        self.db = db
        self.recentWorks = recentWorks
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return e
    }()

    /// The stored JSON of a value (keys sorted). Safe to call from several threads at once.
    static func encodeJSON<T: Encodable>(_ v: T) throws -> String {
        String(decoding: try encoder.encode(v), as: UTF8.self)
    }

    func decode<T: Decodable>(_ type: T.Type, _ s: String) throws -> T {
        do { return try JSONDecoder().decode(type, from: Data(s.utf8)) } catch {
            throw StoreError.corrupt("\(T.self): \(error)")
        }
    }

    static func now() -> String { Date().formatted(.iso8601) }

    // MARK: files

    /// What happened to a file with this content before, if it was seen.
    public func fileOutcome(sha256: String) throws -> (name: String, outcome: StoredFileOutcome?)? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT name, outcome FROM file WHERE sha256 = ?"), arguments: [sha256])
            .map { ($0["name"], StoredFileOutcome(rawValue: $0["outcome"] ?? "")) }
    }

    /// Records what happened to a file (first outcome wins for `ingested`).
    public func recordFile(sha256: String, name: String, outcome: StoredFileOutcome, detail: String = "") throws {
        try db.cachedStatement(sql: """
            INSERT INTO file (sha256, name, first_seen, outcome, detail) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(sha256) DO UPDATE SET outcome = excluded.outcome, detail = excluded.detail
            WHERE file.outcome != '\(StoredFileOutcome.ingested.rawValue)'
            """).execute(arguments: [sha256, name, StoreTransaction.now(), outcome.rawValue, detail])
    }

    // MARK: sources

    public func insertSource(id: String, record: BibModel.Record, workID: String?, blockKeys: StoredBlockKeys) throws {
        try insertSource(id: id, record: try EncodedRecord(record), workID: workID, blockKeys: blockKeys)
    }

    /// `insertSource` with the record's JSON encoded beforehand (on every core, for the records of one file).
    public func insertSource(id: String, record encoded: EncodedRecord, workID: String?, blockKeys: StoredBlockKeys) throws {
        let record = encoded.record
        try db.cachedStatement(sql: """
            INSERT INTO source (id, sha256, file, extractor, record, work_id, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, record.source?.sha256 ?? "", record.source?.file ?? "", record.source?.extractor ?? "",
                             encoded.json, workID, StoreTransaction.now()])
        stored.byID[id] = record
        try fileBlockKeys(blockKeys, ofSource: id)
    }

    public func setWork(ofSource id: String, to workID: String?) throws {
        try db.cachedStatement(sql: "UPDATE source SET work_id = ? WHERE id = ?").execute(arguments: [workID, id])
    }

    public func sources(ofWork workID: String) throws -> [StoredSource] {
        try Row.fetchAll(db.cachedStatement(sql: "SELECT id, record, work_id FROM source WHERE work_id = ? ORDER BY id"), arguments: [workID])
            .map(source(from:))
    }

    /// Sources not (yet) part of any work: title-less fragments waiting for the work they belong to.
    public func fragments() throws -> [StoredSource] {
        try Row.fetchAll(db, sql: "SELECT id, record, work_id FROM source WHERE work_id IS NULL ORDER BY id")
            .map(source(from:))
    }

    func source(from row: Row) throws -> StoredSource {
        let id: String = row["id"]
        if let record = stored.byID[id] { return StoredSource(id: id, record: record, workID: row["work_id"]) }
        return StoredSource(id: id, record: try decode(Record.self, row["record"]), workID: row["work_id"])
    }

    // MARK: pair decisions

    /// Stores the matcher's decision for a pair of sources (`outcome` is read as "a is … of b").
    public func recordPair(_ a: String, _ b: String, outcome: PairOutcome, rule: String, score: Double) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO pair (a, b, outcome, rule, score) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [a, b, outcome.rawValue, rule, score])
    }

    /// Stored pair decisions touching any of `sourceIDs` (a row whose outcome this version does not know is left out).
    public func pairs(touching sourceIDs: [String]) throws -> [(a: String, b: String, outcome: PairOutcome, rule: String)] {
        guard !sourceIDs.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: sourceIDs.count).joined(separator: ",")
        return try Row.fetchAll(db.cachedStatement(sql: "SELECT a, b, outcome, rule FROM pair WHERE a IN (\(marks)) OR b IN (\(marks)) ORDER BY a, b"),
                                arguments: StatementArguments(sourceIDs + sourceIDs))
            .compactMap { row in PairOutcome(rawValue: row["outcome"]).map { (row["a"], row["b"], $0, row["rule"]) } }
    }

    // MARK: works

    /// Saves a work. Its row, key and aliases are written now; its JSON (`data`) when the transaction ends or
    /// before a read of `data`, whichever comes first (see `pending`).
    public func saveWork(_ work: Work) throws {
        try db.cachedStatement(sql: "DELETE FROM rendered WHERE work_id = ?").execute(arguments: [work.id])
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO export_dirty (work_id) VALUES (?)").execute(arguments: [work.id])
        try db.cachedStatement(sql: """
            INSERT INTO work (id, citekey, data) VALUES (?, ?, '')
            ON CONFLICT(id) DO UPDATE SET citekey = excluded.citekey
            """).execute(arguments: [work.id, work.citekey])
        pending.byID[work.id] = work
        try db.cachedStatement(sql: "DELETE FROM citekey_alias WHERE work_id = ?").execute(arguments: [work.id])
        for alias in work.aliases {
            try db.cachedStatement(sql: "INSERT OR REPLACE INTO citekey_alias (alias, work_id) VALUES (?, ?)").execute(arguments: [alias, work.id])
        }
    }

    /// Moves work `other`'s sources into work `target` and deletes `other`; its citation key and aliases become
    /// aliases of `target` (its key becomes `target`'s own when `target` has none yet), so a key once issued keeps
    /// naming the work it was cited for. The caller rebuilds `target` from its sources.
    public func fuse(_ other: String, into target: String) throws {
        guard other != target, let gone = try work(id: other) else { return }
        var kept = try work(id: target) ?? Work(id: target, record: Record(), sources: [])
        for s in try sources(ofWork: other) { try setWork(ofSource: s.id, to: target) }
        try deleteWork(id: other)
        var names = gone.aliases + (gone.citekey.map { [$0] } ?? [])
        if kept.citekey == nil, let key = gone.citekey {
            kept.citekey = key
            names.removeAll { $0 == key }
        }
        kept.aliases = Array(Set(kept.aliases + names).subtracting([kept.citekey].compactMap { $0 })).sorted()
        try saveWork(kept)
    }

    public func deleteWork(id: String) throws {
        pending.byID[id] = nil
        try db.cachedStatement(sql: "DELETE FROM rendered WHERE work_id = ?").execute(arguments: [id])
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO export_dirty (work_id) VALUES (?)").execute(arguments: [id])
        try db.cachedStatement(sql: "DELETE FROM work WHERE id = ?").execute(arguments: [id])
    }

    public func work(id: String) throws -> Work? {
        if let saved = pending.byID[id] { return saved }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT data FROM work WHERE id = ?"), arguments: [id]).map { try decode(Work.self, $0) }
    }

    /// Every work, ordered by id.
    public func works() throws -> [Work] {
        try writePendingWorks()
        return try String.fetchAll(db, sql: "SELECT data FROM work ORDER BY id").map { try decode(Work.self, $0) }
    }

    /// Works that have no citation key yet (just issued to the store), ordered by id.
    public func worksWithoutCitekey() throws -> [Work] {
        try writePendingWorks()
        return try StoreTransaction.decodeAll(Work.self, String.fetchAll(db, sql: "SELECT data FROM work WHERE citekey IS NULL ORDER BY id"),
                                               cache: recentWorks)
    }

    /// The works saved since the exports were last written that have a citation key, ordered by id.
    public func dirtyWorksWithCitekey() throws -> [Work] {
        try writePendingWorks()
        return try StoreTransaction.decodeAll(Work.self, String.fetchAll(db, sql: """
            SELECT w.data FROM export_dirty d JOIN work w ON w.id = d.work_id WHERE w.citekey IS NOT NULL ORDER BY w.id
            """), cache: recentWorks)
    }

    /// The work with this citation key, if any (indexed).
    /// The work with this citation key, or with it as an alias (both indexed).
    public func work(citekey: String) throws -> Work? {
        try writePendingWorks()
        let data = try String.fetchOne(db, sql: "SELECT data FROM work WHERE citekey = ?", arguments: [citekey])
            ?? String.fetchOne(db, sql: """
                SELECT w.data FROM citekey_alias a JOIN work w ON w.id = a.work_id WHERE a.alias = ?
                """, arguments: [citekey])
        return try data.map { try decode(Work.self, $0) }
    }

    /// Every key a new work must not get: works' citation keys and their aliases.
    public func takenCitekeys() throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT citekey FROM work WHERE citekey IS NOT NULL UNION SELECT alias FROM citekey_alias"))
    }

    // MARK: counts and meta

    public func count(_ table: StoreTable) throws -> Int {
        try Int.fetchOne(db, sql: table.countSQL) ?? 0
    }

    public func meta(_ key: StoreMetaKey) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key.rawValue])
    }

    public func setMeta(_ key: StoreMetaKey, _ value: String) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").execute(arguments: [key.rawValue, value])
    }

    /// Whether a write since the last export left the library files behind the store.
    public func exportsAreStale() throws -> Bool { try meta(.exportsStale) != "0" }

    /// Notes that a write changed what the library files must show.
    public func markExportsStale() throws { try setMeta(.exportsStale, "1") }

    /// Notes that the library files show the store.
    public func markExportsCurrent() throws { try setMeta(.exportsStale, "0") }
}

extension StoreTransaction {
    /// A file that could not be ingested: its name, why, and when it was first seen.
    public struct FailedFile: Sendable, Equatable {
        public var name: String
        public var reason: String
        public var firstSeen: String
    }

    /// The files recorded as failed, most recent first, at most `limit`.
    public func failedFiles(limit: Int) throws -> [FailedFile] {
        try Row.fetchAll(db, sql: "SELECT name, detail, first_seen FROM file WHERE outcome = '\(StoredFileOutcome.failed.rawValue)' ORDER BY first_seen DESC, name LIMIT ?",
                         arguments: [limit])
            .map { FailedFile(name: $0["name"], reason: $0["detail"], firstSeen: $0["first_seen"]) }
    }
}

/// What `StoreTransaction.count` can count.
public enum StoreTable: Sendable {
    case works, sources, fragments, failedFiles

    var countSQL: String {
        switch self {
        case .works: return "SELECT COUNT(*) FROM work"
        case .sources: return "SELECT COUNT(*) FROM source"
        case .fragments: return "SELECT COUNT(*) FROM source WHERE work_id IS NULL"
        case .failedFiles: return "SELECT COUNT(*) FROM file WHERE outcome = '\(StoredFileOutcome.failed.rawValue)'"
        }
    }
}

extension StoreTransaction {
    /// The work a source belongs to (`nil` for a fragment or an unknown source).
    public func workID(ofSource id: String) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT work_id FROM source WHERE id = ?"), arguments: [id])
    }
}

extension StoreTransaction {
    /// Work id → citation key, for every work that has one.
    public func citekeysByID() throws -> [String: String] {
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, citekey FROM work WHERE citekey IS NOT NULL") {
            out[row["id"]] = row["citekey"]
        }
        return out
    }

    /// Every work's cached entry in `format`, in citation-key order: `cached` is false where the entry must be
    /// rendered again (the work changed since); `text` is nil where the format leaves the work out.
    public func renderedEntries(format: String) throws -> [(workID: String, citekey: String, cached: Bool, text: String?)] {
        // Two sequential reads joined in memory: the format's cached entries in table order, then the keys in
        // file order. (A join that looks each work's entry up by key reads the file at random: 14 s instead of
        // about 1 s for 100,000 works.)
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM work WHERE citekey IS NOT NULL") ?? 0
        var texts: [String: String?] = [:]
        texts.reserveCapacity(count)
        let cached = try Row.fetchCursor(db, sql: "SELECT work_id, text FROM rendered WHERE format = ?", arguments: [format])
        while let row = try cached.next() { texts[row[0] as String] = .some(row[1]) }
        var out: [(workID: String, citekey: String, cached: Bool, text: String?)] = []
        out.reserveCapacity(count)
        let keyed = try Row.fetchCursor(db, sql: "SELECT id, citekey FROM work WHERE citekey IS NOT NULL ORDER BY citekey, id")
        while let row = try keyed.next() {
            let id: String = row[0]
            let text = texts[id]
            out.append((id, row[1], text != nil, text ?? nil))
        }
        return out
    }

    /// The cached entries in `format` of these works, by work id; a work whose entry is not cached (changed since
    /// its last rendering, or left out by the format) is absent.
    public func renderedEntries(workIDs: [String], format: String) throws -> [String: String] {
        guard !workIDs.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: workIDs.count).joined(separator: ",")
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT work_id, text FROM rendered WHERE format = ? AND text IS NOT NULL AND work_id IN (\(marks))
            """, arguments: StatementArguments([format] + workIDs)) {
            out[row["work_id"]] = row["text"]
        }
        return out
    }

    /// Caches a rendered entry (nil text: the format leaves the work out).
    public func cacheRendered(workID: String, format: String, text: String?) throws {
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO rendered (work_id, format, text) VALUES (?, ?, ?)")
            .execute(arguments: [workID, format, text])
    }
}

extension StoreTransaction {
    /// Records a person's decision about two sources; the later decision wins.
    public func addOverride(_ a: String, _ b: String, decision: PersonDecision) throws {
        let (x, y) = a < b ? (a, b) : (b, a)
        try db.execute(sql: "INSERT OR REPLACE INTO override (a, b, decision, decided_at) VALUES (?, ?, ?, ?)",
                       arguments: [x, y, decision.rawValue, StoreTransaction.now()])
        decisions.any = true
    }

    /// A person's decision about two sources, if any.
    public func override(_ a: String, _ b: String) throws -> PersonDecision? {
        if decisions.any == nil { decisions.any = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM override)") ?? true }
        guard decisions.any == true else { return nil }
        let (x, y) = a < b ? (a, b) : (b, a)
        return try String.fetchOne(db.cachedStatement(sql: "SELECT decision FROM override WHERE a = ? AND b = ?"), arguments: [x, y])
            .flatMap(PersonDecision.init(rawValue:))
    }

    /// Stored pair decisions held for review, strongest first.
    public func reviewPairs() throws -> [(a: String, b: String, rule: String, score: Double)] {
        try Row.fetchAll(db, sql: "SELECT a, b, rule, score FROM pair WHERE outcome = ? ORDER BY score DESC, a, b",
                         arguments: [PairOutcome.review.rawValue])
            .map { ($0["a"], $0["b"], $0["rule"], $0["score"]) }
    }

    /// One stored source by id.
    public func source(id: String) throws -> StoredSource? {
        try Row.fetchOne(db.cachedStatement(sql: "SELECT id, record, work_id FROM source WHERE id = ?"), arguments: [id]).map { row in
            StoredSource(id: row["id"], record: try decode(Record.self, row["record"]), workID: row["work_id"])
        }
    }
}

extension StoreTransaction {
    /// Drops every cached export entry (after a change that touches entries of other works, such as a rekey).
    public func clearRenderCache() throws {
        try db.execute(sql: "DELETE FROM rendered")
    }
}

extension StoreTransaction {
    /// Works with a citation key whose entry in `format` is not cached (new or changed since the last export).
    public func unrenderedWorks(format: String) throws -> [(workID: String, citekey: String)] {
        try Row.fetchAll(db, sql: """
            SELECT w.id, w.citekey FROM work w LEFT JOIN rendered r ON r.work_id = w.id AND r.format = ?
            WHERE r.work_id IS NULL AND w.citekey IS NOT NULL
            """, arguments: [format]).map { ($0["id"], $0["citekey"]) }
    }
}

extension StoreTransaction {
    /// The works saved or deleted since the last call, forgotten as they are returned (inside the caller's
    /// transaction: if it fails, they are still there for the next try).
    public func takeDirtyWorks() throws -> [String] {
        let ids = try String.fetchAll(db, sql: "SELECT work_id FROM export_dirty ORDER BY work_id")
        try db.execute(sql: "DELETE FROM export_dirty")
        return ids
    }

    /// The works saved or deleted since the exports were last written, without forgetting them.
    public func dirtyWorks() throws -> [String] {
        try String.fetchAll(db, sql: "SELECT work_id FROM export_dirty ORDER BY work_id")
    }

    /// Citation keys of the given works (those that have one).
    public func citekeys(of ids: [String]) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        var out: [String: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, citekey FROM work WHERE citekey IS NOT NULL AND id IN (\(marks))",
                                    arguments: StatementArguments(ids)) {
            out[row["id"]] = row["citekey"]
        }
        return out
    }
}

extension StoreTransaction {
    /// Every stored source, ordered by id (content hash): the order a full re-match uses.
    public func allSources() throws -> [StoredSource] {
        try Row.fetchAll(db, sql: "SELECT id, record, work_id FROM source ORDER BY id").map(source(from:))
    }

    /// Forgets every matching result (works, pair decisions, work assignments, cached exports) while keeping
    /// the sources and the decisions people made, so that matching can run again from scratch.
    public func resetMatching() throws {
        pending.byID.removeAll()
        try db.execute(sql: """
            DELETE FROM pair; UPDATE source SET work_id = NULL; DELETE FROM rendered; DELETE FROM work;
            DELETE FROM export_dirty;
            """)
    }
}
