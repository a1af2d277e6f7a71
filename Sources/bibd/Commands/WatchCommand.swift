import ArgumentParser
import BibInbox
import BibPipeline
import BibServe
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
            With serve.in_watch: true in the config, the daemon also serves the library as `bibd serve` does.
            """)

    @OptionGroup var options: InboxOptions

    func run() throws {
        // A daemon whose standard output went away (a journal restarted) goes on working.
        StandardStream.closedOutputEndsProcess = false
        let processor = try options.makeProcessor(lockWait: 30)
        let config = processor.library.config
        let daemon = try Daemon(processor: processor, debounceMs: config.debounceMilliseconds,
                                logger: Logger(label: "bibd.watch"))
        try processor.library.rematchIfRulesChanged()
        try processor.library.finishBatch()
        if config.serve.inWatch { try startServer(processor.library) }
        daemon.run()
    }

    /// Starts `bibd serve` beside the daemon (config `serve.in_watch`); it stops when the daemon does.
    private func startServer(_ library: Library) throws {
        let server: LibraryServer
        do { server = try LibraryServer(library: library) } catch let e as ServeError {
            Console.error(e.description)
            throw ExitCode(ExitCodes.badConfig)
        }
        Task {
            do {
                try await server.run(handleSignals: false) { port in
                    // The token stays out of the daemon's log: the login URL takes it from the store's token file.
                    Console.line("bibd serve: http://\(server.listen):\(port)/ (log in at /login?token= the contents of \(ServeToken.fileName) in the store)")
                }
            } catch {
                Console.error("bibd serve stopped: \(error)")
            }
        }
    }
}
