import BibInbox
import BibPipeline
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// What an operator meets in a live inbox: a file that stays "being written", a worker that cannot run, a move
/// across file systems, a file replaced while it is read.
@Suite struct OperationsTests {
    /// Starts `/bin/sh -c SCRIPT FILE` (the file is `$1`).
    func shell(_ script: String, _ file: URL) throws -> Process {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script, "sh", file.path]
        try p.run()
        return p
    }

    /// An executable shell script in the sandbox, used as the extraction worker.
    func worker(_ body: String, in box: InboxSandbox) throws -> URL {
        let url = box.root.appendingPathComponent("worker-\(UUID().uuidString).sh")
        try ("#!/bin/sh\n" + body + "\n").write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }

    @Test func aFileHeldOpenOrGrowingForEverIsLeftReportedOnceAndRefreshExitsZero() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig(settleMs: 300)
        try box.drop(SyntheticDumps.text("ops", 1), as: "done.txt")
        let held = box.inbox.appendingPathComponent("held.txt")
        try Data(SyntheticDumps.text("ops", 2).utf8).write(to: held)
        let log = box.inbox.appendingPathComponent("growing.log")
        let writer = try shell("exec 3>>\"$1\"; exec sleep 60", held)
        let grower = try shell("while :; do echo line >> \"$1\"; sleep 0.05; done", log)
        // SIGKILL: the test runner's children may inherit SIGTERM ignored.
        defer { for p in [writer, grower] { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() } }
        usleep(700_000)
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("1 ingested") && r.out.contains("2 not complete yet"), "\(r.out)")
        for name in ["held.txt", "growing.log"] {
            let said = r.err.split(separator: "\n").filter { $0.contains(" info ") && $0.contains("not complete yet") && $0.contains(name) }
            #expect(said.count == 1, "\(name) reported \(said.count) times at info:\n\(r.err)")
        }
        #expect(r.err.contains("a process holds it open for writing"), "the reason is given")
        #expect(box.names(in: box.inbox) == ["growing.log", "held.txt"])
        #expect(box.names(in: box.processed) == ["done.txt"])
    }

    @Test func aWorkerThatCannotStartLeavesTheFileForTheNextPass() throws {
        let box = try InboxSandbox()
        let processor = try box.processor()
        processor.library.isolation = IsolatedExtraction(worker: URL(fileURLWithPath: "/nonexistent/bibd"), budget: ExtractBudget())
        try box.drop(SyntheticDumps.text("fault", 1), as: "a.txt")
        let first = processor.process(processor.scan())
        #expect(first.held == 1 && first.failed == 0, "\(first.line)")
        #expect(box.names(in: box.inbox) == ["a.txt"] && box.names(in: box.failed).isEmpty)
        #expect(box.log.all.contains { $0.hasPrefix("error") && $0.contains("worker fault") && $0.contains("cannot start") })
        processor.library.isolation = nil
        let second = processor.process(processor.scan())
        #expect(second.ingested == 1, "\(second.line)")
        #expect(box.names(in: box.processed) == ["a.txt"])
    }

    @Test func aWorkerKilledFromOutsideIsNotTheFilesFault() throws {
        let box = try InboxSandbox()
        let processor = try box.processor()
        // SIGKILL that bibd did not send, as the OOM killer's.
        processor.library.isolation = IsolatedExtraction(worker: try worker("kill -KILL $$", in: box), budget: ExtractBudget())
        try box.drop(SyntheticDumps.text("fault", 2), as: "b.txt")
        let summary = processor.process(processor.scan())
        #expect(summary.held == 1 && summary.failed == 0, "\(summary.line)")
        #expect(box.names(in: box.inbox) == ["b.txt"] && box.names(in: box.failed).isEmpty)
        #expect(box.log.all.contains { $0.contains("worker fault") && $0.contains("killed from outside (signal 9)") })
        // Nothing about the file is recorded: the store's failures are the files' own.
        #expect(try processor.library.store.read { try $0.count(.failedFiles) } == 0)
        let sha = ContentHash.sha256(Array(SyntheticDumps.text("fault", 2).utf8))
        #expect(try processor.library.store.read { try $0.fileOutcome(sha256: sha) } == nil)
    }

    @Test func aWorkerOverItsBudgetSetsTheFileAsideWithTheReason() throws {
        let box = try InboxSandbox()
        let processor = try box.processor()
        // A worker that never answers is killed after twice its CPU budget plus 5 s of wall-clock time.
        processor.library.isolation = IsolatedExtraction(worker: try worker("while :; do sleep 0.1; done", in: box),
                                                         budget: ExtractBudget(seconds: 1))
        try box.drop(SyntheticDumps.text("fault", 3), as: "c.txt")
        let summary = processor.process(processor.scan())
        #expect(summary.failed == 1 && summary.held == 0, "\(summary.line)")
        #expect(box.failedFiles == ["c.txt"])
        let why = try box.sidecar("c.txt")["error"] ?? ""
        #expect(why.contains("over the extraction budget"), "\(why)")
    }

    @Test func aMoveAcrossFileSystemsLeavesOneCompleteCopyAndNoPartialFile() throws {
        let box = try InboxSandbox()
        var st1 = stat(), st2 = stat()
        guard stat("/dev/shm", &st1) == 0, stat(box.root.path, &st2) == 0, st1.st_dev != st2.st_dev, access("/dev/shm", W_OK) == 0 else {
            print("skipped: /dev/shm is not another writable file system here")
            return
        }
        let other = URL(fileURLWithPath: "/dev/shm/bibd-processed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        let content = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) })
        let file = box.inbox.appendingPathComponent("a.txt")
        try content.write(to: file)
        // A copy interrupted by a crash left its hidden partial file behind.
        let partial = other.appendingPathComponent(".bibd-" + ContentHash.sha256(Array("a.txt".utf8)).prefix(16) + ".partial")
        try Data(content.prefix(1000)).write(to: partial)
        let mover = InboxMover(processed: other, failed: box.failed, version: "test")
        let to = try mover.markProcessed(file)
        #expect(to.lastPathComponent == "a.txt")
        #expect(try Data(contentsOf: to) == content)
        #expect(box.names(in: other) == ["a.txt"], "\(box.names(in: other))")
        #expect(box.names(in: box.inbox).isEmpty)
    }

    @Test func aFileReplacedWhileBeingReadKeepsTheHashReadAndIsReadAgain() throws {
        let box = try InboxSandbox()
        let bibd = try #require(BibdProcess.binary, "the bibd binary was not built next to the tests")
        let first = SyntheticDumps.text("replaced", 1), second = SyntheticDumps.text("replaced", 2)
        let staged = box.root.appendingPathComponent("second.txt")
        try Data(second.utf8).write(to: staged)
        let target = box.inbox.appendingPathComponent("a.txt")
        // The worker starts once the file's bytes are read: it replaces the file under the same name, then serves.
        let script = "[ -f '\(staged.path)' ] && mv '\(staged.path)' '\(target.path)'\nexec '\(bibd.path)' \"$@\""
        let processor = try box.processor()
        processor.library.isolation = IsolatedExtraction(worker: try worker(script, in: box), budget: ExtractBudget())
        try box.drop(first, as: "a.txt")
        let pass1 = processor.process(processor.scan())
        #expect(pass1.notReady == ["a.txt"], "\(pass1.line)")
        #expect(box.names(in: box.processed).isEmpty, "the replaced file was moved before its new content was read")
        let stored = try processor.library.store.read { try $0.fileOutcome(sha256: ContentHash.sha256(Array(first.utf8))) }
        #expect(stored?.outcome == .ingested, "the stored hash is the hash of the bytes read")
        let pass2 = processor.process(processor.scan())
        #expect(pass2.ingested == 1, "\(pass2.line)")
        #expect(try String(contentsOf: box.processed.appendingPathComponent("a.txt"), encoding: .utf8) == second)
        let again = try processor.library.store.read { try $0.fileOutcome(sha256: ContentHash.sha256(Array(second.utf8))) }
        #expect(again?.outcome == .ingested)
    }
}
