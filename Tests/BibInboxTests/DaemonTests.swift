import BibInbox
import BibPipeline
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The daemon loop in-process, on a thread of its own, stopped with `stop()` (it does not take the signals
/// here, so parallel tests are unaffected; the signal path is tested on the real binary in BibdProcessTests).
@Suite struct DaemonTests {
    /// Runs a daemon over the sandbox while `body` runs, then stops it and waits until it has returned.
    func withDaemon(_ box: InboxSandbox, debounceMs: Int = 100, _ body: (InboxProcessor) throws -> Void) throws {
        let p = try box.processor()
        let daemon = try Daemon(processor: p, debounceMs: debounceMs, logger: box.log.logger, stopSignals: false)
        let thread = OwnThread { daemon.run() }
        defer {
            daemon.stop()
            thread.wait()
        }
        try body(p)
    }

    func bibContains(_ box: InboxSandbox, _ needle: String) -> Bool {
        let bib = (try? String(contentsOf: box.store.appendingPathComponent("library.bib"), encoding: .utf8)) ?? ""
        return bib.contains(needle)
    }

    @Test func filesPresentAtStartAndFilesLandingLaterAreProcessed() throws {
        let box = try InboxSandbox()
        let early = box.root.appendingPathComponent("early.txt")
        try Data(SyntheticDumps.text("start", 1).utf8).write(to: early)
        // Old enough that the start-up scan does not wait for a writer that may still hold it.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -60)], ofItemAtPath: early.path)
        #expect(rename(early.path, box.inbox.appendingPathComponent("early.txt").path) == 0)
        try withDaemon(box) { _ in
            #expect(InboxSandbox.eventually(within: 10) { box.names(in: box.processed) == ["early.txt"] })
            try box.drop(SyntheticDumps.text("start", 2), as: "late.txt")
            #expect(InboxSandbox.eventually(within: 10) { bibContains(box, SyntheticDumps.doi("start", 2)) })
        }
        #expect(box.names(in: box.processed) == ["early.txt", "late.txt"])
        #expect(bibContains(box, SyntheticDumps.doi("start", 1)))
    }

    @Test func temporaryNamesWaitUntilRenamedIntoPlace() throws {
        let box = try InboxSandbox()
        try withDaemon(box) { _ in
            for name in ["a.txt.part", "b.tmp", "c.txt~", ".d.txt"] {
                try Data(SyntheticDumps.text("temp", name.count).utf8).write(to: box.inbox.appendingPathComponent(name))
            }
            usleep(600_000)
            #expect(box.names(in: box.processed).isEmpty)
            #expect(box.names(in: box.inbox) == [".d.txt", "a.txt.part", "b.tmp", "c.txt~"])
            #expect(rename(box.inbox.appendingPathComponent("a.txt.part").path, box.inbox.appendingPathComponent("a.txt").path) == 0)
            #expect(InboxSandbox.eventually(within: 10) { box.names(in: box.processed) == ["a.txt"] })
        }
        #expect(box.names(in: box.inbox) == [".d.txt", "b.tmp", "c.txt~"])
    }

    @Test func aSlowlyWrittenFileIsReadOnlyAfterItsWriterCloses() throws {
        let box = try InboxSandbox()
        let text = SyntheticDumps.text("slow", 7)
        try withDaemon(box) { p in
            let url = box.inbox.appendingPathComponent("slow.txt")
            #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
            let handle = try FileHandle(forWritingTo: url)
            // About a second of writing; the DOI comes last, so a premature read would miss it or fail.
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines {
                try handle.write(contentsOf: Data((line + "\n").utf8))
                usleep(1_000_000 / UInt32(lines.count))
                #expect(box.names(in: box.processed).isEmpty && box.failedFiles.isEmpty, "read before the writer closed it")
            }
            try handle.close()
            #expect(InboxSandbox.eventually(within: 10) { box.names(in: box.processed) == ["slow.txt"] })
            #expect(try p.library.works().first?.record.doi?.description.lowercased() == SyntheticDumps.doi("slow", 7))
        }
        #expect(box.failedFiles.isEmpty)
    }

    @Test func aBurstOfAThousandFilesIsProcessedWithFewExportRewrites() throws {
        let box = try InboxSandbox()
        let stage = box.root.appendingPathComponent("stage")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        for n in 0..<1000 { try Data(SyntheticDumps.text("burst", n).utf8).write(to: stage.appendingPathComponent("f\(n).txt")) }
        try withDaemon(box, debounceMs: 300) { _ in
            for n in 0..<1000 {
                #expect(rename(stage.appendingPathComponent("f\(n).txt").path, box.inbox.appendingPathComponent("f\(n).txt").path) == 0)
            }
            #expect(InboxSandbox.eventually(within: 120) { box.names(in: box.processed).count == 1000 })
        }
        let json = try String(contentsOf: box.store.appendingPathComponent("library.json"), encoding: .utf8)
        #expect((0..<1000).allSatisfy { json.contains("\"" + SyntheticDumps.doi("burst", $0) + "\"") })
        let rewrites = box.log.all.filter { $0.contains("exports rewritten") }.count
        let batches = box.log.all.filter { $0.contains(" batch ") }.count
        #expect(rewrites >= 1 && rewrites <= batches)
        #expect(rewrites <= 3, "library.bib was rewritten \(rewrites) times for one burst")
        #expect(box.names(in: box.inbox).isEmpty && box.failedFiles.isEmpty)
    }
}
