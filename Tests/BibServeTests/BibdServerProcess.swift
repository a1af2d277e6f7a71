import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `bibd` binary run as a child process (`bibd serve`, `bibd watch`) for the tests that drive the real
/// program, its output kept in files of the test's folder (a pipe could fill up and stall a long-running child).
final class BibdServerProcess: @unchecked Sendable {
    let process: Process
    let stdout: URL
    let stderr: URL

    /// `bibd` next to the test bundle (swift test builds both into one folder), else in .build/debug.
    static var binary: URL? {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("bibd")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("bibd"))
        candidates.append(Fixtures.root.appendingPathComponent(".build/debug/bibd"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private init(process: Process, stdout: URL, stderr: URL) {
        self.process = process
        self.stdout = stdout
        self.stderr = stderr
    }

    /// Starts `bibd ARGS` in `dir`; `tag` names its output files.
    static func start(_ args: [String], in dir: URL, tag: String) throws -> BibdServerProcess {
        let bibd = try #require(binary, "the bibd binary was not built next to the tests")
        let p = Process()
        p.executableURL = bibd
        p.arguments = args
        p.currentDirectoryURL = dir
        let out = dir.appendingPathComponent("\(tag).out"), err = dir.appendingPathComponent("\(tag).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return BibdServerProcess(process: p, stdout: out, stderr: err)
    }

    /// Runs `bibd ARGS` to its end; its exit status and standard output.
    static func run(_ args: [String], in dir: URL) async throws -> (status: Int32, output: String) {
        let p = try start(args, in: dir, tag: "run-\(UUID().uuidString)")
        try await Blocking.run { p.process.waitUntilExit() }
        return (p.process.terminationStatus, p.output)
    }

    /// How the process stands, for a failure message: running or its exit status, and the ends of its output.
    var diagnosis: String {
        let state = process.isRunning ? "still running" : "exited with status \(process.terminationStatus)"
        return "\(state); stdout: \(output.suffix(1000)); stderr: \(errors.suffix(2000))"
    }

    var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

    /// The port of the `bibd serve: http://ADDRESS:PORT/` line the process prints once it listens; nil when none
    /// came within `seconds` or the process ended first. The output is read before the clock is looked at: in a
    /// full test run this task can wait longer than `seconds` for a thread (blocking tests hold the cooperative
    /// pool), and a line printed meanwhile still counts.
    func servedPort(within seconds: Double) async -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            for line in output.split(separator: "\n") where line.hasPrefix("bibd serve: http://") {
                let address = line.dropFirst("bibd serve: http://".count).prefix { $0 != "/" }
                if let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) { return port }
            }
            guard Date() < deadline && process.isRunning else { return nil }
            try? await Task.sleep(nanoseconds: 100_000_000)
        }
    }

    /// Sends SIGTERM and waits up to `seconds`; the exit status, or nil if the process did not end (then killed).
    func terminate(waitingUpTo seconds: Double) async -> Int32? {
        kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { try? await Task.sleep(nanoseconds: 100_000_000) }
        guard !process.isRunning else { killIfRunning(); return nil }
        return process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    /// Ends the process if a failed expectation left it running.
    func killIfRunning() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// A loopback port no one listens on now (the system's choice for a socket bound to port 0), for a config file,
/// which cannot say "any port".
enum FreePort {
    static func pick() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard fd >= 0, ok else { throw HTTPTestError.noPort }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
