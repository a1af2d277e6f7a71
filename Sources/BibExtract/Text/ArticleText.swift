import BibModel
import BibParse

/// Reads a publisher's article page saved as text when no site reader claims it: the abstract under its
/// heading; the title matched inside the article's own citation line ("Cite this article", "Citation:",
/// "MDPI and ACS Style") or, failing that, the line above the byline; the byline; the DOI from a labelled
/// line; journal, volume, issue and pages from the citation, a volume line or a "Pages" label; the year
/// from the citation, the volume line or a "Published" label — never from "Received" or "Accepted".
///
/// Reference lists, recommendations and citing works (`ArticleTextTables.tailHeadings`) are never read for
/// a volume line or a labelled DOI. A page with three or more abstract headings is a list and is refused.
public struct ArticleTextExtractor: Extractor {
    public let id = "article-text"

    public init() {}

    /// Below the site text readers (PubMed, Pure, heading-label), above the generic ones.
    static let score = 35

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text, let r = TextReadings.of(page).labelled?.record, Self.isArticle(r) else { return nil }
        return Self.score
    }

    /// A title and authors are not enough (a news post or a course page has both): an article states a DOI,
    /// a venue (journal or volume), or says it is a preprint.
    static func isArticle(_ r: Record) -> Bool {
        r.title != nil && (r.doi != nil || r.containerTitle != nil || r.volume != nil || r.type == .preprint)
    }

    public func extract(_ page: Page) throws -> [Record] {
        let readings = TextReadings.of(page)
        guard page.kind == .text, let labelled = readings.labelled?.record, Self.isArticle(labelled), let r = readings.labelledRecord else {
            throw ExtractError.noArticle("text page without an abstract heading, a title and a DOI, venue or preprint mark")
        }
        return [r]
    }
}

/// One reading of an article text page (see `ArticleTextExtractor`).
struct ArticleTextReading {
    let lines: [String]
    /// The line of the abstract heading chosen.
    let abstractHeading: Int
    /// Where the abstract block ends.
    let abstractEnd: Int
    /// Where the reference lists and recommendations begin.
    let tailStart: Int
    /// The venue of the page's details table (`DetailsTable`).
    let details: VenueLocator?
    private(set) var record = Record()

    init?(_ lines: [String]) {
        self.init(LineTable(lines))
    }

    /// The reading of a page's line table.
    init?(_ table: LineTable) {
        guard let abstract = table.abstract, !ResultCounter.opensList(table.lines) else { return nil }
        let lines = table.lines
        details = table.details
        self.lines = lines
        abstractHeading = abstract.heading
        abstractEnd = abstract.end
        tailStart = TextLines.first(in: lines, from: abstract.end, where: Self.isTailHeading) ?? lines.count
        // Three different DOIs on DOI lines before the references: a result list or a table of contents.
        guard Set((0..<tailStart).compactMap(labelledDOI(at:))).count < 3 else { return nil }
        record.abstract = abstract.paragraphs.joined(separator: "\n")
        record.note(.abstract, "article-text:abstract-heading")
        read()
    }

    var head: Range<Int> { 0..<abstractHeading }

    /// The rule of a title found inside the article's own citation line.
    static let citationTitleRule = "article-text:citation-title"
    /// The rules of a title and of authors the page labels as such ("Title: …", "Authors: …").
    static let labelledTitleRule = "label:Title"
    static let labelledAuthorsRule = "label:Authors"

    private mutating func read() {
        var venue = VenueLocator()
        var citationAuthors: String? = nil
        if let c = citationWithTitle() {
            record.title = c.title; record.note(.title, Self.citationTitleRule)
            let authors = c.line[..<c.range.lowerBound]
            citationAuthors = String(authors)
            if let y = Self.parenthesisedYear(authors) { venue.date = y }
            if let v = VenueLocator(citationTail: c.line[c.range.upperBound...]) { venue.fill(from: v) }
            if let d = DOI.parse(String(c.line[c.range.upperBound...])) { record.doi = d; record.note(.doi, "article-text:citation") }
        }
        if record.title == nil, let t = labelled("title:") {
            record.title = t; record.note(.title, Self.labelledTitleRule)
        }
        readByline(citationAuthors: citationAuthors)
        if record.doi == nil, let d = labelledDOI() { record.doi = d; record.note(.doi, "article-text:doi-line") }
        if let v = volumeLines() {
            // A venue printed on the volume line itself is the journal's full name; a citation may abbreviate it.
            if v.venue.journal != nil, v.journalOnLine { venue.journal = v.venue.journal }
            venue.fill(from: v.venue)
            if record.doi == nil, let d = v.doi { record.doi = d; record.note(.doi, "article-text:volume-line") }
        }
        if let d = record.doi, let v = doiLineVenue(d) { venue.fill(from: v) }
        if let d = details { venue.fill(from: d) }
        if venue.pages == nil { venue.pages = pageLabel() }
        if venue.date == nil { venue.date = publishedDate() }
        venue.write(into: &record, rule: "article-text:venue")
        if let k = keywords(), !k.isEmpty { record.keywords = k; record.note(.keyword, "article-text:keywords") }
        if lines.contains(where: { l in
            guard l.utf8.count <= 300 else { return false }
            let lower = l.lowercased()
            return ArticleTextTables.preprintMarkers.contains { lower.containsBytes($0) }
        }) {
            record.type = .preprint; record.note(.type, "article-text:preprint-marker")
        }
        LabelFields.inferType(&record)
    }


