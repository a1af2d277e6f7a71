import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// How a command may open a store folder. Creating a store is explicit: only `bibd init` and `bibd ingest` into
/// an empty folder create one; every other command needs an existing store. Whatever the mode, a folder that
/// shows signs of a store (its marker or its exports) but whose database is missing, empty or not bibd's is
/// refused, so a lost database never silently becomes a new, empty store that overwrites the exports.
public enum StoreOpening: Sendable {
    /// The store must exist.
    case existing
    /// Creates a store in a folder that does not exist or is empty; opens an existing store.
    case createIfEmpty
    /// Creates a store in a folder holding no store and no sign of one; opens an existing store.
    case create
    /// The store must exist; it is opened read-only, and without the lock, when its folder or its database
    /// cannot be written (a read-only mount, a folder of another user): for the commands that only read.
    case read
}

/// What the store folder holds, judged before anything in it is written.
enum StoreFolderState: Equatable {
    /// A database with bibd's schema.
    case bibd
    /// No database, or an empty one; `evidence` names the marker and exports found (empty: none), `others`
    /// whether the folder holds anything else.
    case noDatabase(evidence: [String], others: Bool)
    /// A database that is not bibd's (another program's, or not SQLite at all).
    case foreign(String)
    /// A database that could not be read to tell (permissions, I/O).
    case unreadable(String)

    /// Files that say a store lived here; bibd's own lock file and database files are no evidence.
    static let ownNames: Set<String> = [".lock", ".lock-queue", Store.databaseName, Store.databaseName + "-wal", Store.databaseName + "-shm",
                                        Store.databaseName + "-journal"]

    static func inspect(_ dir: URL, exportNames: [String]) -> StoreFolderState {
        let db = dir.appendingPathComponent(Store.databaseName)
        let size = (try? FileManager.default.attributesOfItem(atPath: db.path)[.size] as? NSNumber)?.intValue
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let evidence = names.filter { $0 == Store.markerName || exportNames.contains($0) }.sorted()
        let others = names.contains { !ownNames.contains($0) && !evidence.contains($0) }
        guard let size, size > 0 else { return .noDatabase(evidence: evidence, others: others) }
        do {
            let tables: [String] = try Store.openReadOnly(db.path).read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if tables.isEmpty { return .noDatabase(evidence: evidence, others: others) }
            let missing = Store.signatureTables.subtracting(tables)
            return missing.isEmpty ? .bibd : .foreign("it has no \(missing.sorted().joined(separator: ", ")) table")
        } catch let e as DatabaseError where e.resultCode == .SQLITE_NOTADB {
            return .foreign(e.message ?? String(describing: e))
        } catch let e as DatabaseError {
            return .unreadable(e.message ?? String(describing: e))
        } catch {
            return .unreadable(String(describing: error))
        }
    }
}

extension Store {
    /// The marker file written into every store folder: its presence says a database belongs here.
    public static let markerName = ".bibd-store"

    /// Tables every bibd database has, whatever its schema version.
    static let signatureTables: Set<String> = ["grdb_migrations", "work", "source", "file"]

    /// Refuses to open `dir` under `opening` when that could lose or hide data; returns normally when the store
    /// may be opened (and created).
    static func admit(_ dir: URL, opening: StoreOpening, exportNames: [String]) throws {
        switch StoreFolderState.inspect(dir, exportNames: exportNames) {
        case .bibd:
            return
        case .foreign(let why):
            throw StoreError.notBibd(dir.path, why)
        case .unreadable(let why):
            throw StoreError.database(dir.path, why)
        case .noDatabase(let evidence, let others):
            if !evidence.isEmpty { throw StoreError.lost(dir.path, evidence) }
            switch opening {
            case .existing, .read: throw StoreError.missing(dir.path)
            case .createIfEmpty where others: throw StoreError.notEmpty(dir.path)
            case .createIfEmpty, .create: return
            }
        }
    }

    /// Whether this process may write the store in `dir`: the folder (for the journal and the lock) and the
    /// database file.
    public static func isWritable(_ dir: URL) -> Bool {
        let db = dir.appendingPathComponent(databaseName).path
        return access(dir.path, W_OK) == 0 && (access(db, F_OK) != 0 || access(db, W_OK) == 0)
    }

    /// A read-only connection that writes nothing, not even SQLite's shared-memory file: with no writer's
    /// `-wal`/`-shm` beside it the database is opened `immutable` (a URI filename, which Debian's SQLite accepts
    /// on any open: it is built with SQLITE_USE_URI); with them, as an ordinary read-only connection.
    static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        var config = Configuration()
        config.readonly = true
        let fm = FileManager.default
        if fm.fileExists(atPath: path + "-wal") || fm.fileExists(atPath: path + "-shm") {
            return try DatabaseQueue(path: path, configuration: config)
        }
        let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
            .replacingOccurrences(of: "#", with: "%23")
        return try DatabaseQueue(path: "file:" + escaped + "?immutable=1", configuration: config)
    }

    /// Writes the marker if it is missing (stores created before markers existed get one on first open).
    static func writeMarker(in dir: URL) throws {
        let marker = dir.appendingPathComponent(markerName)
        guard !FileManager.default.fileExists(atPath: marker.path) else { return }
        let text = "This folder is a bibd store: \(databaseName) is its database. If the database is lost, bibd refuses "
            + "the folder rather than starting an empty store; see README, \"Restoring a store\".\n"
        try Data(text.utf8).write(to: marker)
    }
}
