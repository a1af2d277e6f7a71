import ArgumentParser
import BibInbox
import BibPipeline
import BibStore
import Foundation

/// `bibd status`: counts of what the store holds.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print counts: works, sources, pending fragments, files in the failed folder, last run.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        let library = try options.openLibrary(opening: .read)
        let s = try library.store.read { tx in
            (try tx.count(.works), try tx.count(.sources), try tx.count(.fragments), try tx.count(.failedFiles),
             try tx.meta(.lastRun) ?? "never")
        }
        Console.line("store: \(library.store.directory.path)")
        let failed = URL(fileURLWithPath: library.config.failed)
        Console.line("works: \(s.0)")
        Console.line("sources: \(s.1)")
        Console.line("pending fragments: \(s.2)")
        Console.line("failed files: \(InboxFolders.failedFileCount(in: failed)) in \(failed.path) (\(s.3) failures recorded in the store)")
        Console.line("last run: \(s.4)")
    }
}
