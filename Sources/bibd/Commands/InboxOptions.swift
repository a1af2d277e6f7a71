import ArgumentParser
import BibInbox
import BibPipeline
import Foundation
import Logging

/// Options of the inbox commands (`watch`, `refresh`): the config file plus folder overrides.
struct InboxOptions: ParsableArguments {
    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Inbox folder (overrides the config's 'inbox').")
    var inbox: String?

    @Option(help: "Folder for ingested files (overrides 'processed').")
    var processed: String?

    @Option(help: "Folder for failed files and their .error.json sidecars (overrides 'failed').")
    var failed: String?

    /// A processor over the configured library and folders; exits 78 on a bad config, 75 on a busy store.
    func makeProcessor(lockWait: Double) throws -> InboxProcessor {
        var c = try storeOptions.resolvedConfig()
        if let inbox { c.inbox = inbox }
        if let processed { c.processed = processed }
        if let failed { c.failed = failed }
        LogSetup.bootstrap(level: c.logLevel)
        // A missing folder is created (mode 0750); a path that is something else is a bad configuration.
        for (key, path) in [("inbox", c.inbox), ("processed", c.processed), ("failed", c.failed)] {
            do {
                if try InboxFolders.ensure(URL(fileURLWithPath: path)) {
                    Logger(label: "bibd.inbox").notice("created", metadata: ["folder": .string(path), "key": .string(key)])
                }
            } catch let e as InboxFolderError {
                Console.error("\(c.origin): key '\(key)': \(e.description)")
                throw ExitCode(ExitCodes.badConfig)
            } catch {
                Console.error("\(c.origin): key '\(key)': cannot create \(path): \(error)")
                throw ExitCode(ExitCodes.badConfig)
            }
        }
        let library = try StoreOptions.open(c, lockWait: lockWait)
        library.isolation = Isolation.forConfig(c)
        let mover = InboxMover(processed: URL(fileURLWithPath: c.processed), failed: URL(fileURLWithPath: c.failed),
                               version: BibdVersion.string)
        return InboxProcessor(library: library, inbox: URL(fileURLWithPath: c.inbox), mover: mover,
                              logger: Logger(label: "bibd.inbox"))
    }
}
