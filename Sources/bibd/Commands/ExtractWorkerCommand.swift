import ArgumentParser
import BibPipeline
import Foundation

/// `bibd extract-worker`: the isolated extraction of the files bibd sends on stdin (answers on stdout), started by
/// bibd itself.
struct ExtractWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: IsolatedExtraction.command,
        abstract: "Internal: extract the files bibd sends on stdin, each under a CPU and memory budget (bibd starts it).",
        shouldDisplay: false)

    @Option var seconds: Int = 10
    @Option(name: .customLong("memory-mb")) var memoryMB: Int = 512

    func run() throws {
        IsolatedExtraction.serve(budget: ExtractBudget(seconds: seconds, megabytes: memoryMB))
    }
}

/// The isolation every ingesting command uses: this very executable as the worker.
enum Isolation {
    static func forConfig(_ config: Config) -> IsolatedExtraction {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return IsolatedExtraction(worker: URL(fileURLWithPath: exe), budget: config.extractBudget)
    }
}
