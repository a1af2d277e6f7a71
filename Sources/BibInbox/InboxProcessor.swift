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

        public init() {}

        public var line: String {
            "\(ingested) ingested, \(duplicates) duplicate, \(failed) failed, \(skipped) skipped"
        }
    }

    /// Names currently in the inbox, sorted (the order of a batch never depends on the directory's order).
    public func scan() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: inbox.path)) ?? []).sorted()
    }

    /// Processes `names` (as found in the inbox) as one batch; `stop` is checked between files.
    public func process(_ names: [String], stop: () -> Bool = { false }) -> Summary {
        var summary = Summary()
        for name in names {
            if stop() { break }
            handle(name, summary: &summary)
        }
        if summary.ingested > 0 || summary.duplicates > 0 {
            do { try library.finishBatch() } catch {
                logger.error("exports not rewritten", metadata: ["error": .string(String(describing: error))])
            }
        }
        return summary
    }

    private func handle(_ name: String, summary: inout Summary) {
        let url = inbox.appendingPathComponent(name)
        switch InboxEntry.classify(name, in: inbox) {
        case .temporary, .vanished:
            return
        case .special(let what):
            summary.skipped += 1
            guard reported.insert(name).inserted else { return }
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
                move(url, report: report.message)
            case .duplicate:
                summary.duplicates += 1
                move(url, report: report.message)
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
