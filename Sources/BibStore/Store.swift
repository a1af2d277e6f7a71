import BibModel
import Foundation
import GRDB

/// The canonical store: one SQLite database in the store folder, behind this small facade so that no GRDB
/// type leaks into the rest of bibd. Every change happens inside `write`, one SQLite transaction, so the
/// database is never left half-written. A store this process may write is opened as a pool (WAL): one writer, and
/// readers that run at the same time as each other and as the writer, each on a consistent snapshot.
public final class Store: Sendable {
    public let directory: URL
    /// Opened read-only (`StoreOpening.read` on a store this process cannot write): every write fails.
    public let isReadOnly: Bool
    private let queue: any DatabaseWriter
    /// The works this process wrote since `forgetRecentWorks`, by their stored text, up to `recentWorksKept`: the
    /// end of a batch reads back the works its files saved (to issue their keys) without decoding them again. A hit
    /// is the work whose encoding is the row's text, so another writer's change is a miss, not a stale value.
    let recentWorks = DecodeCache<Work>(capacity: Store.recentWorksKept)

    /// SQLite's page cache per connection (`PRAGMA cache_size`; negative: in KiB).
    static let cachePages = -65_536

    /// How many recently written works `recentWorks` keeps at most (past it, it empties and fills again).
    static let recentWorksKept = 20_000

    /// The database file's name inside the store folder.
    public static let databaseName = "bibd.sqlite"

    /// Opens the store in `directory` and brings its schema up to date; creates it only as `opening` allows.
    /// `exportNames` are files whose presence, like the marker's, proves a store lived in the folder.
    public init(directory: URL, opening: StoreOpening = .createIfEmpty, exportNames: [String] = []) throws {
        self.directory = directory
        isReadOnly = opening == .read && FileManager.default.fileExists(atPath: directory.path) && !Store.isWritable(directory)
        if !isReadOnly {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotCreate(directory.path, String(describing: error))
            }
        }
        try Store.admit(directory, opening: opening, exportNames: exportNames)
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.journalMode = .wal
        // A file of many records is one transaction of tens of megabytes: with SQLite's default page cache (2 MB)
        // its pages spill to the log before the commit and are read back from it while it runs.
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = \(Store.cachePages)") }
        let path = directory.appendingPathComponent(Store.databaseName).path
        do {
            queue = isReadOnly ? try Store.openReadOnly(path) : try DatabasePool(path: path, configuration: config)
            if isReadOnly {
                guard try queue.read({ try Store.migrator.hasCompletedMigrations($0) }) else {
                    throw StoreError.database(directory.path, "the store needs a schema upgrade, which a read-only store cannot take; run bibd once with write access")
                }
                return
            }
            // A store already up to date is only read here: a reader opening it beside a busy writer takes no write lock.
            if try !queue.read({ try Store.migrator.hasCompletedMigrations($0) }) { try Store.migrator.migrate(queue) }
        } catch let e as DatabaseError {
            throw StoreError.database(directory.path, e.message ?? String(describing: e))
        }
        do { try Store.writeMarker(in: directory) } catch {
            throw StoreError.cannotCreate(directory.path, "cannot write \(Store.markerName): \(error)")
        }
    }

    /// Runs `body` in one write transaction: all of it is applied, or none of it.
    public func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        do {
            return try queue.write { db in
                let tx = StoreTransaction(db: db, recentWorks: recentWorks)
                let result = try body(tx)
                try tx.writePendingWorks()
                return result
            }
        } catch let e as DatabaseError {
            throw StoreError.database(directory.path, e.message ?? String(describing: e))
        }
    }

    /// Lets go of the recently written works kept for reading back (see `recentWorks`), at the end of a batch.
    public func forgetRecentWorks() { recentWorks.clear() }

    /// Runs `body` on a consistent read-only view.
    public func read<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        do {
            return try queue.read { db in try body(StoreTransaction(db: db)) }
        } catch let e as DatabaseError {
            throw StoreError.database(directory.path, e.message ?? String(describing: e))
        }
    }
}

/// Why the store could not do what was asked.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    case cannotCreate(String, String)
    case database(String, String)
    case corrupt(String)
    /// The folder held a store (marker or exports) but its database is missing or empty.
    case lost(String, [String])
    /// The folder holds a database that is not bibd's.
    case notBibd(String, String)
    /// No store here, and the command may not create one.
    case missing(String)
    /// A new store may only be created in an empty folder.
    case notEmpty(String)

    /// Whether the store was refused to protect what the folder holds (nothing was written).
    public var isRefusal: Bool {
        switch self {
        case .lost, .notBibd, .missing, .notEmpty: return true
        case .cannotCreate, .database, .corrupt: return false
        }
    }

    public var description: String {
        switch self {
        case .cannotCreate(let path, let why): return "cannot create the store folder \(path): \(why)"
        case .database(let path, let why): return "store \(path): \(why)"
        case .corrupt(let what): return "the store holds unreadable data: \(what)"
        case .lost(let path, let evidence):
            return "store \(path): the database \(Store.databaseName) is missing or empty, but the folder held a store "
                + "(\(evidence.joined(separator: ", "))); refusing to start a new one over it. Nothing was written. "
                + "Restore the database from a backup, or rebuild it from the exports (README, \"Restoring a store\")"
        case .notBibd(let path, let why):
            return "store \(path): \(Store.databaseName) is not a bibd database (\(why)); refusing to use it. Nothing was written"
        case .missing(let path):
            return "no bibd store in \(path); create one with `bibd init \(path)` (or `bibd ingest` into an empty folder)"
        case .notEmpty(let path):
            return "\(path) is not empty and holds no bibd store; a new store is created only in an empty folder (or with `bibd init`)"
        }
    }
}

/// bibd's record, not GRDB's `Record` class of the same name.
typealias Record = BibModel.Record
