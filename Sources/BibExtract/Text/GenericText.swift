import BibModel
import BibParse

/// Last-resort reader for text dumps of unknown sites that print fields as "Label: value" lines
/// ("Title: …", "Authors: …", "DOI: …"). It reads only labelled values, never guesses a title from
/// layout or a DOI from running text (that could be a reference), and scores lowest of all extractors.
public struct GenericTextExtractor: Extractor {
    public let id = "generic-text"

    public init() {}

    /// "Label:" → field; compared case-insensitively at the start of a line.
    static let labels: [(label: String, slot: LabelSlot?)] = [
        ("title", nil), ("authors", .authors), ("author(s)", .authors), ("author", .authors), ("doi", .doi),
        ("journal", .journal), ("source", .journal), ("publisher", .publisher), ("year", .date),
        ("published", .date), ("date", .date), ("publication date", .date), ("volume", .volume), ("vol", .volume),
        ("issue", .issue), ("pages", .pages), ("keywords", .keywords), ("abstract", .abstract),
        ("language", .language), ("issn", .issn), ("pmid", .pmid),
    ]

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        let fields = labelled(page.lines)
        if fields["title"] != nil { return 5 }
        return fields["doi"].flatMap(DOI.parse) != nil && Self.labelledDOIs(page.lines).count == 1 ? 3 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        if ResultCounter.opensList(page.lines) { throw ExtractError.noArticle("a search result list: the page counts its hits") }
        let fields = labelled(page.lines)
        var r = Record()
        if let t = fields["title"] { r.title = t; r.note(.title, "label:Title") }
        if let d = fields["doi"], let doi = DOI.parse(d) { r.doi = doi; r.note(.doi, "label:DOI") }
        guard r.title != nil || r.doi != nil else { throw ExtractError.noArticle("no labelled title or DOI") }
        if r.title == nil, Self.labelledDOIs(page.lines).count != 1 {
            throw ExtractError.noArticle("no labelled title, and the page labels the DOIs of several works (a list)")
        }
        if let a = fields["authors"] ?? fields["author(s)"] ?? fields["author"] {
            r.authors = Self.people(a)
            if !r.authors.isEmpty { r.note(.author, "label:Authors") }
        }
        if let k = fields["keywords"] {
            r.keywords = k.split { $0 == ";" || $0 == "," }.map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if !r.keywords.isEmpty { r.note(.keyword, "label:Keywords") }
        }
        if let a = fields["abstract"] { r.abstract = a; r.note(.abstract, "label:Abstract") }
        let lines = Self.labels.compactMap { row -> String? in
            guard row.slot != nil, row.slot != .authors, let v = fields[row.label] else { return nil }
            return row.label + ": " + v
        }
        LabelFields.readPlain(LabelBlocks(lines: lines, table: Self.labels.compactMap { row in row.slot.map { (row.label, $0) } }),
                              into: &r)
        if let d = r.doi, r.containerTitle == nil, r.volume == nil, let c = CitationBesideDOI.venue(in: page.lines, doi: d) {
            var venue = c
            if r.issued != nil { venue.date = nil }
            venue.write(into: &r, rule: "generic-text:citation-beside-doi")
        }
        return [r]
    }

    /// The first value of each label ("label: value" on one line), keyed by the lower-case label.
    /// The distinct DOIs the page prints on DOI lines ("DOI: …", "https://doi.org/…"). A page whose only reading
    /// is a labelled DOI is read so only when it prints one: a table of contents or a list labels each item's.
    static func labelledDOIs(_ lines: [String]) -> Set<String> {
        var out: Set<String> = []
        for line in lines where line.utf8.count <= 300 && line.containsBytes("10.") {
            let lower = line.prefix(40).lowercased()
            if ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }), let d = DOI.parse(line) { out.insert(d) }
        }
        return out
    }

    func labelled(_ lines: [String]) -> [String: String] {
        var out: [String: String] = [:]
        for line in lines {
            guard line.utf8.contains(UInt8(ascii: ":")), let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].lowercased().trimmingSpaces
            guard Self.labels.contains(where: { $0.label == key }), out[key] == nil else { continue }
            let value = String(line[line.index(after: colon)...]).trimmingSpaces
            if !value.isEmpty { out[key] = value }
        }
        return out
    }

    /// "Smith, J.; Doe, A." (semicolons), "John Smith and Jane Doe", "John Smith, Jane Doe".
    static func people(_ text: String) -> [Person] {
        if text.contains(";") {
            return text.split(separator: ";").compactMap { Person.parse(String($0), order: .auto) }
        }
        let parts = text.split(separator: ",").flatMap { $0.split(separator: " and ") }
            .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        // "Smith, John" is one family-first name, not two people.
        if parts.count == 2, !parts[0].contains(" ") { return Person.parse(text, order: .auto).map { [$0] } ?? [] }
        return parts.compactMap { Person.parse($0, order: .givenFirst) }
    }
}
