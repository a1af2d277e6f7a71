import ArgumentParser
import BibInbox
import Foundation

/// `bibd refresh`: one pass over the inbox, for cron.
struct Refresh: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest what is in the inbox, rewrite the exports, print a one-line summary (for cron).",
        discussion: """
            Exit status: 0 when every file was ingested (or was a duplicate), 1 when some file failed (see the failed
            folder), was left in the inbox because the store could not be written, or could not be moved out of a
            read-only inbox (ingested once, reported on every run, never copied), 66 when there is no usable store, 75 when another bibd holds the store for longer than --wait seconds, 78 for a bad configuration.
            """)

    @OptionGroup var options: InboxOptions

    @Option(help: "Seconds to wait for a store another bibd is using.")
    var wait: Double = 60

    func run() throws {
        let processor = try options.makeProcessor(lockWait: wait)
        if try processor.library.rematchIfRulesChanged() {
            Console.line("bibd refresh: matching rules or settings changed since the last run: the store was matched again")
        }
        let inputs = processor.scan()
        // Per-file outcomes are log lines, streamed; on a terminal a live line shows done/total, rate and ETA.
        let live = Console.progressLine(total: inputs.count)
        let summary = processor.process(inputs, progress: live.map { line in { done, _ in line.update(done: done) } })
        live?.finish()
        try processor.library.finishBatch()
        try processor.library.noteRun(summary.line)
        Console.line("bibd refresh: \(summary.line); store \(processor.library.store.directory.path)")
        if summary.failed > 0 || summary.held > 0 || summary.stuck > 0 { throw ExitCode.failure }
    }
}
