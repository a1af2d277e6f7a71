import ArgumentParser
import BibPipeline
import BibStore
import Foundation

/// `bibd init [FOLDER]`: creates a store explicitly (the only way besides `bibd ingest` into an empty folder).
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the store (the config's 'store' folder, or FOLDER).",
        discussion: """
            Creates bibd.sqlite and the .bibd-store marker. On an existing store it changes nothing and exits 0.
            Exits 66, writing nothing, when the folder held a store whose database is missing or empty (its marker
            or exports remain) or holds a database that is not bibd's.
            """)

    @OptionGroup var options: StoreOptions

    @Argument(help: "Store folder (overrides --store and the config's 'store').")
    var folder: String?

    func run() throws {
        var c = try options.resolvedConfig()
        if let folder { c.store = folder }
        LogSetup.bootstrap(level: options.verbose ? c.logLevel : "warning")
        let library = try StoreOptions.open(c, lockWait: 30, opening: .create)
        try library.finishBatch()
        Console.line("bibd init: store ready in \(library.store.directory.path)")
    }
}
