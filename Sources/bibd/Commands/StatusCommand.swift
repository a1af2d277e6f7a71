import ArgumentParser
import BibPipeline
import BibStore
import Foundation

/// `bibd status`: counts of what the store holds.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print counts: works, sources, pending fragments, failed files, last run.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        let library = try options.openLibrary()
        let s = try library.store.read { tx in
            (try tx.count(.works), try tx.count(.sources), try tx.count(.fragments), try tx.count(.failedFiles),
             try tx.meta("last_run") ?? "never")
        }
        print("store: \(library.store.directory.path)")
        print("works: \(s.0)\nsources: \(s.1)\npending fragments: \(s.2)\nfailed files: \(s.3)\nlast run: \(s.4)")
    }
}
