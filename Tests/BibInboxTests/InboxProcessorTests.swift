import BibInbox
import BibPipeline
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where every inbox file ends up, driven in-process: processed/ when ingested or a duplicate, failed/ with a
/// sidecar otherwise, special files left in place with a logged reason.
@Suite struct InboxProcessorTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/seeds")
    static let loginPage = "<html><head><title>Log in</title></head><body><nav>Home | About</nav></body></html>"

    func seed(_ i: Int) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try String(contentsOf: Self.seeds.appendingPathComponent(names[i]), encoding: .utf8)
    }

    @Test func anIngestedFileMovesToProcessedAndReachesTheExports() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        try box.drop(SyntheticDumps.text("basic", 1), as: "one.txt")
        let s = p.process(p.scan())
        #expect(s.line == "1 ingested, 0 duplicate, 0 failed, 0 skipped")
        #expect(box.names(in: box.inbox).isEmpty)
        #expect(box.names(in: box.processed) == ["one.txt"])
        let bib = try String(contentsOf: box.store.appendingPathComponent("library.bib"), encoding: .utf8)
        #expect(bib.contains(SyntheticDumps.doi("basic", 1)))
    }

    @Test func aNameThatIsNotUTF8IsRenamedWithAReasonAndIngested() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        try box.drop(SyntheticDumps.text("latin1name", 1), as: "tmp-name.txt")
        let raw = Array(box.inbox.path.utf8) + Array("/caf".utf8) + [0xE9, 0xFF] + Array(".txt".utf8) + [0]
        let from = box.inbox.appendingPathComponent("tmp-name.txt").path
        let moved = raw.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { rename(from, $0) == 0 }
        }
        try #require(moved)
        let s = p.process(p.scan())
        #expect(s.ingested == 1)
        #expect(box.names(in: box.inbox).isEmpty)
        #expect(box.names(in: box.processed) == ["caf%E9%FF.txt"])
        #expect(box.log.all.contains { $0.contains("not valid UTF-8") })
    }

    @Test func aFailedFileGetsASidecarSayingWhatWhenAndWhichVersion() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        try box.drop(Self.loginPage, as: "login.html")
        let s = p.process(p.scan())
        #expect(s.failed == 1)
        #expect(box.failedFiles == ["login.html"])
        let info = try box.sidecar("login.html")
        #expect(info["file"] == "login.html")
        #expect(info["bibd_version"] == "test-version")
        #expect(!(info["error"] ?? "").isEmpty)
        let when = try #require(info["failed_at"].flatMap { ISO8601DateFormatter().date(from: $0) })
        #expect(abs(when.timeIntervalSinceNow) < 60)
        #expect(try p.library.works().isEmpty)
    }

    @Test func duplicateContentUnderANewNameIsRecognizedAndNotIngestedAgain() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        let text = try seed(3)
        try box.drop(text, as: "first.txt")
        _ = p.process(p.scan())
        let sources = try p.library.store.read { try $0.count(.sources) }
        let works = try p.library.works()
        try box.drop(text, as: "second-name.txt")
        let s = p.process(p.scan())
        #expect(s.line == "0 ingested, 1 duplicate, 0 failed, 0 skipped")
        #expect(box.names(in: box.processed) == ["first.txt", "second-name.txt"])
        #expect(try p.library.store.read { try $0.count(.sources) } == sources)
        #expect(try p.library.works() == works)
    }

    @Test func aNameClashInProcessedGetsAUniqueName() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        try box.drop(SyntheticDumps.text("clash", 1), as: "page.txt")
        _ = p.process(p.scan())
        try box.drop(SyntheticDumps.text("clash", 2), as: "page.txt")
        _ = p.process(p.scan())
        try box.drop(SyntheticDumps.text("clash", 3), as: "page.txt")
        _ = p.process(p.scan())
        #expect(box.names(in: box.processed) == ["page-1.txt", "page-2.txt", "page.txt"])
        let second = try String(contentsOf: box.processed.appendingPathComponent("page-1.txt"), encoding: .utf8)
        #expect(second.contains(SyntheticDumps.doi("clash", 2)))
    }

    @Test func aNameClashInFailedKeepsEachFileWithItsOwnSidecar() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        try box.drop(Self.loginPage, as: "page.html")
        _ = p.process(p.scan())
        try box.drop("", as: "page.html")
        _ = p.process(p.scan())
        #expect(box.failedFiles == ["page-1.html", "page.html"])
        #expect(try box.sidecar("page-1.html")["file"] == "page.html")
        #expect(try box.sidecar("page.html")["error"] != box.sidecar("page-1.html")["error"])
    }

    @Test func aLinkLeadingOutOfTheInboxIsNotFollowed() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        let outside = box.root.appendingPathComponent("private.txt")
        let text = SyntheticDumps.text("private", 1)
        try Data(text.utf8).write(to: outside)
        #expect(symlink(outside.path, box.inbox.appendingPathComponent("link.txt").path) == 0)
        let s = p.process(p.scan())
        #expect(s.failed == 1)
        #expect(box.failedFiles == ["link.txt"])
        #expect(try box.sidecar("link.txt")["error"]?.contains("outside the inbox") == true)
        #expect(try p.library.works().isEmpty)
        // The link itself was set aside; its target is where it was, unchanged.
        #expect(try String(contentsOf: outside, encoding: .utf8) == text)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: box.failed.appendingPathComponent("link.txt").path)) == outside.path)
    }

    @Test func aDirectoryAndAFIFOAreSkippedWithAReasonAndTheRestGoesOn() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        try FileManager.default.createDirectory(at: box.inbox.appendingPathComponent("folder"), withIntermediateDirectories: false)
        #expect(mkfifo(box.inbox.appendingPathComponent("fifo").path, 0o644) == 0)
        try box.drop(SyntheticDumps.text("special", 1), as: "real.txt")
        let s = p.process(p.scan())
        #expect(s.line == "1 ingested, 0 duplicate, 0 failed, 2 skipped")
        #expect(box.names(in: box.inbox) == ["fifo", "folder"])
        let skipped = box.log.all.filter { $0.contains("skipped") }
        #expect(skipped.contains { $0.contains("inbox.file=fifo") && $0.contains("a FIFO") })
        #expect(skipped.contains { $0.contains("inbox.file=folder") && $0.contains("a directory") })
        // A later pass neither blocks on the FIFO nor reports it again.
        try box.drop(SyntheticDumps.text("special", 2), as: "later.txt")
        #expect(p.process(p.scan()).line == "1 ingested, 0 duplicate, 0 failed, 0 skipped")
        #expect(box.log.all.filter { $0.contains("skipped") }.count == 2)
    }

    @Test func aFileThatVanishedBeforeItsTurnIsNoFailure() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        let url = try box.drop(SyntheticDumps.text("ghost", 1), as: "ghost.txt")
        let names = p.scan()
        try FileManager.default.removeItem(at: url)
        #expect(p.process(names) == InboxProcessor.Summary())
        #expect(box.names(in: box.failed).isEmpty && box.names(in: box.processed).isEmpty)
    }

    @Test func aHugeSparseFileIsSetAsideWithoutBeingRead() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        let url = box.inbox.appendingPathComponent("huge.html")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        #expect(truncate(url.path, 1 << 30) == 0)
        let before = Self.maxResidentBytes()
        let started = Date()
        let s = p.process(p.scan())
        #expect(s.failed == 1)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(Self.maxResidentBytes() - before < 256 << 20, "the file was read into memory")
        #expect(try box.sidecar("huge.html")["error"]?.contains("too large") == true)
        let moved = try FileManager.default.attributesOfItem(atPath: box.failed.appendingPathComponent("huge.html").path)
        #expect((moved[.size] as? Int) == 1 << 30)
    }

    @Test func manyFilesInOneBatchRewriteTheExportsOnce() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        for n in 0..<200 { try box.drop(SyntheticDumps.text("batch", n), as: "b\(n).txt") }
        let s = p.process(p.scan())
        #expect(s.ingested == 200)
        #expect(box.log.all.filter { $0.contains("exports rewritten") }.count == 1)
        let json = try String(contentsOf: box.store.appendingPathComponent("library.json"), encoding: .utf8)
        #expect((0..<200).allSatisfy { json.contains(SyntheticDumps.doi("batch", $0)) })
    }

    @Test func aStoreThatCannotBeWrittenLeavesFilesInTheInbox() throws {
        let box = try InboxSandbox()
        let p = try box.processor()
        // Another process holds the database's write lock past the store's busy timeout (root-proof, unlike chmod).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = ["-c", "import sqlite3,sys,time; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
                            + "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(30)",
                            box.store.appendingPathComponent("bibd.sqlite").path]
        let out = Pipe()
        holder.standardOutput = out
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        #expect(String(decoding: out.fileHandleForReading.availableData, as: UTF8.self).contains("locked"))
        try box.drop(SyntheticDumps.text("held", 1), as: "a.txt")
        try box.drop(SyntheticDumps.text("held", 2), as: "b.txt")
        let s = p.process(p.scan())
        #expect(s.held == 1 && s.failed == 0 && s.ingested == 0, "\(s.line)")
        #expect(box.names(in: box.inbox) == ["a.txt", "b.txt"])
        #expect(box.names(in: box.failed).isEmpty)
        #expect(box.log.all.contains { $0.contains("store error") && $0.contains("inbox.file=a.txt") })
    }

    /// The process's peak resident memory (ru_maxrss, kilobytes on Linux) in bytes.
    static func maxResidentBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
