import ArgumentParser
import BibPipeline
import Foundation

/// `bibd rekey [KEY…]`: change citation keys on purpose, printing the old → new map.
struct Rekey: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Give works new citation keys from the current formula (all works, or the keys given).",
        discussion: "Keys are otherwise pinned once issued. Prints one 'old -> new' line per key that changed.")

    @OptionGroup var options: StoreOptions
    @Argument(help: "Citation keys or work ids to rekey; none means every work.") var keys: [String] = []

    func run() throws {
        let changes = try runDecision { try options.openLibrary().rekey(keys) }
        for c in changes { print("\(c.old) -> \(c.new)") }
        print("\(changes.count) key(s) changed")
    }
}
