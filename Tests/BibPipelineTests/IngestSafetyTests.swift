import BibModel
import BibPipeline
import Foundation
import Testing

/// Idempotency and bad input: the store changes only for files that are ingested, and only once.
@Suite struct IngestSafetyTests {
    @Test func ingestingTheSameFileTwiceChangesNothing() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let files = try Fixtures.seedFiles()
        _ = lib.ingest(files)
        let before = try Data(contentsOf: dir.appendingPathComponent("library.json"))
        let worksBefore = try lib.works()
        let again = lib.ingest(files)
        #expect(again.allSatisfy { if case .duplicate = $0.outcome { return true } else { return false } })
        #expect(try lib.works() == worksBefore)
        #expect(try Data(contentsOf: dir.appendingPathComponent("library.json")) == before)
    }

    @Test func aRenamedCopyIsRecognizedByItsContent() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let original = try Fixtures.seedFiles()[3]
        let copy = dir.appendingPathComponent("renamed.txt")
        try FileManager.default.copyItem(at: original, to: copy)
        _ = lib.ingest([original])
        let r = lib.ingest([copy])
        #expect(r.first?.outcome == .duplicate(of: original.lastPathComponent))
    }

    @Test(arguments: [
        ("empty.txt", [UInt8]()),
        ("blank.html", Array("   \n\n  ".utf8)),
        ("binary.bin", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 13) }),
        ("menu.html", Array("<html><head><title>Log in</title></head><body><nav>Home | About</nav></body></html>".utf8)),
    ])
    func badInputFailsWithAReasonAndLeavesTheStoreUnchanged(name: String, bytes: [UInt8]) throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        _ = lib.ingest([try Fixtures.seedFiles()[3]])
        let before = try lib.works()
        let file = dir.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        let r = lib.ingest([file])
        guard case .failed(let why) = r[0].outcome else {
            Issue.record("\(name) was not refused: \(r[0].outcome)")
            return
        }
        #expect(!why.isEmpty)
        #expect(try lib.works() == before)
    }

    @Test func aMissingFileIsReportedNotFatal() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let r = lib.ingest([dir.appendingPathComponent("nope.html"), dir])
        #expect(r.filter { $0.outcome.isFailure }.count == 2)
        #expect(r[0].message.contains("no such file"))
        #expect(r[1].message.contains("directory"))
    }

    @Test func aSecondWriterWaitsOnlyForTheFirstWritersUnitOfWork() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try Fixtures.library(at: dir)
        var c = Config()
        c.store = dir.path
        // An idle writer holds nothing: a second one opens and writes.
        let second = try Library(config: c, lockWait: 0.2)
        try second.finishBatch()
        // Inside the first writer's unit of work, the second is told the store is busy once its wait is over.
        try first.exclusively {
            #expect(throws: PipelineError.self) { try second.finishBatch() }
            #expect(throws: PipelineError.self) { _ = try Library(config: c, lockWait: 0.2) }
            // A reader opens and reads meanwhile.
            let reader = try Library(config: c, lockWait: 0.2, opening: .read)
            #expect(try reader.works().isEmpty)
        }
        try second.finishBatch()
    }
}
