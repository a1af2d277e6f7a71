import BibInbox
import BibPipeline
import Foundation
import Logging

/// A throw-away inbox, processed/, failed/ and store under the temp folder, plus helpers to drive it
/// in-process (an `InboxProcessor` over a `Library`) or through the built `bibd` binary.
final class InboxSandbox: @unchecked Sendable {
    let root: URL
    let inbox: URL
    let processed: URL
    let failed: URL
    let store: URL
    let log = CapturedLog()
    var settleMs = 0

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-inbox-\(UUID().uuidString)")
        inbox = root.appendingPathComponent("inbox")
        processed = root.appendingPathComponent("processed")
        failed = root.appendingPathComponent("failed")
        store = root.appendingPathComponent("store")
        for d in [inbox, processed, failed, store] {
            try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        }
    }

    deinit {
        // Give back permissions a test took away, so the folder can be removed.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: store.path)
        try? FileManager.default.removeItem(at: root)
    }

    var config: Config {
        var c = Config()
        c.store = store.path; c.inbox = inbox.path; c.processed = processed.path; c.failed = failed.path
        // Tests drop complete files; the settle time is exercised by the tests that set it.
        c.settleMilliseconds = settleMs
        return c
    }

    /// A processor over a library opened on the sandbox store; its logs go to `log`.
    func processor() throws -> InboxProcessor {
        let library = try Library(config: config, lockWait: 5)
        let mover = InboxMover(processed: processed, failed: failed, version: "test-version")
        return InboxProcessor(library: library, inbox: inbox, mover: mover, logger: log.logger)
    }

    /// Writes a config file for `bibd` subprocesses; `extra` lines are appended verbatim.
    func writeConfig(debounceMs: Int = 100, settleMs: Int = 0, extra: String = "") throws -> URL {
        let url = root.appendingPathComponent("bibd.yaml")
        let text = """
            store: \(store.path)
            inbox: \(inbox.path)
            processed: \(processed.path)
            failed: \(failed.path)
            debounce_ms: \(debounceMs)
            settle_ms: \(settleMs)
            log_level: debug
            \(extra)
            """
        try text.write(to: url, atomically: true, encoding: .utf8)
        // The store a `bibd` process runs against exists, as after `bibd init`.
        _ = try Library(config: config, lockWait: 5)
        return url
    }

    func names(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    /// Names in failed/ that are not sidecars.
    var failedFiles: [String] { names(in: failed).filter { !$0.hasSuffix(".error.json") } }

    /// The sidecar of a failed file, decoded.
    func sidecar(_ name: String) throws -> [String: String] {
        let data = try Data(contentsOf: failed.appendingPathComponent(name + ".error.json"))
        return (try JSONSerialization.jsonObject(with: data) as? [String: String]) ?? [:]
    }

    /// Puts `text` into the inbox the way a careful tool does: written under a temporary name, renamed into place.
    @discardableResult
    func drop(_ text: String, as name: String) throws -> URL {
        let tmp = inbox.appendingPathComponent(".\(name).part")
        try Data(text.utf8).write(to: tmp)
        let url = inbox.appendingPathComponent(name)
        guard rename(tmp.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        return url
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass; returns whether it held.
    static func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}

/// Collects log lines (message plus metadata) so that tests can check what was reported and why.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var logger: Logger {
        Logger(label: "bibd.inbox.test") { _ in CaptureHandler(sink: self) }
    }

    func append(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        lines.append(line)
    }

    var all: [String] {
        lock.lock(); defer { lock.unlock() }
        return lines
    }

    struct CaptureHandler: LogHandler {
        let sink: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let meta = (event.metadata ?? [:]).merging(metadata) { a, _ in a }
                .sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            sink.append("\(event.level) \(event.message) \(meta)")
        }
    }
}
