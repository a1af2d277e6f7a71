import BibExtract
import BibModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Extraction of untrusted input in a worker process under a per-file budget, as a mail server isolates its
/// content filters: the worker (`bibd extract-worker`) sets its own rlimits (CPU seconds, data memory) before it
/// reads the file from stdin, and answers with the extraction as JSON on stdout. A worker over budget is killed
/// by the kernel, or by the parent after the wall-clock limit; the file then fails with that reason and the next
/// file gets a fresh worker. libxml2 is bounded whatever it does.
public struct IsolatedExtraction: Sendable {
    /// The bibd executable that runs `extract-worker`.
    public var worker: URL
    public var budget: ExtractBudget

    public init(worker: URL, budget: ExtractBudget) {
        self.worker = worker; self.budget = budget
    }

    /// The subcommand name of the worker.
    public static let command = "extract-worker"

    /// `ExtractStage.run` in a worker process.
    public func run(bytes: [UInt8], fileName: String, sha256: String) throws -> Extraction {
        let p = Process()
        p.executableURL = worker
        p.arguments = [Self.command, "--name", fileName, "--sha256", sha256, "--seconds", String(budget.seconds),
                       "--memory-mb", String(budget.megabytes)]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        p.standardInput = input; p.standardOutput = output; p.standardError = errors
        // A worker over budget is an expected event: no crash backtrace (slow, and noise in the journal).
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        p.environment = env
        do { try p.run() } catch { throw IsolationError.cannotStart(worker.path, "\(error)") }
        let box = WorkerOutput()
        let group = DispatchGroup()
        for (handle, keep) in [(output.fileHandleForReading, true), (errors.fileHandleForReading, false)] {
            group.enter()
            DispatchQueue.global().async {
                let data = handle.readDataToEndOfFile()
                box.set(data, stdout: keep)
                group.leave()
            }
        }
        DispatchQueue.global().async {
            // The worker may die before it has read everything: a write to a closed pipe is no error of ours.
            signal(SIGPIPE, SIG_IGN)
            try? input.fileHandleForWriting.write(contentsOf: Data(bytes))
            try? input.fileHandleForWriting.close()
        }
        // Wall clock: the CPU limit plus slack for a worker blocked rather than computing.
        let deadline = Date().addingTimeInterval(Double(budget.seconds) * 2 + 5)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline {
                timedOut = true
                kill(p.processIdentifier, SIGKILL)
                break
            }
            usleep(2_000)
        }
        p.waitUntilExit()
        group.wait()
        let (out, err) = box.get()
        if timedOut || (p.terminationReason == .uncaughtSignal && [SIGXCPU, SIGKILL].contains(p.terminationStatus)) {
            throw IsolationError.overTime(budget.seconds)
        }
        guard p.terminationReason == .exit, p.terminationStatus == 0 else {
            throw IsolationError.stopped(signal: p.terminationReason == .uncaughtSignal ? p.terminationStatus : nil,
                                         status: p.terminationStatus, budgetMB: budget.megabytes,
                                         detail: Self.firstFatalLine(err))
        }
        let wire: ExtractionWire
        do { wire = try JSONDecoder().decode(ExtractionWire.self, from: out) } catch {
            throw IsolationError.badAnswer("\(error)")
        }
        if let message = wire.error { throw IsolationError.extraction(message) }
        return Extraction(extractor: wire.extractor, records: wire.records, lines: wire.lines,
                          problems: wire.problems.map { RecordProblem(line: $0.line, message: $0.message) })
    }

    /// The runtime's one-line reason from a crashed worker's stderr ("Fatal error: …"), shortened.
    static func firstFatalLine(_ err: Data) -> String {
        let text = String(decoding: err.prefix(64 * 1024), as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.contains("Fatal error") }) else { return "" }
        return String(line.prefix(200))
    }

    /// The worker's side: limits itself, reads the file from stdin, prints the answer. Never returns.
    public static func serve(fileName: String, sha256: String, budget: ExtractBudget) -> Never {
        // The worker finishes its file on SIGTERM/SIGINT like the daemon does; the daemon decides when to stop.
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        var cpu = rlimit(rlim_cur: rlim_t(budget.seconds), rlim_max: rlim_t(budget.seconds + 1))
        setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu)
        let bytes = rlim_t(budget.megabytes) * 1024 * 1024
        var data = rlimit(rlim_cur: bytes, rlim_max: bytes)
        setrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &data)
        let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        let wire: ExtractionWire
        do {
            let e = try ExtractStage.run(bytes: input, fileName: fileName, sha256: sha256)
            wire = ExtractionWire(extractor: e.extractor, records: e.records, lines: e.lines,
                                  problems: e.problems.map { .init(line: $0.line, message: $0.message) }, error: nil)
        } catch {
            wire = ExtractionWire(extractor: "", records: [], lines: [], problems: [], error: String(describing: error))
        }
        let data2 = (try? JSONEncoder().encode(wire)) ?? Data()
        FileHandle.standardOutput.write(data2)
        exit(0)
    }
}

/// How much one file's extraction may take (config `extract_seconds`, `extract_memory_mb`).
public struct ExtractBudget: Sendable, Equatable {
    /// CPU seconds.
    public var seconds: Int = 10
    /// Data memory (heap and private mappings), in MiB.
    public var megabytes: Int = 512

    public init(seconds: Int = 10, megabytes: Int = 512) { self.seconds = seconds; self.megabytes = megabytes }
}

/// The worker's answer on stdout.
struct ExtractionWire: Codable {
    struct Problem: Codable { var line: Int; var message: String }
    var extractor: String
    var records: [Record]
    var lines: [Int]
    var problems: [Problem]
    var error: String?
}

/// Both outputs of a worker, filled by two reader threads.
final class WorkerOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var out = Data(), err = Data()

    func set(_ data: Data, stdout: Bool) {
        lock.lock(); defer { lock.unlock() }
        if stdout { out = data } else { err = data }
    }

    func get() -> (Data, Data) {
        lock.lock(); defer { lock.unlock() }
        return (out, err)
    }
}

/// Why an isolated extraction gave no records.
public enum IsolationError: Error, CustomStringConvertible, Sendable {
    case cannotStart(String, String)
    case overTime(Int)
    case stopped(signal: Int32?, status: Int32, budgetMB: Int, detail: String)
    case badAnswer(String)
    /// The extractor's own error, passed through.
    case extraction(String)

    public var description: String {
        switch self {
        case .cannotStart(let path, let why): return "cannot start the extraction worker \(path): \(why)"
        case .overTime(let s): return "over the extraction budget: more than \(s) s of CPU time (extract_seconds)"
        case .stopped(let signal, let status, let mb, let detail):
            let how = signal.map { "was killed by signal \($0)" } ?? "exited with status \(status)"
            return "the extraction worker \(how): over the memory budget of \(mb) MiB (extract_memory_mb) or a crash"
                + (detail.isEmpty ? "" : " (\(detail.trimmingCharacters(in: .whitespacesAndNewlines)))")
        case .badAnswer(let why): return "the extraction worker gave an unreadable answer: \(why)"
        case .extraction(let message): return message
        }
    }
}
