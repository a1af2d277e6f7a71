import BibModel
import GRDB

/// Works saved by a transaction whose JSON is not written yet (see `StoreTransaction.saveWork`), by id.
final class PendingWorks {
    var byID: [String: Work] = [:]
}

extension StoreTransaction {
    /// Writes the JSON of the works saved since the last call, encoded on every core, in id order. Every read of
    /// the `data` column calls it first, and `Store.write` calls it before the transaction commits.
    func writePendingWorks() throws {
        guard !pending.byID.isEmpty else { return }
        let works = pending.byID.keys.sorted().compactMap { pending.byID[$0] }
        pending.byID.removeAll()
        let texts = try ParallelMap.map(works) { work in Result { try StoredJSON.text(of: work) } }.map { try $0.get() }
        for (work, text) in zip(works, texts) {
            try db.cachedStatement(sql: "UPDATE work SET data = ? WHERE id = ?").execute(arguments: [text, work.id])
        }
        recentWorks?.keep(Array(zip(texts, works)))
    }
}

/// A record with its stored JSON, encoded before the transaction that stores it (for the records of a file, on
/// every core).
public struct EncodedRecord: Sendable {
    public let record: BibModel.Record
    let json: String

    public init(_ record: BibModel.Record) throws {
        self.record = record
        json = try StoredJSON.text(of: record)
    }
}
