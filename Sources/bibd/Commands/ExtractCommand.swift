import ArgumentParser
import BibPipeline
import Foundation

/// `bibd extract FILE...`: what bibd reads from each file, without a store.
struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print what bibd reads from each file (no store): a JSON list, one object per file.")

    @Option(help: "Output format (json).")
    var format: String = "json"

    @Flag(help: "Instead of JSON: per file, the extractors that recognised it, each field with the rule that gave it, and the candidates the reading compared.")
    var explain = false

    @Argument(help: "Files or folders.")
    var paths: [String]

    func validate() throws {
        if format != "json" { throw ValidationError("only --format json is supported") }
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        if explain {
            for url in expandInputs(paths) { print(ExtractReport.explain(url)) }
            return
        }
        let results = expandInputs(paths).map(ExtractReport.make)
        StandardStream.out(ExtractReport.render(results) + "\n")
    }
}
