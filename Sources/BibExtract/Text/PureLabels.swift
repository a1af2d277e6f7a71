import BibModel

/// Site knowledge for Elsevier Pure research portals read as text: the field table under an output's
/// abstract, where the dump glues each label to its value ("Article number104025").
/// Example page: https://research.tees.ac.uk/en/publications/ (any "Research output" page)
enum PureLabels {
    /// What a Pure field feeds in the record.
    enum Slot {
        case language, number, journal, availableOnline, status, volume, issue, pages, doi, issn, publisher
        case hostTitle, date, keywords
        /// Shown by Pure, not kept by bibd (page counts, ISBNs, event details, …).
        case ignore
    }

    /// The labels of Pure's output table, longer labels before the labels they start with.
    static let fields: [(label: String, slot: Slot)] = [
        ("Original language", .language), ("Article number", .number), ("Journal", .journal),
        ("Early online date", .availableOnline), ("Publication status", .status), ("Volume", .volume),
        ("Issue number", .issue), ("Pages (from-to)", .pages), ("Number of pages", .ignore), ("Pages", .pages),
        ("DOIs", .doi), ("DOI", .doi), ("Digital Object Identifier (DOI)", .doi),
        ("ISSN (Print)", .issn), ("ISSN (Electronic)", .issn), ("ISSN", .issn),
        ("Publisher", .publisher), ("Title of host publication", .hostTitle), ("Publication date", .date),
        ("Keywords", .keywords), ("State", .ignore), ("Externally published", .ignore),
        ("Place of Publication", .ignore), ("ISBN (Print)", .ignore), ("ISBN (Electronic)", .ignore),
        ("Edition", .ignore), ("Event", .ignore), ("Conference", .ignore), ("Country/Territory", .ignore),
        ("City", .ignore), ("Period", .ignore), ("Internet address", .ignore), ("Series", .ignore),
        ("Name", .ignore), ("Abbreviated title", .ignore), ("Funding", .ignore), ("Link to publication", .ignore),
    ]

    /// Publication-status values: which date each one dates ("Published - 1 Jun 2023" is the issue date).
    static let statuses: [(prefix: String, field: Field?)] = [
        ("Published", .issued), ("E-pub ahead of print", .availableOnline), ("Accepted/In press", nil),
        ("Submitted", nil), ("Unpublished", nil),
    ]

    /// "Research output: <category> <subtype> <review>" → work type; the first matching row wins.
    /// The category and subtype are matched with separators removed, as dumps glue them together.
    static let outputTypes: [(category: String, subtype: String?, type: WorkType)] = [
        ("Contribution to journal", nil, .journalArticle),
        ("Chapter in Book/Report/Conference proceeding", "Conference contribution", .conferencePaper),
        ("Chapter in Book/Report/Conference proceeding", nil, .bookChapter),
        ("Contribution to conference", nil, .conferencePaper),
        ("Book/Report", "Report", .report),
        ("Book/Report", "Commissioned report", .report),
        ("Book/Report", nil, .book),
        ("Thesis", nil, .thesis),
        ("Working paper", "Preprint", .preprint),
        ("Working paper", nil, .report),
        ("Preprint", nil, .preprint),
        ("Non-textual form", "Dataset", .dataset),
        ("Non-textual form", nil, .other),
        ("Other contribution", nil, .other),
    ]

    /// Lines that open the page furniture after the output table.
    static let stops = [
        "Dive into the research topics", "Cite this", "Fingerprint", "Access to Document", "Other files and links",
        "Related links", "Projects", "Activities", "Press/Media", "Prizes",
    ]

    /// Short lines between the byline and the abstract that are navigation, not text.
    static let furniture: Set<String> = ["overview", "abstract", "fingerprint", "research output", "details"]

    /// The label and value of a table line: the label glued to the value or followed by a space.
    static func field(_ line: String) -> (label: String, slot: Slot, value: String)? {
        guard fieldLeads.admits(line) else { return nil }
        for f in fields where line.mayHavePrefix(f.label) && line.hasPrefix(f.label) {
            let value = String(line.dropFirst(f.label.count)).trimmingCharacters(":")
            guard !value.isEmpty, value.count <= 250 else { continue }
            // "Journal clubs are…": a lower-case continuation is prose, not a label (keywords and DOI links
            // may start in lower case: "DOIshttps://doi.org/…").
            if let first = value.first, first.isLowercase || first == "-", f.slot != .keywords, f.slot != .doi { continue }
            return (f.label, f.slot, value)
        }
        return nil
    }

    static let fieldLeads = LeadBytes(fields.map(\.label), lowercasedLines: false)

    /// The work type stated by the "Research output:" line, or `nil` when it names no known category.
    static func type(ofOutputLine line: String) -> WorkType? {
        let squeezed = squeeze(line)
        for row in outputTypes {
            guard let r = squeezed.firstRange(of: squeeze(row.category)) else { continue }
            if let sub = row.subtype, !squeezed[r.upperBound...].hasPrefix(squeeze(sub)) { continue }
            return row.type
        }
        return nil
    }

    /// Lower-cased with spaces and "›" separators removed: "Contribution to journal › Article" and
    /// "Contribution to journalArticle" compare equal.
    private static func squeeze(_ s: String) -> String {
        String(s.lowercased().filter { !$0.isWhitespace && $0 != "\u{203A}" && $0 != ">" })
    }
}
