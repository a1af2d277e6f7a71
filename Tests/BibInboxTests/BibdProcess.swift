import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built `bibd` binary run as a child process, its output kept in files of the sandbox (a pipe could fill
/// up and stall a long-running child).
struct BibdProcess {
    let process: Process
    let stdout: URL
    let stderr: URL

    /// `bibd` next to the test bundle (swift test builds both into one folder), else in .build/debug.
    static var binary: URL? {
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("bibd")) }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("bibd"))
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug/bibd"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// A prefix that runs the command as user nobody when the tests run as root, so that file permissions bind
    /// (root reads any file and writes any folder whatever its mode); empty for an ordinary user.
    static var unprivileged: [String] {
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []
    }

    /// Starts `bibd ARGS` (optionally behind `prefix`) in `dir`.
    static func start(_ args: [String], in dir: URL, prefix: [String] = [], tag: String = UUID().uuidString) throws -> BibdProcess {
        let bibd = try #require(binary, "the bibd binary was not built next to the tests")
        let p = Process()
        let command = prefix + [bibd.path] + args
        p.executableURL = URL(fileURLWithPath: command[0])
        p.arguments = Array(command.dropFirst())
        p.currentDirectoryURL = dir
        let out = dir.appendingPathComponent("\(tag).out"), err = dir.appendingPathComponent("\(tag).err")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        p.standardOutput = try FileHandle(forWritingTo: out)
        p.standardError = try FileHandle(forWritingTo: err)
        p.standardInput = FileHandle.nullDevice
        try p.run()
        return BibdProcess(process: p, stdout: out, stderr: err)
    }

    /// Runs `bibd ARGS` to completion; returns its exit status and output.
    static func run(_ args: [String], in dir: URL, prefix: [String] = []) throws -> (status: Int32, out: String, err: String) {
        let p = try start(args, in: dir, prefix: prefix)
        p.process.waitUntilExit()
        return (p.status, p.output, p.errors)
    }

    /// The exit status, or 128 + the signal that ended the process.
    var status: Int32 {
        process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
    }

    var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

    /// Sends `signal` and waits up to `seconds` for the exit; returns whether it exited.
    func signal(_ signal: Int32, waitUpTo seconds: Double) -> Bool {
        kill(process.processIdentifier, signal)
        return InboxSandbox.eventually(within: seconds) { !process.isRunning }
    }

    /// Ends the process if a failed expectation left it running.
    func killIfRunning() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
