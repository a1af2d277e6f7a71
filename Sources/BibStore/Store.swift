import BibModel
import Foundation
import GRDB

/// The canonical store: one SQLite database in the store folder, behind this small facade so that no GRDB
/// type leaks into the rest of bibd. Every change happens inside `write`, one SQLite transaction, so the
/// database is never left half-written.
public final class Store: Sendable {
    public let directory: URL
    private let queue: DatabaseQueue

    /// The database file's name inside the store folder.
    public static let databaseName = "bibd.sqlite"

    /// Opens (creating if needed) the store in `directory` and brings its schema up to date.
    public init(directory: URL) throws {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotCreate(directory.path, String(describing: error))
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.journalMode = .wal
        do {
            queue = try DatabaseQueue(path: directory.appendingPathComponent(Store.databaseName).path, configuration: config)
            try Store.migrator.migrate(queue)
        } catch let e as DatabaseError {
            throw StoreError.database(directory.path, e.message ?? String(describing: e))
        }
    }

    /// Runs `body` in one write transaction: all of it is applied, or none of it.
    public func write<T>(_ body: (StoreTransaction) throws -> T) throws -> T {
        do {
            return try queue.write { db in try body(StoreTransaction(db: db)) }
        } catch let e as DatabaseError {
            throw StoreError.database(directory.path, e.message ?? String(describing: e))
        }
    }

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

    public var description: String {
        switch self {
        case .cannotCreate(let path, let why): return "cannot create the store folder \(path): \(why)"
        case .database(let path, let why): return "store \(path): \(why)"
        case .corrupt(let what): return "the store holds unreadable data: \(what)"
        }
    }
}

/// bibd's record, not GRDB's `Record` class of the same name.
typealias Record = BibModel.Record
