import BibPipeline
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// `bibd watch`: processes what is in the inbox at start, then every file that lands, in debounced batches,
/// until SIGTERM/SIGINT (or `stop()`); the file in hand is finished before it exits. A periodic rescan catches
/// anything inotify cannot see (network file systems, a queue overflow).
///
/// `run()` blocks its thread; `stop()` is the one method that may be called from another thread.
public final class Daemon: @unchecked Sendable {
    let processor: InboxProcessor
    let watcher: InboxWatcher
    let debounceMs: Int32
    let rescanSeconds: Double
    let logger: Logger

    /// A batch runs at the latest this long after its first file landed, even if files keep landing
    /// (a steady trickle must not postpone the exports for ever).
    var maxBatchDelay: Double { max(2, Double(debounceMs) * 10 / 1000) }

    /// With `stopSignals` false, SIGTERM/SIGINT keep their default action and only `stop()` ends `run()`.
    public init(processor: InboxProcessor, debounceMs: Int, rescanSeconds: Double = 30, logger: Logger,
                stopSignals: Bool = true) throws {
        self.processor = processor
        self.watcher = try InboxWatcher(inbox: processor.inbox, stopSignals: stopSignals)
        self.debounceMs = Int32(min(max(0, debounceMs), 600_000))
        self.rescanSeconds = rescanSeconds
        self.logger = logger
    }

    /// Asks `run()` to return once the file in hand is finished; safe from any thread.
    public func stop() { watcher.requestStop() }

    /// Runs until a stop request; returns normally (exit status 0) after a graceful stop.
    public func run() {
        logger.notice("watching", metadata: ["inbox": .string(processor.inbox.path)])
        var pending = Set(processor.scan())
        // Names found by a scan rather than announced complete by inotify: one may still be being written.
        var unconfirmed = pending
        var lastRescan = Date()
        var quietSince = Date.distantPast
        var firstPending: Date? = pending.isEmpty ? nil : Date()
        // Scanned names not complete yet, looked at again once `retryAt` has come (not on every wake-up: a file
        // held open for ever must not cost a /proc scan each time).
        var waiting: Set<String> = []
        var retryAt = Date.distantFuture
        // Names found not complete or changed while read: a close no longer vouches for them (a log appended to
        // line by line closes it after every line); they must pass the settle check.
        var unsettled: Set<String> = []
        while true {
            if !waiting.isEmpty, Date() >= retryAt {
                pending.formUnion(waiting)
                waiting.removeAll()
                if firstPending == nil { firstPending = Date() }
            }
            let idle = waiting.isEmpty ? min(rescanSeconds, 1) : max(0.01, min(1, retryAt.timeIntervalSinceNow))
            let timeout: Int32 = pending.isEmpty ? Int32(idle * 1000) : max(10, debounceMs)
            switch watcher.wait(timeoutMs: timeout) {
            case .stop:
                logger.notice("stopping", metadata: ["reason": "stop requested"])
                return
            case .files(let names):
                pending.formUnion(names)
                waiting.subtract(names)
                unconfirmed.subtract(names.filter { !unsettled.contains($0) })
                quietSince = Date()
                if firstPending == nil, !names.isEmpty { firstPending = Date() }
                if Date().timeIntervalSince(firstPending ?? Date()) < maxBatchDelay { continue }
            case .overflow:
                let found = processor.scan()
                pending.formUnion(found)
                unconfirmed.formUnion(found)
                quietSince = Date()
                if firstPending == nil { firstPending = Date() }
                continue
            case .timeout:
                break
            }
            if Date().timeIntervalSince(lastRescan) >= rescanSeconds {
                let found = Set(processor.scan()).subtracting(pending).subtracting(waiting)
                pending.formUnion(found)
                unconfirmed.formUnion(found)
                lastRescan = Date()
                if firstPending == nil, !found.isEmpty { firstPending = Date() }
            }
            // Debounce: a batch runs once the inbox has been quiet for debounce_ms (or has waited maxBatchDelay).
            let quiet = Date().timeIntervalSince(quietSince) * 1000 >= Double(debounceMs)
            let overdue = Date().timeIntervalSince(firstPending ?? Date()) >= maxBatchDelay
            guard !pending.isEmpty, quiet || overdue else { continue }
            let batch = pending.sorted()
            let closed = pending.subtracting(unconfirmed)
            let summary = processor.process(batch, closed: closed, stop: watcher.stopRequested, busy: watcher.isBeingWritten)
            // Scanned names still being written wait; their close, or the next look after the settle time, brings
            // them back.
            waiting.formUnion(summary.notReady)
            pending.removeAll()
            unsettled.subtract(batch)
            unsettled.formUnion(summary.notReady)
            unconfirmed = unconfirmed.intersection(waiting).union(unsettled)
            retryAt = Date().addingTimeInterval(max(1, processor.settle.settleSeconds))
            firstPending = nil
            if !summary.isEmpty {
                logger.notice("batch", metadata: ["summary": .string(summary.line)])
                try? processor.library.noteRun(summary.line)
            }
            if watcher.stopRequested() {
                logger.notice("stopping", metadata: ["reason": "stop requested"])
                return
            }
        }
    }
}