    // MARK: Keywords

    /// The first keyword list on the page (BMC prints it after the references, in the article information):
    /// "Keywords: a; b; c" on one line (split at `;`, `,` or `·`; a
    /// line with none of them is left alone, as its words cannot be told apart), or a "Keywords" line followed by
    /// one short keyword per line, up to a blank line, a numbered section heading or page furniture.
    private func keywords() -> [String]? {
        for i in lines.indices {
            let line = lines[i]
            guard line.utf8.count <= 600 else { continue }
            let lower = line.prefix(10).lowercased()
            if let label = ArticleTextTables.keywordLabels.first(where: { lower.hasPrefix($0 + ":") }) {
                let value = line.dropFirst(label.count + 1)
                guard value.contains(where: { ArticleTextTables.keywordSeparators.contains($0) }) else { return nil }
                return value.split(whereSeparator: { ArticleTextTables.keywordSeparators.contains($0) })
                    .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            }
            guard ArticleTextTables.keywordLabels.contains(line.lowercased()) else { continue }
            var out: [String] = []
            var j = i + 1
            while j < lines.count, Self.isKeywordLine(lines[j]) { out.append(lines[j]); j += 1 }
            if !out.isEmpty { return out }
        }
        return nil
    }

    /// A line that can be one keyword of a list: short, not a sentence, not a numbered heading or furniture.
    static func isKeywordLine(_ line: String) -> Bool {
        guard !line.isEmpty, line.utf8.count <= 60, line.split(separator: " ").count <= 6, line.last != ".",
              let first = line.first, !first.isNumber else { return false }
        let lower = line.lowercased()
        return !isFurniture(line) && !ArticleTextTables.abstractEndLines.contains(lower)
            && !ArticleTextTables.abstractHeadings.contains(lower) && !isTailHeading(line)
    }

    // MARK: Title and byline

    /// The article's own citation and the title found in it: the longest header line it contains.
    private func citationWithTitle() -> (line: String, title: String, range: Range<String.Index>)? {
        let candidates = head.map { lines[$0] }.filter { l in
            l.count >= 15 && l.split(separator: " ").count >= 3 && !ArticleTextTables.furniture.contains(l.lowercased())
        }
        // The article's own citation is among the first few a page prints; a page of many is a list, and
        // comparing each with every header line would grow with the square of its size.
        var tried = 0
        for i in lines.indices where tried < Self.citationsTried {
            guard let cite = citation(at: i) else { continue }
            tried += 1
            let titles = candidates.compactMap { t -> (String, Range<String.Index>)? in
                guard t.utf8.count < cite.utf8.count, let r = cite.firstRange(of: t), Self.endsTitle(cite, t, at: r) else { return nil }
                return (t, r)
            }
            if let (t, r) = titles.max(by: { $0.0.count < $1.0.count }) { return (cite, t, r) }
        }
        return nil
    }

    /// How many citation lines are tried for the title.
    static let citationsTried = 8

    /// Whether the match ends a citation's title: the title ends a sentence itself or the citation puts a
    /// stop after it ("… study. BMC Public Health 22"); a journal name is followed by its volume instead.
    static func endsTitle(_ cite: String, _ title: String, at r: Range<String.Index>) -> Bool {
        if let last = title.last, ".?!".contains(last) { return true }
        guard r.upperBound < cite.endIndex else { return true }
        return ".,".contains(cite[r.upperBound])
    }

    /// The citation at line `i`: after a citation label on the line or alone on the line before.
    private func citation(at i: Int) -> String? {
        let line = lines[i]
        let lower = line.prefix(30).lowercased()
        if let p = ArticleTextTables.citationPrefixes.first(where: { lower.hasPrefix($0) }) {
            return String(line.dropFirst(p.count)).trimmingSpaces
        }
        guard line.utf8.count <= 48, ArticleTextTables.citationLabels.contains(lower.trimmingCharacters(":")),
              let next = TextLines.first(in: lines, from: i + 1, where: { !$0.isEmpty }), lines[next].count > 40 else { return nil }
        return lines[next]
    }

