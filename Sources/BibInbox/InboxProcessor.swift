import BibParse
import BibPipeline
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// Processes inbox files: every regular file ends either in `processed/` (ingested, or a duplicate of
/// content already ingested) or in `failed/` with its reason; special files are skipped with a logged reason.
/// The exports are rewritten once per batch, not once per file.
public final class InboxProcessor: @unchecked Sendable {
    public let library: Library
    public let inbox: URL
    public let mover: InboxMover
    let logger: Logger
    /// Special files already reported, so that a rescan does not log them again.
    private var reported: Set<String> = []
    /// Files judged but not movable out of the inbox (a read-only inbox), with the size and mtime they had:
    /// reported once, then left alone by this process until they change.
    private var stuck: [String: FileStamp] = [:]
    /// Names already reported as not complete yet: said once at info (an admin must see why a file stays),
    /// then at debug on every later pass until the file is handled.
    private var waiting: Set<String> = []

    /// When a scanned file counts as complete; the library's `settle_ms` unless set otherwise.
    public var settle: SettleCheck

    public init(library: Library, inbox: URL, mover: InboxMover, logger: Logger) {
        self.library = library; self.inbox = inbox; self.mover = mover; self.logger = logger
        settle = SettleCheck(settleSeconds: Double(library.config.settleMilliseconds) / 1000)
    }

    /// Counts of what a batch did.
    public struct Summary: Sendable, Equatable {
        public var ingested = 0
        public var duplicates = 0
        public var failed = 0
        public var skipped = 0
        /// Files left in the inbox because the store could not be written (not their fault: tried again later).
        public var held = 0
        /// Names left in the inbox because they may still be being written (tried again on the next pass).
        public var notReady: [String] = []
        /// Files ingested (or judged) that could not be moved out of the inbox; reported once per run.
        public var stuck = 0

        public init() {}

        /// Whether the batch did anything worth a log line (files left to settle are no news).
        public var isEmpty: Bool { ingested == 0 && duplicates == 0 && failed == 0 && skipped == 0 && held == 0 && stuck == 0 }

        public var line: String {
            "\(ingested) ingested, \(duplicates) duplicate, \(failed) failed, \(skipped) skipped"
                + (held > 0 ? ", \(held) left in the inbox (store error)" : "")
                + (notReady.isEmpty ? "" : ", \(notReady.count) not complete yet (left for the next pass)")
                + (stuck > 0 ? ", \(stuck) could not leave the inbox" : "")
        }
    }

    /// Names currently in the inbox, sorted (the order of a batch never depends on the directory's order).
    public func scan() -> [String] {
        InboxListing.names(in: inbox) { old, new in
            logger.warning("renamed", metadata: ["inbox.file": .string(old), "renamed_to": .string(new),
                                                 "reason": "the name is not valid UTF-8"])
        }
    }

    /// Processes `names` (as found in the inbox) as one batch; `stop` is checked between files. A name for which
    /// `busy` holds is left alone (a writer still holds it; its close announces it again). A name not in
    /// `closed` (announced complete by inotify) must pass `settle`, or it is left for the next pass and listed in
    /// `Summary.notReady`. `progress` is called after each file with (files done, files in the batch).
    public func process(_ names: [String], closed: Set<String> = [], stop: () -> Bool = { false },
                        busy: (String) -> Bool = { _ in false }, progress: ((Int, Int) -> Void)? = nil) -> Summary {
        var summary = Summary()
        var writers: OpenWriters?
        let snapshot = { () -> OpenWriters in
            if let writers { return writers }
            let w = OpenWriters.snapshot()
            writers = w
            return w
        }
        for (i, name) in names.enumerated() {
            if stop() || summary.held > 0 { break }
            if busy(name) {
                noteWaiting(name, reason: "a writer has not closed it since its last write")
                continue
            }
            if let stamp = stuck[name], stamp == FileStamp(inbox.appendingPathComponent(name)) { continue }
            if !closed.contains(name), let why = settle.notReady(inbox.appendingPathComponent(name), writers: snapshot) {
                summary.notReady.append(name)
                noteWaiting(name, reason: why)
                continue
            }
            // Judged, ingested and moved under the store's write lock: another writer (a refresh beside the daemon)
            // never takes the same file at the same time, and a `bibd merge` waits at most for this one file.
            do {
                try library.exclusively { handle(name, summary: &summary) }
            } catch {
                summary.held += 1
                logger.error("store busy; file left in the inbox", metadata: ["inbox.file": .string(name), "error": .string("\(error)")])
            }
            // Handled, unless it changed while being read (then it waits, and is not reported again).
            if summary.notReady.last != name { waiting.remove(name) }
            progress?(i + 1, names.count)
        }
        if summary.ingested > 0 || summary.duplicates > 0 {
            let before = exportIdentity()
            do { try library.finishBatch() } catch {
                logger.error("exports not rewritten", metadata: ["error": .string(String(describing: error))])
            }
            // An atomic rewrite replaces the file, so a new inode means the exports were written (once per batch).
            if exportIdentity() != before {
                logger.debug("exports rewritten", metadata: ["batch.files": .stringConvertible(names.count)])
            }
        }
        return summary
    }

