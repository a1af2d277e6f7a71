import BibModel
import Foundation

/// Cleans a record before any writer sees it, so that every format gets the same safe values.
///
/// Nothing is invented: a value that cannot be written sensibly is dropped and a note says why.
/// Writers then only map fields; they never repair data themselves. The language becomes its BCP 47 tag (see
/// `Language`), and a journal abbreviation that does not abbreviate the journal's full name is dropped (see
/// `JournalName`).
public enum RecordSanitizer {
    /// Years a bibliographic date can plausibly carry (the same range `PartialDate.parse` accepts).
    static let plausibleYears = 1000...2999
    /// Author "names" that only say the list goes on.
    static let etAlNames: Set<String> = ["et al", "et al.", "et. al.", "others", "and others", "et alii", "u. a."]

    /// The cleaned record and notes describing every value that was changed or dropped.
    public static func sanitize(_ input: Record) -> (record: Record, notes: [String]) {
        var r = input
        var notes: [String] = []

        r.title = clean(r.title)
        r.containerTitle = clean(r.containerTitle)
        r.containerTitleShort = clean(r.containerTitleShort)
        if let full = r.containerTitle, let short = r.containerTitleShort, !JournalName.abbreviation(short, fits: full) {
            notes.append("journal abbreviation \"\(short)\" does not abbreviate \"\(full)\"; dropped")
            r.containerTitleShort = nil
        }
        // A source that names the journal only by its abbreviation ("Harm Reduct J", as PubMed does) still names
        // the journal: the abbreviation stands in as the journal title rather than the article losing its type.
        if r.containerTitle == nil, let short = r.containerTitleShort, r.type == .journalArticle {
            r.containerTitle = short
        }
        r.publisher = clean(r.publisher)
        r.volume = clean(r.volume)
        r.issue = clean(r.issue)
        r.page = clean(r.page)
        r.number = clean(r.number)
        r.pmid = clean(r.pmid)
        r.pmcid = clean(r.pmcid)
        r.arxiv = clean(r.arxiv)
        r.abstract = clean(r.abstract)
        if let raw = clean(r.language) {
            r.language = Language.parse(raw)?.bcp47
            if r.language == nil { notes.append("language \"\(raw)\" is not in bibd's language table; left out") }
        } else {
            r.language = nil
        }
        r.url = clean(r.url).map { $0.replacingOccurrences(of: " ", with: "%20") }
        r.issn = r.issn.compactMap { clean($0) }
        r.keywords = r.keywords.compactMap { clean($0) }

        var authors: [Person] = []
        for person in r.authors {
            let cleaned = cleanPerson(person)
            let shown = cleaned.literal ?? [cleaned.given, cleaned.particle, cleaned.family].compactMap { $0 }.joined(separator: " ")
            if shown.isEmpty { continue }
            if etAlNames.contains(shown.lowercased()) {
                r.authorsTruncated = true
                notes.append("author \"\(shown)\" is not a name; the author list is marked as truncated")
                continue
            }
            authors.append(cleaned)
        }
        r.authors = authors

        r.issued = checkDate(r.issued, field: "issued", notes: &notes)
        r.availableOnline = checkDate(r.availableOnline, field: "available-date", notes: &notes)

        if let raw = r.doi {
            // Printable ASCII has no white space to squeeze out.
            let squeezed = raw.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) ? raw
                : String(raw.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
            let parsed = DOI.parse(squeezed)
            if parsed != raw { notes.append("DOI \"\(raw)\" " + (parsed.map { "cleaned to \($0)" } ?? "is not a DOI; dropped")) }
            r.doi = parsed
        }
        return (r, notes)
    }

    /// Trimmed, white space folded to single spaces (no newlines survive), `nil` when empty.
    static func clean(_ s: String?) -> String? {
        guard let s else { return nil }
        let folded = s.collapsingSpaces
        return folded.isEmpty ? nil : folded
    }

    private static func cleanPerson(_ p: Person) -> Person {
        var p = p
        p.family = clean(p.family)
        p.given = clean(p.given)
        p.particle = clean(p.particle)
        p.suffix = clean(p.suffix)
        p.literal = clean(p.literal)
        return p
    }

    private static func checkDate(_ date: PartialDate?, field: String, notes: inout [String]) -> PartialDate? {
        guard let date else { return nil }
        guard plausibleYears.contains(date.year) else {
            notes.append("\(field) year \(date.year) is not plausible; dropped")
            return nil
        }
        guard let month = date.month else { return date }
        guard (1...12).contains(month) else {
            notes.append("\(field) month \(month) is not a month; kept the year only")
            return PartialDate(year: date.year)
        }
        if let day = date.day, !(1...daysIn(month: month, year: date.year)).contains(day) {
            notes.append("\(field) day \(day) is not in month \(month); kept year and month")
            return PartialDate(year: date.year, month: month)
        }
        return date
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
