import ArgumentParser
import Foundation
import BibPipeline

/// `bibd eval --gold FILE.jsonl DIR`: scores extraction on a directory of pages against a gold file.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction on DIR against a gold .jsonl (same figures as score_extract.py).")

    @Option(name: .long, help: "The gold .jsonl file.")
    var gold: String

    @Argument(help: "The directory holding the files named in the gold file.")
    var directory: String

    @Flag(name: .long, help: "Also list every miss.")
    var verbose = false

    func run() throws {
        let report = try ExtractionEval.run(gold: URL(fileURLWithPath: gold), directory: URL(fileURLWithPath: directory))
        if verbose { for m in report.misses { print("MISS", m.file, m.what) } }
        print(report.table)
    }
}
