import BibInbox
import BibPipeline
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Read-only situations: the read commands work on a store this user cannot write (no lock taken, nothing
/// written); a file that cannot leave a read-only inbox is ingested once, reported once per run, never copied.
@Suite struct ReadOnlyTests {
    /// Runs `bibd ARGS` as a user who cannot write what the test's user made read-only.
    func bibd(_ args: [String], _ box: InboxSandbox) throws -> (status: Int32, out: String, err: String) {
        try BibdProcess.run(args, in: box.root, prefix: BibdProcess.unprivileged)
    }

    func chmod(_ url: URL, _ mode: Int) throws {
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
    }

    @Test func readCommandsWorkOnAReadOnlyStore() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        try box.drop(SyntheticDumps.text("rostore", 1), as: "a.txt")
        try box.drop(SyntheticDumps.text("rostore", 2), as: "b.txt")
        #expect(try BibdProcess.run(["refresh", "--config", config.path], in: box.root).status == 0)
        for name in box.names(in: box.store) { try chmod(box.store.appendingPathComponent(name), 0o444) }
        try chmod(box.store, 0o555)
        let listing = box.names(in: box.store)
        let status = try bibd(["status", "--config", config.path], box)
        #expect(status.status == 0 && status.out.split(separator: "\n").contains("works: 2"), "\(status.err)")
        let export = try bibd(["export", "--config", config.path, "--format", "bibtex"], box)
        #expect(export.status == 0, "\(export.err)")
        #expect(export.out.contains(SyntheticDumps.doi("rostore", 1)) && export.out.contains(SyntheticDumps.doi("rostore", 2)))
        let json = try bibd(["export", "--config", config.path, "--format", "csl-json"], box)
        #expect(json.status == 0 && json.out.contains(SyntheticDumps.doi("rostore", 2)), "\(json.err)")
        let show = try bibd(["show", "--config", config.path], box)
        #expect(show.status == 0, "\(show.err)")
        #expect(box.names(in: box.store) == listing, "a read command wrote into the store folder")
        // A write command still says clearly that it cannot write.
        let refresh = try bibd(["refresh", "--config", config.path], box)
        #expect(refresh.status != 0 && refresh.err.hasPrefix("bibd: "), "\(refresh.err)")
    }

    @Test func aFileThatCannotLeaveAReadOnlyInboxIsIngestedOnceAndNeverCopied() throws {
        let box = try InboxSandbox()
        // processed/ on another file system when one is at hand (/dev/shm), so that the copy path is exercised.
        var processed = box.processed
        var st1 = stat(), st2 = stat()
        if stat("/dev/shm", &st1) == 0, stat(box.root.path, &st2) == 0, st1.st_dev != st2.st_dev, access("/dev/shm", W_OK) == 0 {
            processed = URL(fileURLWithPath: "/dev/shm/bibd-processed-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: processed, withIntermediateDirectories: true)
        }
        defer { if processed != box.processed { try? FileManager.default.removeItem(at: processed) } }
        let config = try box.writeConfig()
        for name in box.names(in: box.store) { try chmod(box.store.appendingPathComponent(name), 0o666) }
        for dir in [box.store, processed, box.failed] { try chmod(dir, 0o777) }
        try box.drop(SyntheticDumps.text("roinbox", 1), as: "a.txt")
        try box.drop("<html><head><title>Log in</title></head><body></body></html>", as: "login.html")
        try chmod(box.inbox, 0o555)
        defer { try? chmod(box.inbox, 0o755) }
        for run in 1...3 {
            let r = try bibd(["refresh", "--config", config.path, "--processed", processed.path], box)
            #expect(r.status == 1, "run \(run): \(r.err)")
            #expect(r.out.contains("2 could not leave the inbox"), "run \(run): \(r.out)")
            for name in ["a.txt", "login.html"] {
                let reports = r.err.split(separator: "\n").filter { $0.contains("cannot move out of the inbox") && $0.contains(name) }
                #expect(reports.count == 1, "run \(run): \(name) reported \(reports.count) times")
            }
        }
        #expect(box.names(in: box.inbox) == ["a.txt", "login.html"])
        #expect(box.names(in: processed).isEmpty, "a file was copied out of the read-only inbox: \(box.names(in: processed))")
        #expect(box.names(in: box.failed).isEmpty, "a sidecar describes a file that is not in failed/: \(box.names(in: box.failed))")
        let library = try Library(config: box.config, lockWait: 5)
        #expect(try library.store.read { try $0.count(.sources) } == 1, "ingested once")
    }

    @Test func missingInboxFoldersAreCreatedAndStatusCountsTheFailedFolder() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig()
        for dir in [box.inbox, box.processed, box.failed] { try FileManager.default.removeItem(at: dir) }
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(r.status == 0, "\(r.err)")
        for dir in [box.inbox, box.processed, box.failed] {
            let mode = (try FileManager.default.attributesOfItem(atPath: dir.path)[.posixPermissions] as? NSNumber)?.intValue
            #expect(mode == 0o750, "\(dir.lastPathComponent): \(String(mode ?? 0, radix: 8))")
        }
        try box.drop("<html><head><title>Log in</title></head><body></body></html>", as: "login.html")
        try box.drop("", as: "empty.html")
        _ = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        try FileManager.default.removeItem(at: box.failed.appendingPathComponent("empty.html"))
        let status = try BibdProcess.run(["status", "--config", config.path], in: box.root)
        #expect(status.out.contains("failed files: 1 in \(box.failed.path)"), "\(status.out)")
    }
}

/// Progress of long jobs: the live line's figures, and outcomes streamed line by line when piped.
@Suite struct ProgressTests {
    @Test func theLiveLineShowsDoneTotalRateAndTimeLeft() {
        #expect(ProgressLine.text(done: 0, total: 363, elapsed: 0) == "[0/363]")
        #expect(ProgressLine.text(done: 120, total: 363, elapsed: 8) == "[120/363] 15.0 files/s, 16 s left")
        #expect(ProgressLine.text(done: 10, total: 1000, elapsed: 10) == "[10/1000] 1.0 files/s, 16 min 30 s left")
        #expect(ProgressLine.text(done: 363, total: 363, elapsed: 24.2) == "[363/363] 15.0 files/s, done in 24 s")
    }

    @Test func theLineIsRedrawnInPlaceAtMostEveryIntervalAndWipedForALogLine() {
        var out: [String] = []
        let start = Date()
        let line = ProgressLine(total: 3, interval: 1, started: start) { out.append($0) }
        line.update(done: 1, now: start.addingTimeInterval(0.5))
        line.update(done: 2, now: start.addingTimeInterval(0.6))
        line.update(done: 3, now: start.addingTimeInterval(0.7))
        #expect(out.count == 2 && out.allSatisfy { $0.hasPrefix("\r\u{1B}[K[") })
        line.clear()
        #expect(out.last == "\r\u{1B}[K")
        line.finish()
        #expect(out.count == 3, "nothing left to end once wiped")
    }

    @Test func apipedIngestStreamsOneLinePerFileWithoutALiveLine() throws {
        let box = try InboxSandbox()
        for n in 0..<25 { try box.drop(SyntheticDumps.text("progress", n), as: "p\(n).txt") }
        let r = try BibdProcess.run(["ingest", "--store", box.root.appendingPathComponent("new").path, box.inbox.path], in: box.root)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.split(separator: "\n").filter { $0.hasPrefix("p") }.count == 25)
        #expect(!r.out.contains("\r") && !r.err.contains("\r"))
    }
}
