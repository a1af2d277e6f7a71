import Foundation

/// A file that says which works a manuscript cites; its kind comes from the file name's extension.
public enum ManuscriptKind: String, Sendable, CaseIterable {
    /// LaTeX's auxiliary file, read as BibTeX reads it.
    case aux
    /// biblatex's control file for Biber.
    case bcf
    /// Pandoc Markdown, R Markdown or Quarto.
    case pandoc

    private static let extensions: [String: ManuscriptKind] = [
        "aux": .aux, "bcf": .bcf,
        "md": .pandoc, "markdown": .pandoc, "mdown": .pandoc, "mkd": .pandoc, "rmd": .pandoc, "qmd": .pandoc,
    ]

    /// The kind for a path's extension (case-insensitive), or nil if bibd cannot read citations from it.
    public init?(path: String) {
        guard let kind = Self.extensions[URL(fileURLWithPath: path).pathExtension.lowercased()] else { return nil }
        self = kind
    }

    /// The extensions recognised, for help texts and error messages.
    public static var knownExtensions: [String] { extensions.keys.sorted() }
}

/// Why the citations of a manuscript file could not be read.
public enum SelectionError: Error, Equatable, CustomStringConvertible {
    case unknownKind(path: String)
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownKind(let path):
            "cannot tell which citations \(path) holds: expected one of "
                + ManuscriptKind.knownExtensions.map { "." + $0 }.joined(separator: ", ")
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .malformed(let path, let reason): "cannot read the citations in \(path): \(reason)"
        }
    }
}

extension Selection {
    /// The works cited in the manuscript file at `path` (kind from its extension). For an `.aux` file, the nested
    /// `.aux` files it `\@input`s are read relative to its folder, as LaTeX wrote them.
    public static func cited(inFile path: String) throws -> Selection {
        guard let kind = ManuscriptKind(path: path) else { throw SelectionError.unknownKind(path: path) }
        return try cited(inFile: path, kind: kind)
    }

    /// The works cited in the manuscript file at `path`, read as `kind`.
    public static func cited(inFile path: String, kind: ManuscriptKind) throws -> Selection {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        return try cited(inText: try readText(url), kind: kind, name: path) { name in
            try readText(URL(fileURLWithPath: name, relativeTo: folder))
        }
    }

    /// The works cited in a manuscript's text (a file's, or a request body's), read as `kind`; `name` names it in
    /// errors, and `loadInput` gives the text of a nested `.aux` file by the name its `\@input` line writes.
    public static func cited(inText text: String, kind: ManuscriptKind, name: String,
                             loadInput: (String) throws -> String) throws -> Selection {
        switch kind {
        case .aux:
            return try AuxCitations.selection(main: text, load: loadInput)
        case .bcf:
            do { return try BcfCitations.selection(text) } catch {
                throw SelectionError.malformed(path: name, reason: "\(error)")
            }
        case .pandoc:
            return PandocCitations.selection(text)
        }
    }

    /// UTF-8, or Latin-1 for `.aux` files written by an 8-bit TeX setup.
    private static func readText(_ url: URL) throws -> String {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SelectionError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        return manuscriptText(data)
    }

    /// A manuscript's bytes as text: UTF-8, or Latin-1 for `.aux` files written by an 8-bit TeX setup.
    public static func manuscriptText(_ data: Data) -> String {
        String(data: data, encoding: .utf8) ?? String(String.UnicodeScalarView(data.map { Unicode.Scalar($0) }))
    }
}
