import BibInbox
import BibPipeline
import Foundation
import Testing

/// A store folder knows itself: a lost, emptied or foreign database is refused with exit status 66 and nothing
/// in the folder is overwritten; a new store is created only by `bibd init` or `bibd ingest` into an empty folder.
@Suite struct StoreRefusalTests {
    /// A sandbox whose store holds two ingested works and their exports.
    func filledStore() throws -> (InboxSandbox, URL) {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        try box.drop(SyntheticDumps.text("refuse", 1), as: "a.txt")
        try box.drop(SyntheticDumps.text("refuse", 2), as: "b.txt")
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(r.status == 0, "\(r.err)")
        return (box, config)
    }

    func exports(_ box: InboxSandbox) throws -> [Data] {
        try ["library.bib", "library.json"].map { try Data(contentsOf: box.store.appendingPathComponent($0)) }
    }

    @Test(arguments: ["deleted", "emptied", "foreign"])
    func aLostDatabaseIsRefusedAndTheExportsAreKept(how: String) throws {
        let (box, config) = try filledStore()
        let before = try exports(box)
        let db = box.store.appendingPathComponent("bibd.sqlite")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db.path + suffix) }
        switch how {
        case "emptied": FileManager.default.createFile(atPath: db.path, contents: Data())
        case "foreign": try Data(repeating: 0x41, count: 4096).write(to: db)
        default: break
        }
        try box.drop(SyntheticDumps.text("refuse", 3), as: "c.txt")
        for args in [["refresh"], ["status"], ["export", "--format", "bibtex"], ["ingest", box.inbox.appendingPathComponent("c.txt").path],
                     ["init"]] {
            let r = try BibdProcess.run(args + ["--config", config.path], in: box.root)
            #expect(r.status == 66, "\(args[0]) after the database was \(how): status \(r.status) \(r.err)")
            #expect(r.err.contains(how == "foreign" ? "is not a bibd database" : "missing or empty"), "\(r.err)")
        }
        #expect(try exports(box) == before, "the exports were rewritten")
        #expect(box.names(in: box.inbox) == ["c.txt"])
        let size = (try? FileManager.default.attributesOfItem(atPath: db.path)[.size] as? NSNumber)?.intValue
        #expect(size == (how == "deleted" ? nil : how == "emptied" ? 0 : 4096), "the database file was touched")
    }

    @Test func onlyInitOrIngestIntoAnEmptyFolderCreatesAStore() throws {
        let box = try InboxSandbox()
        var c = box.config
        c.store = box.root.appendingPathComponent("newstore").path
        let config = box.root.appendingPathComponent("new.yaml")
        try "store: \(c.store)\ninbox: \(c.inbox)\nprocessed: \(c.processed)\nfailed: \(c.failed)\nsettle_ms: 0\n"
            .write(to: config, atomically: true, encoding: .utf8)
        for args in [["refresh"], ["status"]] {
            let r = try BibdProcess.run(args + ["--config", config.path], in: box.root)
            #expect(r.status == 66 && r.err.contains("bibd init"), "\(args[0]): \(r.status) \(r.err)")
        }
        #expect(!FileManager.default.fileExists(atPath: c.store + "/bibd.sqlite"))
        let made = try BibdProcess.run(["init", "--config", config.path], in: box.root)
        #expect(made.status == 0, "\(made.err)")
        #expect(FileManager.default.fileExists(atPath: c.store + "/.bibd-store"))
        #expect(try BibdProcess.run(["init", "--config", config.path], in: box.root).status == 0, "init is idempotent")
        #expect(try BibdProcess.run(["status", "--config", config.path], in: box.root).status == 0)

        let cluttered = box.root.appendingPathComponent("cluttered")
        try FileManager.default.createDirectory(at: cluttered, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: cluttered.appendingPathComponent("notes.txt"))
        try box.drop(SyntheticDumps.text("create", 1), as: "a.txt")
        let file = box.inbox.appendingPathComponent("a.txt").path
        let refused = try BibdProcess.run(["ingest", "--store", cluttered.path, file], in: box.root)
        #expect(refused.status == 66 && refused.err.contains("not empty"), "\(refused.err)")
        let fresh = box.root.appendingPathComponent("fresh")
        #expect(try BibdProcess.run(["ingest", "--store", fresh.path, file], in: box.root).status == 0)
        #expect(FileManager.default.fileExists(atPath: fresh.appendingPathComponent("library.bib").path))
    }
}
