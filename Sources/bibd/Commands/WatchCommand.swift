import ArgumentParser
import BibInbox
import Foundation
import Logging

/// `bibd watch`: the long-running daemon over the inbox.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Watch the inbox and ingest every file that lands, until SIGTERM or SIGINT.",
        discussion: """
            Files already in the inbox are processed at start. Each file ends in the processed folder, or in the
            failed folder with a NAME.error.json sidecar. library.bib and library.json are rewritten once per batch.
            On SIGTERM/SIGINT the file in hand is finished and bibd exits 0.
            """)

    @OptionGroup var options: InboxOptions

    func run() throws {
        let processor = try options.makeProcessor(lockWait: 30)
        let config = processor.library.config
        let daemon = try Daemon(processor: processor, debounceMs: config.debounceMilliseconds,
                                logger: Logger(label: "bibd.watch"))
        try processor.library.rematchIfRulesChanged()
        try processor.library.finishBatch()
        daemon.run()
    }
}