    /// The value of the first header line starting with `label` (lower-case, with its colon).
    private func labelled(_ label: String) -> String? {
        for i in head where lines[i].prefix(label.count).lowercased() == label {
            let v = String(lines[i].dropFirst(label.count)).trimmingSpaces
            if !v.isEmpty { return v }
        }
        return nil
    }

    private mutating func readByline(citationAuthors: String?) {
        var names: [String]? = nil
        var rule = "article-text:byline"
        if let a = labelled("authors:") ?? labelled("author:") {
            names = TextByline.names(inLine: a) ?? TextByline.clean(a).map { [$0] }
            rule = Self.labelledAuthorsRule
        } else if let listed = headedNames() {
            names = listed
            rule = Self.labelledAuthorsRule
        } else if let t = record.title, let ti = head.first(where: { lines[$0] == t }) {
            names = bylineAfterTitle(ti)
        } else if let b = head.first(where: { lines[$0].utf8.count <= 300 && TextByline.names(inLine: lines[$0]) != nil }) {
            names = TextByline.names(inLine: lines[b])
            if record.title == nil, let t = titleAbove(b) {
                record.title = LayoutTextReading.withoutLeadingDate(t); record.note(.title, "article-text:above-byline")
            }
        } else if let t = titleAfterTypeLabel() {
            record.title = lines[t]; record.note(.title, "article-text:after-type-label")
            names = bylineAfterTitle(t)
        }
        guard let n = names else { return }
        record.authors = TextByline.people(n, citationAuthors: citationAuthors)
        if !record.authors.isEmpty { record.note(.author, rule) }
    }

    /// The byline in the few lines after the title, furniture lines skipped.
    private func bylineAfterTitle(_ t: Int) -> [String]? {
        var others = 0
        var i = t + 1
        while i < head.upperBound, others < 4 {
            let line = lines[i]
            if line.isEmpty || Self.isFurniture(line) { i += 1; continue }
            if let n = TextByline.names(inLine: line) { return n }
            // A sole author is accepted only on the first line after the title.
            if let run = TextByline.names(inRun: lines, from: i, limit: head.upperBound, minimum: others == 0 ? 1 : 2) {
                return run.names
            }
            others += 1
            i += 1
        }
        return nil
    }

    /// The line after an article-type label ("Journal Article") when it reads as a title.
    private func titleAfterTypeLabel() -> Int? {
        for i in head where ArticleTextTables.articleTypeLabels.contains(lines[i].lowercased()) {
            guard let t = TextLines.first(in: lines, from: i + 1, where: { !$0.isEmpty && !Self.isFurniture($0) }),
                  t < head.upperBound else { continue }
            if lines[t].split(separator: " ").count >= 3, lines[t].count <= 400 { return t }
        }
        return nil
    }

    /// The nearest line above the byline that is not furniture, when it reads as a title.
    private func titleAbove(_ b: Int) -> String? {
        var i = b - 1
        while i >= 0, lines[i].isEmpty || Self.isFurniture(lines[i]) { i -= 1 }
        guard i >= 0, lines[i].split(separator: " ").count >= 3, lines[i].count <= 400 else { return nil }
        return lines[i]
    }

    /// "References", "Cited by (14)": a tail heading, a counter in brackets allowed.
    static func isTailHeading(_ line: String) -> Bool {
        // 48 characters, two bytes each in Cyrillic or Greek.
        guard line.utf8.count <= 96 else { return false }
        var key = Substring(line.lowercased())
        if key.last == ")", let open = key.lastIndex(of: "("), key[key.index(after: open)...].dropLast().allSatisfy(\.isNumber) {
            key = key[..<open]
        }
        return ArticleTextTables.tailHeadings.contains(String(key).trimmingCharacters(":"))
    }

    /// The lines outside the abstract block before the reference lists.
    var body: [Int] { Array(0..<abstractHeading) + Array(abstractEnd..<max(abstractEnd, tailStart)) }

    static func isFurniture(_ line: String) -> Bool {
        guard furnitureLeads.admits(line) else { return false }
        let lower = line.lowercased()
        return ArticleTextTables.furniture.contains(lower) || ArticleTextTables.furniturePrefixes.contains { lower.hasPrefix($0) }
    }
}

extension ArticleTextReading {
    static let furnitureLeads = LeadBytes(ArticleTextTables.furniture.union(ArticleTextTables.furniturePrefixes), lowercasedLines: true)
}

extension StringProtocol {
    /// En and em dashes as "-".
    var replacingDashes: String { String(map { $0 == "\u{2013}" || $0 == "\u{2014}" ? "-" : $0 }) }
}
