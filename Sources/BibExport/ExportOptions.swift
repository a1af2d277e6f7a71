import BibModel

/// How journal names are written.
public enum JournalStyle: String, Sendable, Codable, CaseIterable {
    /// The full name as the sources gave it (the default).
    case full
    /// The ISO 4 abbreviation, computed from the LTWA (see `ISO4`).
    case iso4
    /// Exactly what the source wrote, abbreviation or not.
    case asFound = "as-found"
}

/// Fields a manuscript may leave out of an export (`--omit abstract,keywords`).
public enum OmittableField: String, Sendable, Codable, CaseIterable {
    case abstract, keywords, url, doi, issn, language, pmid, pmcid

    /// Clears the field in a record.
    func clear(in r: inout Record) {
        switch self {
        case .abstract: r.abstract = nil
        case .keywords: r.keywords = []
        case .url: r.url = nil
        case .doi: r.doi = nil
        case .issn: r.issn = []
        case .language: r.language = nil
        case .pmid: r.pmid = nil
        case .pmcid: r.pmcid = nil
        }
    }
}

/// Choices that change what an export writes (not which works): the journal-name style and the fields left out.
///
/// Journal names: `full` writes the full name (a stray final period removed; when the sources give only an
/// abbreviation, that abbreviation, as nothing is invented), `iso4` its ISO 4 abbreviation, `as-found` the name
/// exactly as stored.
/// The short journal name (`shortjournal`, CSL `container-title-short`/`journalAbbreviation`, RIS `J2`) is filled
/// whatever the style: the source's abbreviation when it fits the full name (see `JournalName`), else the ISO 4
/// abbreviation of the full name.
public struct ExportOptions: Sendable, Equatable, Hashable {
    public var journal: JournalStyle
    public var omit: Set<OmittableField>

    public init(journal: JournalStyle = .full, omit: Set<OmittableField> = []) {
        self.journal = journal
        self.omit = omit
    }

    public static let standard = ExportOptions()

    /// Parses a comma-separated `--omit` list; an unknown name throws with the known ones.
    public static func omitList(_ text: String) throws -> Set<OmittableField> {
        var out: Set<OmittableField> = []
        for raw in text.split(separator: ",") {
            let name = String(raw).trimmingSpaces
            guard let field = OmittableField(rawValue: name) else { throw ExportOptionError.unknownField(name) }
            out.insert(field)
        }
        return out
    }

    /// A stable text naming these options, for render caches.
    public var fingerprint: String {
        "journal=\(journal.rawValue);omit=\(omit.map(\.rawValue).sorted().joined(separator: ","))"
    }

    /// The record as this export writes it (input already sanitized).
    func apply(to record: Record) -> Record {
        var r = record
        for field in omit { field.clear(in: &r) }
        guard let found = r.containerTitle else { return r }
        let full = journal == .asFound ? found : JournalName.withoutStrayPeriod(found)
        let language = r.language.flatMap(Language.parse)?.iso6392
        let computed = ISO4.shipped?.abbreviation(of: full, language: language)
        // A short name that repeats the full one states no abbreviation (some sources fill the field so).
        let stated = r.containerTitleShort.flatMap { $0 == found || $0 == full ? nil : $0 }
        let short = stated ?? computed
        switch journal {
        case .full, .asFound:
            r.containerTitle = full
            r.containerTitleShort = short == full ? nil : short
        case .iso4:
            r.containerTitle = computed ?? short ?? full
            r.containerTitleShort = r.containerTitle
        }
        return r
    }
}

/// A bad export option.
public enum ExportOptionError: Error, CustomStringConvertible, Equatable {
    case unknownField(String)

    public var description: String {
        switch self {
        case .unknownField(let name):
            return "unknown field '\(name)' for --omit (known: \(OmittableField.allCases.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
