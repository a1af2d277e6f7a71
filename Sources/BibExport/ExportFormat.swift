import BibModel

/// The formats bibd writes.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    /// Classic BibTeX: ASCII text with TeX escapes, standard entry types.
    case bibtex
    /// biblatex for biber: UTF-8, `date`, `journaltitle`, `@online` for preprints and web pages.
    case biblatex
    /// A CSL-JSON array (citeproc input), `id` = citekey.
    case cslJSON = "csl-json"
    /// RIS tagged records.
    case ris
    /// bibd's canonical JSON: CSL item plus sources, provenance and relations per work.
    case json

    /// The file name `bibd export` writes this format to.
    public var fileName: String {
        switch self {
        case .bibtex: return "library.bib"
        case .biblatex: return "library-biblatex.bib"
        case .cslJSON: return "library.csl.json"
        case .ris: return "library.ris"
        case .json: return "library.json"
        }
    }
}

/// A data problem met while exporting one work: a value dropped or cleaned, or the work left out.
public struct ExportWarning: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var workID: String
    public var citekey: String
    public var message: String

    public init(workID: String, citekey: String, message: String) {
        self.workID = workID; self.citekey = citekey; self.message = message
    }

    public var description: String { "\(citekey) (work \(workID)): \(message)" }
}

/// One work rendered in one format: its text (`nil` when the format cannot hold it) and warnings.
public struct ExportEntry: Sendable, Equatable {
    public var text: String?
    public var warnings: [ExportWarning]
}

/// A whole export: the file text and every warning, in citekey order; `omitted` lists the keys of works the
/// format could not hold (the CLI exits non-zero naming them).
public struct ExportResult: Sendable, Equatable {
    public var text: String
    public var warnings: [ExportWarning]
    public var omitted: [String] = []
}
