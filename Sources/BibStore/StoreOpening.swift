import Foundation
import GRDB

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

    /// Files that say a store lived here; bibd's own lock file and database files are no evidence.
    static let ownNames: Set<String> = [".lock", Store.databaseName, Store.databaseName + "-wal", Store.databaseName + "-shm",
                                        Store.databaseName + "-journal"]

    static func inspect(_ dir: URL, exportNames: [String]) -> StoreFolderState {
        let db = dir.appendingPathComponent(Store.databaseName)
        let size = (try? FileManager.default.attributesOfItem(atPath: db.path)[.size] as? NSNumber)?.intValue
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        let evidence = names.filter { $0 == Store.markerName || exportNames.contains($0) }.sorted()
        let others = names.contains { !ownNames.contains($0) && !evidence.contains($0) }
        guard let size, size > 0 else { return .noDatabase(evidence: evidence, others: others) }
        var config = Configuration()
        config.readonly = true
        do {
            let tables: [String] = try DatabaseQueue(path: db.path, configuration: config).read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if tables.isEmpty { return .noDatabase(evidence: evidence, others: others) }
            let missing = Store.signatureTables.subtracting(tables)
            return missing.isEmpty ? .bibd : .foreign("it has no \(missing.sorted().joined(separator: ", ")) table")
        } catch let e as DatabaseError {
            return .foreign(e.message ?? String(describing: e))
        } catch {
            return .foreign(String(describing: error))
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
        case .noDatabase(let evidence, let others):
            if !evidence.isEmpty { throw StoreError.lost(dir.path, evidence) }
            switch opening {
            case .existing: throw StoreError.missing(dir.path)
            case .createIfEmpty where others: throw StoreError.notEmpty(dir.path)
            case .createIfEmpty, .create: return
            }
        }
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
