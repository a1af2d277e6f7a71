import BibInbox
import BibPipeline
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A file found by a scan is read only when complete: `refresh` passes and `watch` at start leave a file that
/// is still being written, whether its writer holds it open or reopens it for each chunk.
@Suite struct SettleTests {
    /// Three slow writers, each writing dump `n` of `tag` in two or more parts with pauses.
    final class SlowWriters: @unchecked Sendable {
        let box: InboxSandbox
        let tag: String
        var threads: [Thread] = []
        var child: Process?
        let done = DispatchGroup()

        init(_ box: InboxSandbox, tag: String) { self.box = box; self.tag = tag }

        func content(_ n: Int) -> Data { Data(SyntheticDumps.text(tag, n).utf8) }
        func url(_ n: Int) -> URL { box.inbox.appendingPathComponent("slow\(n).txt") }

        /// Writer 0 holds the file open across a pause longer than the settle time; writer 1 reopens it for each
        /// chunk; writer 2 is another process (a shell) holding it open across a pause.
        func start(pause: Double) throws {
            let half = { (d: Data) in (d.prefix(d.count / 2), d.suffix(from: d.count / 2)) }
            let (a1, a2) = half(content(0))
            spawn {
                FileManager.default.createFile(atPath: self.url(0).path, contents: nil)
                let h = try! FileHandle(forWritingTo: self.url(0))
                h.write(a1)
                Thread.sleep(forTimeInterval: pause)
                h.write(a2)
                try! h.close()
            }
            let b = content(1)
            spawn {
                let chunk = b.count / 6 + 1
                for start in stride(from: 0, to: b.count, by: chunk) {
                    let part = b[start..<min(b.count, start + chunk)]
                    if start == 0 { FileManager.default.createFile(atPath: self.url(1).path, contents: part) } else {
                        let h = try! FileHandle(forWritingTo: self.url(1))
                        h.seekToEndOfFile()
                        h.write(part)
                        try! h.close()
                    }
                    Thread.sleep(forTimeInterval: 0.1)
                }
            }
            let (c1, c2) = half(content(2))
            let p1 = box.root.appendingPathComponent("c1"), p2 = box.root.appendingPathComponent("c2")
            try c1.write(to: p1); try c2.write(to: p2)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "{ cat \"$1\"; sleep \(pause); cat \"$2\"; } > \"$3\"", "sh", p1.path, p2.path, url(2).path]
            try p.run()
            child = p
        }

        private func spawn(_ body: @escaping @Sendable () -> Void) {
            done.enter()
            let t = Thread { body(); self.done.leave() }
            threads.append(t)
            t.start()
        }

        var finished: Bool {
            done.wait(timeout: .now()) == .success && !(child?.isRunning ?? false)
        }

        /// Every stored file is a complete one: each final file's hash is recorded as ingested, and there is
        /// one source per file (a half read would have added a source of its own).
        func expectOnlyCompleteFilesStored(in library: Library) throws {
            for n in 0..<3 {
                let sha = ContentHash.sha256(Array(content(n)))
                let seen = try library.store.read { try $0.fileOutcome(sha256: sha) }
                #expect(seen?.outcome == .ingested, "slow\(n).txt: its final content was not the one ingested")
            }
            #expect(try library.store.read { try $0.count(.sources) } == 3)
            #expect(box.names(in: box.processed) == ["slow0.txt", "slow1.txt", "slow2.txt"])
            #expect(box.names(in: box.failed).isEmpty)
        }
    }

    @Test func refreshPassesDuringSlowWritesReadOnlyCompleteFiles() throws {
        let box = try InboxSandbox()
        box.settleMs = 300
        let p = try box.processor()
        let writers = SlowWriters(box, tag: "settle-refresh")
        try writers.start(pause: 1.0)
        var notReadySeen = 0
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !writers.finished || !box.names(in: box.inbox).isEmpty {
            notReadySeen += p.process(p.scan()).notReady.count
            usleep(50_000)
        }
        #expect(notReadySeen > 0, "no pass ever found a file still being written: the test proved nothing")
        #expect(box.log.all.contains { $0.contains("not complete yet") && $0.contains("holds it open for writing") })
        try writers.expectOnlyCompleteFilesStored(in: p.library)
    }

    @Test func watchStartedDuringSlowWritesReadsOnlyCompleteFiles() throws {
        let box = try InboxSandbox()
        box.settleMs = 300
        let writers = SlowWriters(box, tag: "settle-watch")
        try writers.start(pause: 1.5)
        usleep(400_000)
        let p = try box.processor()
        let daemon = try Daemon(processor: p, debounceMs: 50, logger: box.log.logger, stopSignals: false)
        let thread = OwnThread { daemon.run() }
        let ok = InboxSandbox.eventually(within: 20) { writers.finished && box.names(in: box.processed).count == 3 }
        daemon.stop()
        thread.wait()
        #expect(ok, "not every file was processed: inbox \(box.names(in: box.inbox))")
        try writers.expectOnlyCompleteFilesStored(in: p.library)
    }

    @Test func aFileUnchangedForTheSettleTimeWithNoWriterIsReady() throws {
        let box = try InboxSandbox()
        let url = box.inbox.appendingPathComponent("old.txt")
        try Data("x".utf8).write(to: url)
        let check = SettleCheck(settleSeconds: 0.2)
        #expect(check.notReady(url, writers: OpenWriters.snapshot) != nil)
        usleep(300_000)
        #expect(check.notReady(url, writers: OpenWriters.snapshot) == nil)
        // Close-on-exec: a child another test starts meanwhile must not inherit the descriptor and keep it open.
        let h = open(url.path, O_WRONLY | O_CLOEXEC)
        #expect(h >= 0)
        #expect(check.notReady(url, writers: OpenWriters.snapshot) == "a process holds it open for writing")
        close(h)
        let reader = open(url.path, O_RDONLY | O_CLOEXEC)
        #expect(check.notReady(url, writers: OpenWriters.snapshot) == nil, "a reader is no writer")
        close(reader)
    }
}
