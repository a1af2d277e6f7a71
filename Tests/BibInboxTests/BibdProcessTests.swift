import BibInbox
import BibPipeline
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real `bibd watch` and `bibd refresh` as child processes: signals, exit statuses, permissions.
@Suite struct BibdProcessTests {
    static let loginPage = "<html><head><title>Log in</title></head><body><nav>Home | About</nav></body></html>"

    /// Starts `bibd watch` and waits until it has opened the store (it writes the exports at start).
    func startWatch(_ box: InboxSandbox, config: URL) throws -> BibdProcess {
        let watch = try BibdProcess.start(["watch", "--config", config.path], in: box.root, tag: "watch")
        let ready = InboxSandbox.eventually(within: 20) {
            FileManager.default.fileExists(atPath: box.store.appendingPathComponent("library.json").path) || !watch.process.isRunning
        }
        #expect(ready && watch.process.isRunning, "bibd watch did not start: \(watch.errors)")
        return watch
    }

    @Test func sigtermFinishesTheFileInHandAndExitsZero() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig(debounceMs: 50)
        let stage = box.root.appendingPathComponent("stage")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        let names = (0..<300).map { "t\($0).txt" }
        for (n, name) in names.enumerated() { try Data(SyntheticDumps.text("term", n).utf8).write(to: stage.appendingPathComponent(name)) }
        let watch = try startWatch(box, config: config)
        defer { watch.killIfRunning() }
        for name in names { rename(stage.appendingPathComponent(name).path, box.inbox.appendingPathComponent(name).path) }
        #expect(InboxSandbox.eventually(within: 30) { !box.names(in: box.processed).isEmpty })
        #expect(watch.signal(SIGTERM, waitUpTo: 30), "bibd watch did not stop on SIGTERM")
        #expect(watch.status == 0, "exit status \(watch.status): \(watch.errors.suffix(2000))")
        #expect(watch.errors.contains("stopping"))
        // Every file is in exactly one place, none half-done: what was ingested is in processed/ and in the exports.
        let processed = box.names(in: box.processed), waiting = box.names(in: box.inbox)
        #expect(Set(processed).union(waiting) == Set(names) && processed.count + waiting.count == names.count)
        #expect(box.names(in: box.failed).isEmpty)
        let library = try Library(config: box.config, lockWait: 5)
        #expect(try library.store.read { try $0.count(.sources) } == processed.count)
        let json = try String(contentsOf: box.store.appendingPathComponent("library.json"), encoding: .utf8)
        for name in processed {
            let n = Int(name.dropFirst().dropLast(4)) ?? -1
            #expect(json.contains(SyntheticDumps.doi("term", n)), "\(name) ingested but not exported")
        }
    }

    @Test func refreshExitsZeroWhenAllIsWellAndOneWhenAFileFailed() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        try box.drop(SyntheticDumps.text("refresh", 1), as: "a.txt")
        try box.drop(SyntheticDumps.text("refresh", 2), as: "b.txt")
        let ok = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(ok.status == 0, "\(ok.err)")
        #expect(ok.out.contains("2 ingested, 0 duplicate, 0 failed"))
        try box.drop(Self.loginPage, as: "login.html")
        try box.drop(SyntheticDumps.text("refresh", 1), as: "a-again.txt")
        let bad = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(bad.status == 1, "\(bad.err)")
        #expect(bad.out.contains("0 ingested, 1 duplicate, 1 failed"))
        #expect(box.failedFiles == ["login.html"])
    }

    @Test func refreshExits78ForAnUnknownConfigKey() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig(extra: "colour: blue")
        try box.drop(SyntheticDumps.text("config", 1), as: "a.txt")
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(r.status == 78)
        #expect(r.err.contains("colour") && r.err.contains(config.path))
        #expect(box.names(in: box.inbox) == ["a.txt"], "nothing may be touched on a bad config")
    }

    @Test func refreshBesideARunningWatchTakesTheLockOnlyPerFile() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        let watch = try startWatch(box, config: config)
        defer { watch.killIfRunning() }
        let started = Date()
        let r = try BibdProcess.run(["refresh", "--config", config.path, "--wait", "0.5"], in: box.root)
        #expect(r.status == 0, "\(r.err)")
        #expect(!r.err.contains("busy"))
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(watch.signal(SIGINT, waitUpTo: 20) && watch.status == 0)
    }

    @Test func anUnreadableFileFailsWithAClearReason() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        for dir in [box.inbox, box.processed, box.failed, box.store] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)
        }
        // The store was created by the test's user: the unprivileged bibd must be able to write it.
        for name in box.names(in: box.store) {
            try FileManager.default.setAttributes([.posixPermissions: 0o666], ofItemAtPath: box.store.appendingPathComponent(name).path)
        }
        let locked = try box.drop(SyntheticDumps.text("perm", 1), as: "locked.txt")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        try box.drop(SyntheticDumps.text("perm", 2), as: "open.txt")
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root, prefix: BibdProcess.unprivileged)
        #expect(r.status == 1, "\(r.err)")
        #expect(box.failedFiles == ["locked.txt"])
        #expect(box.names(in: box.processed) == ["open.txt"])
        #expect(try box.sidecar("locked.txt")["error"]?.lowercased().contains("permission denied") == true)
    }

    @Test func aReadOnlyStoreIsAClearErrorNotACrash() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        for dir in [box.inbox, box.processed, box.failed] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: dir.path)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: box.store.path)
        try box.drop(SyntheticDumps.text("rostore", 1), as: "a.txt")
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root, prefix: BibdProcess.unprivileged)
        #expect(r.status != 0 && r.status < 128, "status \(r.status)")
        #expect(r.err.hasPrefix("bibd: ") && r.err.contains(box.store.path), "\(r.err)")
        #expect(r.err.lowercased().contains("permission denied") || r.err.lowercased().contains("read-only"), "\(r.err)")
        #expect(!r.err.contains("Fatal error"))
        #expect(box.names(in: box.inbox) == ["a.txt"], "a file must not be judged when the store cannot be written")
    }
}

/// scripts/crash-test.sh, scaled down: SIGKILL at random moments of a burst, then every file accounted for once.
@Suite struct CrashSafetyTests {
    @Test func killingTheDaemonMidBurstLosesAndDoublesNothing() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let bibd = try #require(BibdProcess.binary, "the bibd binary was not built next to the tests")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [root.appendingPathComponent("scripts/crash-test.sh").path, "20", "200"]
        p.environment = ProcessInfo.processInfo.environment.merging(["BIBD": bibd.path]) { _, new in new }
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(text)")
        #expect(text.contains("0 problems"), "\(text)")
    }
}
