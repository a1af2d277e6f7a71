import ArgumentParser
import BibExport
import BibPipeline
import BibStore
import Foundation

extension ExportFormat: ExpressibleByArgument {}
extension JournalStyle: ExpressibleByArgument {}

/// `bibd export --format F`: write the store in a bibliographic format.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the store (or the works a manuscript cites) as BibTeX, biblatex, CSL-JSON, RIS or canonical JSON.")

    @OptionGroup var options: StoreOptions

    @Option(help: "Output format: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ExportFormat = .bibtex

    @Option(help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: "Only these citation keys (comma-separated).")
    var keys: String?

    @Option(name: .customLong("cited-in"), help: "Only the works cited in this manuscript: a LaTeX .aux, a biblatex .bcf or a Pandoc Markdown file.")
    var citedIn: String?

    @Flag(name: .customLong("prefer-published"), help: "Export the published version instead of a preprint linked to it.")
    var preferPublishedVersion = false

    @Option(help: "Journal names: full, iso4 (ISO 4 abbreviation) or as-found (default: the config's export.journal).")
    var journal: JournalStyle?

    @Option(help: "Fields to leave out, comma-separated: \(OmittableField.allCases.map(\.rawValue).joined(separator: ", ")) (default: the config's export.omit).")
    var omit: String?

    func validate() throws {
        if keys != nil && citedIn != nil { throw ValidationError("give --keys or --cited-in, not both") }
        if let omit { do { _ = try ExportOptions.omitList(omit) } catch { throw ValidationError(String(describing: error)) } }
    }

    func run() throws {
        let library = try options.openLibrary(opening: .read)
        var selection = Selection.all
        if let keys {
            selection = .keys(keys.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        } else if let citedIn {
            do { selection = try Selection.cited(inFile: citedIn) } catch {
                Console.error(String(describing: error))
                throw ExitCode.failure
            }
        }
        var exportOptions = library.config.export
        if let journal { exportOptions.journal = journal }
        if let omit { exportOptions.omit = try ExportOptions.omitList(omit) }
        let text: String
        var missingKeys: [String] = []
        var omittedKeys: [String] = []
        let whole = selection == .all && !preferPublishedVersion && exportOptions == library.config.export && !library.isReadOnly
        // The whole store: from the render cache, so a large store is not rendered again. Keys left unissued by an
        // interrupted run are issued first. A read-only store, or one whose writer (the daemon) is busy right now,
        // is rendered in full below from a snapshot, writing nothing and waiting for no one.
        if whole, let cached = try library.ifNotBusy({ () throws -> String in
            try library.finishBatch()
            return try library.exportText(format)
        }) {
            text = cached
        } else {
            let all = try library.works()
            var (works, missing, renamed) = select(all, by: selection)
            for key in missing { Console.error("error: '\(key)' is cited but not in the store") }
            missingKeys = missing
            for r in renamed {
                Console.error("note: '\(r.alias)' now names '\(r.key)' (merged); biblatex finds it through ids, other formats need the new key")
            }
            if preferPublishedVersion {
                let preferred = preferPublished(works, from: all)
                works = preferred.works
                for r in preferred.replaced { Console.error("note: \(r.preprint) (preprint) exported as its published version \(r.published)") }
            }
            let result = Exporter.export(works, as: format, formula: library.config.parsedCitekeyFormula, options: exportOptions)
            for w in result.warnings { Console.error("warning: \(w.citekey): \(w.message)") }
            text = result.text
            omittedKeys = result.omitted
        }
        if let output {
            try AtomicFile.write(text, to: URL(fileURLWithPath: output))
        } else {
            StandardStream.out(text)
        }
        // Everything that could be written was; the status says what is missing from it.
        if !missingKeys.isEmpty {
            Console.error("\(missingKeys.count) cited key(s) not in the store: \(missingKeys.joined(separator: ", "))")
            throw ExitCode(ExitCodes.missingCitedKey)
        }
        if !omittedKeys.isEmpty {
            Console.error("\(format.rawValue) cannot hold: \(omittedKeys.joined(separator: ", "))")
            throw ExitCode(ExitCodes.workNotExportable)
        }
    }
}
