import ArgumentParser
import BibPipeline
import BibStore
import Foundation

/// `bibd ingest FILE...`: ingest files into the store and report per file what happened.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest files (or every file in the given folders) into the store.",
        discussion: """
            Prints one line per file. Exits 1 if any file failed; the store is unchanged by a failed file. Creates the
            store when its folder is missing or empty; exits 66 when the folder holds no store but is not empty, or
            held a store whose database is lost.
            """)

    @OptionGroup var options: StoreOptions

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file or folder") }
    }

    func run() throws {
        let library = try options.openLibrary(opening: .createIfEmpty)
        library.isolation = Isolation.forConfig(library.config)
        let inputs = expandInputs(paths)
        // Outcomes stream as files are done; on a terminal a live line below them shows done/total, rate and ETA.
        let live = Console.progressLine(total: inputs.count)
        var shown = 0
        func show(_ r: FileReport) {
            live?.clear()
            let line = "\((r.file as NSString).lastPathComponent): \(r.outcome.label): \(r.message)"
            if r.outcome.isFailure { Console.error(line) } else { Console.line(line) }
            for problem in r.problems { Console.error("  \(problem)") }
            shown += 1
        }
        let reports = library.ingest(inputs) { done, _, report in
            show(report)
            live?.update(done: done)
        }
        live?.finish()
        for r in reports.dropFirst(shown) { show(r) }
        let failed = reports.filter { $0.outcome.isFailure }.count
        Console.line("\(reports.count - failed) ok, \(failed) failed; store: \(library.store.directory.path)")
        if failed > 0 { throw ExitCode.failure }
    }
}
