import BibParse
import BibPipeline
import Foundation
import Logging

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

    public init(library: Library, inbox: URL, mover: InboxMover, logger: Logger) {
        self.library = library; self.inbox = inbox; self.mover = mover; self.logger = logger
    }

    /// Counts of what a batch did.
    public struct Summary: Sendable, Equatable {
        public var ingested = 0
        public var duplicates = 0
        public var failed = 0
        public var skipped = 0
        /// Files left in the inbox because the store could not be written (not their fault: tried again later).
        public var held = 0

        public init() {}

        public var line: String {
            "\(ingested) ingested, \(duplicates) duplicate, \(failed) failed, \(skipped) skipped"
                + (held > 0 ? ", \(held) left in the inbox (store error)" : "")
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
    /// `busy` holds is left alone (a writer still holds it; its close announces it again).
    /// `progress` is called after each file with (files done, files in the batch).
    public func process(_ names: [String], stop: () -> Bool = { false }, busy: (String) -> Bool = { _ in false },
                        progress: ((Int, Int) -> Void)? = nil) -> Summary {
        var summary = Summary()
        for (i, name) in names.enumerated() {
            if stop() || summary.held > 0 { break }
            if busy(name) {
                logger.debug("still being written", metadata: ["inbox.file": .string(name)])
                continue
            }
            handle(name, summary: &summary)
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
            let report = library.ingestFile(url)
            switch report.outcome {
            case .ingested:
                summary.ingested += 1
                for problem in report.problems {
                    logger.warning("record file problem", metadata: ["inbox.file": .string(name), "problem": .string(problem)])
                }
                move(url, report: report.message)
            case .duplicate:
                summary.duplicates += 1
                move(url, report: report.message)
            case .storeUnavailable(let why):
                // A store that cannot be written is no fault of the file: it stays in the inbox and the batch ends.
                summary.held += 1
                logger.error("store error; file left in the inbox", metadata: ["inbox.file": .string(name), "error": .string(why)])
            case .failed(let why):
                // The file may have vanished while being read: then there is nothing to set aside.
                guard FileManager.default.fileExists(atPath: url.path) else {
                    logger.warning("vanished", metadata: ["inbox.file": .string(name)])
                    return
                }
                setAside(url, reason: why, summary: &summary)
            }
        }
    }

    private func move(_ url: URL, report: String) {
        do {
            let to = try mover.markProcessed(url)
            logger.info("processed", metadata: ["inbox.file": .string(url.lastPathComponent), "outcome": .string(report),
                                                "moved_to": .string(to.path)])
        } catch {
            logger.error("cannot move", metadata: ["inbox.file": .string(url.lastPathComponent), "error": .string("\(error)")])
        }
    }

    private func setAside(_ url: URL, reason: String, summary: inout Summary) {
        summary.failed += 1
        do {
            let to = try mover.markFailed(url, reason: reason)
            logger.error("failed", metadata: ["inbox.file": .string(url.lastPathComponent), "error": .string(reason),
                                              "moved_to": .string(to.path)])
        } catch {
            logger.error("cannot set aside", metadata: ["inbox.file": .string(url.lastPathComponent), "error": .string("\(error)")])
        }
    }
}
