import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The files an admin installs (config/): the systemd unit passes `systemd-analyze verify` and scores at most
/// 2.5 in `systemd-analyze security`; sysusers.d and tmpfiles.d create the user and the folders; the cron.d
/// entry names its user.
@Suite struct ServiceFilesTests {
    static let config = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("config")

    /// The path of `tool` on PATH, or nil after recording a failure (CI) or printing a skip (elsewhere).
    func tool(_ tool: String, for what: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            Issue.record("\(what) needs \(tool) (Debian package systemd), which .ci/run must install")
        } else {
            print("SKIPPED \(what): \(tool) not installed (Debian package systemd; CI installs it)")
        }
        return nil
    }

    func run(_ path: String, _ args: [String], stdin: URL? = nil) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        if let stdin { p.standardInput = try FileHandle(forReadingFrom: stdin) }
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func theUnitScoresAtMost2Point5InSystemdAnalyzeSecurity() throws {
        guard let analyze = tool("systemd-analyze", for: "the unit's security score") else { return }
        let r = try run(analyze, ["security", "--offline=true", Self.config.appendingPathComponent("bibd.service").path])
        let line = try #require(r.output.split(separator: "\n").first { $0.contains("Overall exposure level") }, "\(r.output)")
        let score = try #require(line.split(separator: ":").last?.split(separator: " ").first.flatMap { Double($0) }, "\(line)")
        #expect(score <= 2.5, "\(line)")
    }

    @Test func theUnitPassesSystemdAnalyzeVerify() throws {
        guard let analyze = tool("systemd-analyze", for: "verifying the unit") else { return }
        // verify checks that ExecStart's binary exists: point it at the bibd the tests were built with.
        let bibd = try #require(BibdProcess.binary, "the bibd binary was not built next to the tests")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-unit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let unit = try String(contentsOf: Self.config.appendingPathComponent("bibd.service"), encoding: .utf8)
            .replacingOccurrences(of: "/usr/local/bin/bibd", with: bibd.path)
        let copy = dir.appendingPathComponent("bibd.service")
        try unit.write(to: copy, atomically: true, encoding: .utf8)
        let r = try run(analyze, ["verify", copy.path])
        let complaints = r.output.split(separator: "\n").filter { $0.contains("bibd.service") }
        #expect(r.status == 0 && complaints.isEmpty, "\(r.output)")
    }

    @Test func sysusersAndTmpfilesCreateTheUserAndTheFolders() throws {
        guard let sysusers = tool("systemd-sysusers", for: "the sysusers.d file"),
              let tmpfiles = tool("systemd-tmpfiles", for: "the tmpfiles.d file") else { return }
        guard getuid() == 0 else {
            print("SKIPPED sysusers/tmpfiles check: setting folder owners needs root")
            return
        }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-root-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("etc"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let users = try run(sysusers, ["--root=\(root.path)", "-"], stdin: Self.config.appendingPathComponent("bibd.sysusers.conf"))
        #expect(users.status == 0, "\(users.output)")
        let passwd = try String(contentsOf: root.appendingPathComponent("etc/passwd"), encoding: .utf8)
        #expect(passwd.split(separator: "\n").contains { $0.hasPrefix("bibd:") && $0.hasSuffix(":/var/lib/bibd:/usr/sbin/nologin") })
        let dirs = try run(tmpfiles, ["--root=\(root.path)", "--create", "-"], stdin: Self.config.appendingPathComponent("bibd.tmpfiles.conf"))
        #expect(dirs.status == 0, "\(dirs.output)")
        for (folder, mode) in [("store", 0o750), ("inbox", 0o2770), ("processed", 0o750), ("failed", 0o750)] {
            let attrs = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("var/lib/bibd/\(folder)").path)
            #expect(((attrs[.posixPermissions] as? NSNumber)?.intValue ?? 0) & 0o7777 == mode, "\(folder)")
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("var/log/bibd").path))
    }

    @Test func theCronEntryRunsRefreshAsUserBibd() throws {
        let text = try String(contentsOf: Self.config.appendingPathComponent("bibd.cron"), encoding: .utf8)
        let jobs = text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.contains("=") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(jobs.count == 1)
        for job in jobs {
            let fields = job.split(separator: " ", omittingEmptySubsequences: true)
            #expect(fields.count > 7 && fields[5] == "bibd" && fields[6].hasSuffix("/bibd") && fields[7] == "refresh", "\(job)")
            #expect(job.contains("/var/log/bibd/"), "the log goes where bibd may write and logrotate rotates")
        }
    }
}
