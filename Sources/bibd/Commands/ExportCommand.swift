import ArgumentParser
import BibExport
import BibPipeline
import Foundation

extension ExportFormat: ExpressibleByArgument {}

/// `bibd export --format F`: write the store in a bibliographic format.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the store as BibTeX, CSL-JSON or bibd's canonical JSON.")

    @OptionGroup var options: StoreOptions

    @Option(help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .bibtex

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        let library = try options.openLibrary()
        let text = Exporter.render(try library.works(), as: format)
        if let output {
            try AtomicFile.write(text, to: URL(fileURLWithPath: output))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
