import BibExtract
import BibModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Extraction of untrusted input in a worker process under a per-file budget, as a mail server isolates its
/// content filters: one long-lived worker (`bibd extract-worker`) reads requests on stdin (a header line, then
/// the file's bytes) and answers each with a length line and the extraction as JSON. Before each file the worker
/// sets its CPU rlimit to what it has used plus the budget, and its data-memory rlimit holds throughout; the parent
/// also gives up after a wall-clock limit. A worker over budget dies (SIGXCPU, a failed allocation) or is killed;
/// the file then fails with that reason and the next file gets a fresh worker. libxml2 is bounded whatever it does.
public final class IsolatedExtraction: @unchecked Sendable {
    /// The bibd executable that runs `extract-worker`.
    public let worker: URL
    public let budget: ExtractBudget
    private let lock = NSLock()
    private var running: WorkerProcess?

    public init(worker: URL, budget: ExtractBudget) {
        self.worker = worker; self.budget = budget
    }

    deinit { running?.stop() }

    /// The subcommand name of the worker.
    public static let command = "extract-worker"

    /// `ExtractStage.run` in the worker process (started on first use, restarted after a failure).
    public func run(bytes: [UInt8], fileName: String, sha256: String) throws -> Extraction {
        lock.lock(); defer { lock.unlock() }
        return try runLocked(bytes: bytes, fileName: fileName, sha256: sha256)
    }

