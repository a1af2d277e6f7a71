import BibModel

/// The formats bibd writes.
public enum ExportFormat: String, CaseIterable, Sendable, Codable {
    case bibtex
    case cslJSON = "csl-json"
    case json
}

/// Renders works in a format. Placeholder until the writers land.
public enum Exporter {
    public static func render(_ works: [Work], as format: ExportFormat) -> String {
        ""
    }
}