    /// Logs a file left for the next pass: once at info with the reason, then at debug.
    private func noteWaiting(_ name: String, reason: String) {
        let metadata: Logger.Metadata = ["inbox.file": .string(name), "reason": .string(reason)]
        if waiting.insert(name).inserted {
            logger.info("not complete yet; left in the inbox for the next pass", metadata: metadata)
        } else {
            logger.debug("not complete yet; left in the inbox for the next pass", metadata: metadata)
        }
    }

    /// The inode of the first export file (nil when it does not exist).
    private func exportIdentity() -> UInt? {
        guard let url = library.exportFiles.first?.1,
              let attrs = try? FileManager.default.attributesOfItem(atPath: url.path) else { return nil }
        return (attrs[.systemFileNumber] as? NSNumber)?.uintValue
    }

    private func handle(_ name: String, summary: inout Summary) {
        let url = inbox.appendingPathComponent(name)
        switch InboxEntry.classify(name, in: inbox) {
        case .temporary, .vanished:
            return
        case .special(let what):
            // Counted and logged once: a rescan finds it again, and it is no news then.
            guard reported.insert(name).inserted else { return }
            summary.skipped += 1
            logger.warning("skipped", metadata: ["inbox.file": .string(name), "reason": .string("\(what); left in the inbox")])
        case .linkOutside(let what):
            setAside(url, reason: "\(what): not followed", summary: &summary)
        case .file(let size), .linkInside(let size):
            if size > Page.maxBytes {
                setAside(url, reason: "the file is too large (\(size) bytes; the limit is \(Page.maxBytes))", summary: &summary)
                return
            }
            let before = FileStamp(url)
            let report = library.ingestFile(url)
            if case .workerUnavailable(let why) = report.outcome {
                // The worker could not run (a spawn failure, killed from outside): no fault of the file, which
                // stays for the next pass; the batch ends, as for a store error.
                summary.held += 1
                logger.error("extraction worker fault; file left in the inbox for the next pass",
                             metadata: ["inbox.file": .string(name), "error": .string(why)])
                return
            }
            let after = FileStamp(url)
            if after == nil {
                // Gone while it was read (moved away by someone else): nothing left to move or set aside.
                if case .ingested = report.outcome { summary.ingested += 1 }
                logger.warning("vanished", metadata: ["inbox.file": .string(name), "outcome": .string(report.message)])
                return
            }
            if after != before {
                // Replaced or rewritten while it was read: what was stored is what was read (its hash); the new
                // content is read on the next pass, so the file is not moved now.
                summary.notReady.append(name)
                let metadata: Logger.Metadata = ["inbox.file": .string(name), "outcome": .string(report.message)]
                if waiting.insert(name).inserted {
                    logger.warning("changed while being read; left in the inbox for the next pass", metadata: metadata)
                } else {
                    logger.debug("changed while being read; left in the inbox for the next pass", metadata: metadata)
                }
                return
            }
            switch report.outcome {
            case .ingested:
                summary.ingested += 1
                for problem in report.problems {
                    logger.warning("record file problem", metadata: ["inbox.file": .string(name), "problem": .string(problem)])
                }
                move(url, report: report.message, summary: &summary)
            case .duplicate:
                summary.duplicates += 1
                move(url, report: report.message, summary: &summary)
            case .workerUnavailable:
                return
            case .storeUnavailable(let why):
                // A store that cannot be written is no fault of the file: it stays in the inbox and the batch ends.
                summary.held += 1
                logger.error("store error; file left in the inbox", metadata: ["inbox.file": .string(name), "error": .string(why)])
            case .failed(let why):
                setAside(url, reason: why, summary: &summary)
            }
        }
    }

    private func move(_ url: URL, report: String, summary: inout Summary) {
        do {
            let to = try mover.markProcessed(url)
            logger.info("processed", metadata: ["inbox.file": .string(url.lastPathComponent), "outcome": .string(report),
                                                "moved_to": .string(to.path)])
        } catch {
            cannotLeave(url, outcome: report, error: error, summary: &summary)
        }
    }

    private func setAside(_ url: URL, reason: String, summary: inout Summary) {
        summary.failed += 1
        do {
            let to = try mover.markFailed(url, reason: reason)
            logger.error("failed", metadata: ["inbox.file": .string(url.lastPathComponent), "error": .string(reason),
                                              "moved_to": .string(to.path)])
        } catch {
            cannotLeave(url, outcome: "failed: \(reason)", error: error, summary: &summary)
        }
    }

    /// A file judged but left in the inbox because it cannot be moved: reported now, then skipped until it changes.
    private func cannotLeave(_ url: URL, outcome: String, error: Error, summary: inout Summary) {
        summary.stuck += 1
        stuck[url.lastPathComponent] = FileStamp(url)
        logger.error("cannot move out of the inbox; left in place", metadata: [
            "inbox.file": .string(url.lastPathComponent), "outcome": .string(outcome), "error": .string("\(error)"),
        ])
    }
}

/// A file's identity (device and inode), size and modification time, to notice that a file left in place has
/// changed or was replaced under the same name.
struct FileStamp: Equatable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let mtime: Int64
    let nanos: Int64

    init?(_ url: URL) {
        var st = stat()
        guard stat(url.path, &st) == 0 else { return nil }
        device = UInt64(st.st_dev); inode = UInt64(st.st_ino)
        size = Int64(st.st_size); mtime = Int64(st.st_mtim.tv_sec); nanos = Int64(st.st_mtim.tv_nsec)
    }
}
