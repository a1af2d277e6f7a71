import BibPipeline
import Foundation
import Logging

/// `bibd watch`: processes what is in the inbox at start, then every file that lands, in debounced batches,
/// until SIGTERM/SIGINT; the file in hand is finished before it exits. A periodic rescan catches anything
/// inotify cannot see (network file systems, a queue overflow).
public final class Daemon {
    let processor: InboxProcessor
    let watcher: InboxWatcher
    let debounceMs: Int32
    let rescanSeconds: Double
    let logger: Logger

    public init(processor: InboxProcessor, debounceMs: Int, rescanSeconds: Double = 30, logger: Logger) throws {
        self.processor = processor
        self.watcher = try InboxWatcher(inbox: processor.inbox)
        self.debounceMs = Int32(max(0, debounceMs))
        self.rescanSeconds = rescanSeconds
        self.logger = logger
    }

    /// Runs until a stop signal; returns normally (exit status 0) after a graceful stop.
    public func run() {
        logger.notice("watching", metadata: ["inbox": .string(processor.inbox.path)])
        var pending = Set(processor.scan())
        var lastRescan = Date()
        var quietSince = Date.distantPast
        while true {
            let timeout: Int32 = pending.isEmpty ? Int32(min(rescanSeconds, 1) * 1000) : max(10, debounceMs)
            switch watcher.wait(timeoutMs: timeout) {
            case .stop:
                logger.notice("stopping", metadata: ["reason": "signal"])
                return
            case .files(let names):
                pending.formUnion(names)
                quietSince = Date()
                continue
            case .overflow:
                pending.formUnion(processor.scan())
                quietSince = Date()
                continue
            case .timeout:
                break
            }
            if Date().timeIntervalSince(lastRescan) >= rescanSeconds {
                pending.formUnion(processor.scan())
                lastRescan = Date()
            }
            // Debounce: a batch runs once the inbox has been quiet for debounce_ms.
            guard !pending.isEmpty, Date().timeIntervalSince(quietSince) * 1000 >= Double(debounceMs) else { continue }
            let batch = pending.sorted()
            pending.removeAll()
            let summary = processor.process(batch, stop: watcher.stopRequested)
            if summary != InboxProcessor.Summary() {
                logger.notice("batch", metadata: ["summary": .string(summary.line)])
                try? processor.library.noteRun(summary.line)
            }
            if watcher.stopRequested() {
                logger.notice("stopping", metadata: ["reason": "signal"])
                return
            }
        }
    }
}