    private func runLocked(bytes: [UInt8], fileName: String, sha256: String) throws -> Extraction {
        let w = try running ?? WorkerProcess(executable: worker, budget: budget)
        running = w
        let header = try JSONEncoder().encode(WorkerRequest(name: fileName, sha256: sha256, length: bytes.count))
        let answer = w.ask(header: header, body: bytes, wallClock: Double(budget.seconds) * 2 + 5)
        guard let data = answer else {
            running = nil
            let (reason, status, detail) = w.stop()
            if reason == .uncaughtSignal && status == SIGXCPU || w.timedOut {
                throw IsolationError.overTime(budget.seconds)
            }
            // A signal the file cannot cause (SIGKILL that bibd did not send: the OOM killer, an admin) is the
            // worker's fault, not the file's.
            if reason == .uncaughtSignal && !IsolationError.signalsAFileCauses.contains(status) {
                throw IsolationError.workerKilled(signal: status)
            }
            throw IsolationError.stopped(signal: reason == .uncaughtSignal ? status : nil, status: status,
                                         budgetMB: budget.megabytes, detail: detail)
        }
        let wire: ExtractionWire
        do { wire = try JSONDecoder().decode(ExtractionWire.self, from: data) } catch {
            running = nil
            _ = w.stop()
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

    /// The worker's side: serves requests until stdin closes. Never returns.
    public static func serve(budget: ExtractBudget) -> Never {
        // The worker finishes its file on SIGTERM/SIGINT like the daemon does; stdin closing ends it.
        signal(SIGTERM, SIG_IGN)
        signal(SIGINT, SIG_IGN)
        // The CPU budget ends the worker by SIGXCPU. A worker started from a thread that blocks signals (dispatch's
        // threads do) inherits that mask and would run on past its budget until the parent's wall clock: the signal
        // gets its default action back and is unblocked.
        signal(SIGXCPU, SIG_DFL)
        var xcpu = sigset_t()
        sigemptyset(&xcpu)
        sigaddset(&xcpu, SIGXCPU)
        pthread_sigmask(SIG_UNBLOCK, &xcpu, nil)
        let bytes = rlim_t(budget.megabytes) * 1024 * 1024
        var data = rlimit(rlim_cur: bytes, rlim_max: bytes)
        setrlimit(__rlimit_resource_t(RLIMIT_DATA.rawValue), &data)
        let input = FDReader(fd: 0)
        while let line = input.line(), let request = try? JSONDecoder().decode(WorkerRequest.self, from: line),
              let body = input.exactly(request.length) {
            // This file's CPU budget on top of what the worker has used so far.
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            let used = Int(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + 1
            var cpu = rlimit(rlim_cur: rlim_t(used + budget.seconds), rlim_max: rlim_t.max)
            setrlimit(__rlimit_resource_t(RLIMIT_CPU.rawValue), &cpu)
            let wire: ExtractionWire
            do {
                let e = try ExtractStage.run(bytes: body, fileName: request.name, sha256: request.sha256)
                wire = ExtractionWire(extractor: e.extractor, records: e.records, lines: e.lines,
                                      problems: e.problems.map { .init(line: $0.line, message: $0.message) }, error: nil)
            } catch {
                wire = ExtractionWire(extractor: "", records: [], lines: [], problems: [], error: String(describing: error))
            }
            let answer = (try? JSONEncoder().encode(wire)) ?? Data()
            StandardStream.out(Data("\(answer.count)\n".utf8) + answer)
        }
        exit(0)
    }
}

/// One request's header line.
struct WorkerRequest: Codable {
    var name: String
    var sha256: String
    var length: Int
}

/// A running worker and its pipes, seen from the parent.
final class WorkerProcess: @unchecked Sendable {
    let process = Process()
    let toWorker: FileHandle
    let fromWorker: FDReader
    private let errors = Pipe()
    private let stderrText = WorkerOutput()
    private(set) var timedOut = false

    init(executable: URL, budget: ExtractBudget) throws {
        let input = Pipe(), output = Pipe()
        process.executableURL = executable
        process.arguments = [IsolatedExtraction.command, "--memory-mb", String(budget.megabytes), "--seconds", String(budget.seconds)]
        process.standardInput = input; process.standardOutput = output; process.standardError = errors
        // A worker over budget is an expected event: no crash backtrace (slow, and noise in the journal).
        var env = ProcessInfo.processInfo.environment
        env["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = env
        // A write to a worker that died is reported by its exit status, not by SIGPIPE ending bibd.
        signal(SIGPIPE, SIG_IGN)
        do { try process.run() } catch { throw IsolationError.cannotStart(executable.path, "\(error)") }
        toWorker = input.fileHandleForWriting
        fromWorker = FDReader(fd: output.fileHandleForReading.fileDescriptor, keep: output.fileHandleForReading)
        let handle = errors.fileHandleForReading, sink = stderrText
        DispatchQueue.global().async { sink.set(StandardStream.readAll(handle.fileDescriptor), stdout: false) }
    }

    /// Sends one request and waits for its answer up to `wallClock` seconds; nil when the worker died or was
    /// killed for taking too long.
    func ask(header: Data, body: [UInt8], wallClock: Double) -> Data? {
        let box = WorkerOutput()
        let done = DispatchSemaphore(value: 0)
        let reader = fromWorker, writer = toWorker
        DispatchQueue.global().async {
            do {
                try writer.write(contentsOf: header + Data([0x0A]))
                try writer.write(contentsOf: Data(body))
            } catch {}
        }
        DispatchQueue.global().async {
            if let line = reader.line(), let n = Int(String(decoding: line, as: UTF8.self)), let data = reader.exactly(n) {
                box.set(Data(data), stdout: true)
                box.answered()
            }
            done.signal()
        }
        if done.wait(timeout: .now() + wallClock) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            done.wait()
        }
        return box.hasAnswer ? box.get().0 : nil
    }

    /// Ends the worker (closing its stdin, then killing it if need be) and says how it ended.
    @discardableResult
    func stop() -> (Process.TerminationReason, Int32, String) {
        try? toWorker.close()
        let deadline = Date().addingTimeInterval(2)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        usleep(10_000)
        return (process.terminationReason, process.terminationStatus, IsolatedExtraction.firstFatalLine(stderrText.get().1))
    }
}

/// Buffered reads of lines and exact byte counts from a file descriptor.
final class FDReader: @unchecked Sendable {
    let fd: Int32
    private let keep: FileHandle?
    private var buffer: [UInt8] = []
    private var eof = false

    init(fd: Int32, keep: FileHandle? = nil) { self.fd = fd; self.keep = keep }

    private func fill() -> Bool {
        guard !eof else { return false }
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var n: Int
        repeat { n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) } } while n < 0 && errno == EINTR
        if n <= 0 { eof = true; return false }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    /// The next line without its newline; nil at the end of input.
    func line() -> Data? {
        while true {
            if let i = buffer.firstIndex(of: 0x0A) {
                let line = Data(buffer[0..<i])
                buffer.removeFirst(i + 1)
                return line
            }
            if !fill() { return nil }
        }
    }

    /// The next `count` bytes; nil when the input ends first.
    func exactly(_ count: Int) -> [UInt8]? {
        while buffer.count < count { if !fill() { return nil } }
        let out = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return out
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
    private var answer = false

    func answered() {
        lock.lock(); defer { lock.unlock() }
        answer = true
    }

    var hasAnswer: Bool {
        lock.lock(); defer { lock.unlock() }
        return answer
    }

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
    /// The worker was ended by a signal its file cannot cause (SIGKILL from the OOM killer, SIGTERM from an admin).
    case workerKilled(signal: Int32)
    case overTime(Int)
    case stopped(signal: Int32?, status: Int32, budgetMB: Int, detail: String)
    case badAnswer(String)
    /// The extractor's own error, passed through.
    case extraction(String)

    public var description: String {
        switch self {
        case .cannotStart(let path, let why): return "cannot start the extraction worker \(path): \(why)"
        case .workerKilled(let signal):
            return "the extraction worker was killed from outside (signal \(signal)) while reading this file"
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

extension IsolationError {
    /// Signals with which extraction itself ends a worker: over the CPU budget, a crash, a failed allocation.
    static let signalsAFileCauses: Set<Int32> = [SIGXCPU, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGSYS, SIGXFSZ]

    /// Whether the worker could not run, through no fault of the file (it is tried again later).
    public var isWorkerFault: Bool {
        switch self {
        case .cannotStart, .workerKilled: return true
        case .overTime, .stopped, .badAnswer, .extraction: return false
        }
    }
}
