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
        guard page.kind == .text, let r = ArticleTextReading(page.lines)?.record,
              r.title != nil, r.doi != nil || !r.authors.isEmpty else { return nil }
        return Self.score
    }

    public func extract(_ page: Page) throws -> [Record] {
        guard let r = ArticleTextReading(page.lines)?.record, r.title != nil else {
            throw ExtractError.noArticle("text page without an abstract heading and a title")
        }
        return [r]
    }
}

/// One reading of an article text page (see `ArticleTextExtractor`).
struct ArticleTextReading {
    private let lines: [String]
    /// The abstract heading chosen and where the abstract ends.
    private let abstractHeading: Int
    /// Where the abstract block ends.
    private let abstractEnd: Int
    /// Where the reference lists and recommendations begin.
    private let tailStart: Int
    private(set) var record = Record()

    init?(_ lines: [String]) {
        guard let abstract = Self.abstract(lines) else { return nil }
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

    private var head: Range<Int> { 0..<abstractHeading }

    private mutating func read() {
        var venue = VenueLocator()
        var citationAuthors: String? = nil
        if let c = citationWithTitle() {
            record.title = c.title; record.note(.title, "article-text:citation-title")
            let authors = c.line[..<c.range.lowerBound]
            citationAuthors = String(authors)
            if let y = Self.parenthesisedYear(authors) { venue.date = y }
            if let v = VenueLocator(citationTail: c.line[c.range.upperBound...]) { venue.fill(from: v) }
            if let d = DOI.parse(String(c.line[c.range.upperBound...])) { record.doi = d; record.note(.doi, "article-text:citation") }
        }
        if record.title == nil, let t = labelled("title:") {
            record.title = t; record.note(.title, "label:Title")
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
        if venue.pages == nil { venue.pages = pageLabel() }
        if venue.date == nil { venue.date = publishedDate() }
        apply(venue)
        if lines.contains(where: { l in
            l.utf8.count <= 300 && ArticleTextTables.preprintMarkers.contains { l.lowercased().containsBytes($0) }
        }) {
            record.type = .preprint; record.note(.type, "article-text:preprint-marker")
        }
        LabelFields.inferType(&record)
    }

    private mutating func apply(_ v: VenueLocator) {
        let rule = "article-text:venue"
        if let j = v.journal { record.containerTitle = j; record.note(.containerTitle, rule) }
        if let d = v.date { record.issued = d; record.note(.issued, rule) }
        if let x = v.volume { record.volume = x; record.note(.volume, rule) }
        if let x = v.issue { record.issue = x; record.note(.issue, rule) }
        if let p = v.pages {
            // A range is a page span; a single locator ("512", "e0213978") is an article number.
            if p.contains("-") || p.contains("\u{2013}") { record.page = p; record.note(.page, rule) }
            else { record.number = p; record.note(.number, rule) }
        }
    }

    // MARK: Abstract

    /// The first abstract heading whose block holds prose, its paragraphs and the line where it ends;
    /// `nil` when there is none or when three or more headings make the page a list.
    static func abstract(_ lines: [String]) -> (heading: Int, paragraphs: [String], end: Int)? {
        var found: (heading: Int, paragraphs: [String], end: Int)? = nil
        var headings = 0
        var i = 0
        while i < lines.count {
            guard let inline = abstractHeading(lines[i]) else { i += 1; continue }
            headings += 1
            var block = inline.isEmpty ? [] : [inline]
            var j = i + 1
            while j < lines.count, abstractHeading(lines[j]) == nil, !isAbstractEnd(lines[j]) { block.append(lines[j]); j += 1 }
            if found == nil, block.contains(where: { TextLines.isProse($0, minLength: 60) }) {
                found = (i, paragraphs(block), j)
            }
            i = j
        }
        return headings >= 3 ? nil : found
    }

    /// "" for a heading alone ("Abstract", "ABSTRACT", "Abstract:"), the text after "Abstract:" when the
    /// abstract follows on the same line, `nil` for other lines.
    static func abstractHeading(_ line: String) -> String? {
        guard !line.isEmpty else { return nil }
        let lower = line.prefix(12).lowercased()
        if line.utf8.count <= 24, ArticleTextTables.abstractHeadings.contains(line.lowercased().trimmingCharacters(":")) { return "" }
        guard lower.hasPrefix("abstract:") else { return nil }
        return String(line.dropFirst("abstract:".count)).trimmingSpaces
    }

    /// A heading or label that follows the abstract, a DOI line or a byline (the next item of a list).
    static func isAbstractEnd(_ line: String) -> Bool {
        let lower = line.prefix(40).lowercased()
        if line.utf8.count <= 48, ArticleTextTables.abstractEndLines.contains(lower.trimmingCharacters(":")) { return true }
        if ArticleTextTables.abstractEndPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        if ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        return line.utf8.count <= 300 && !TextLines.isProse(line) && TextByline.names(inLine: line) != nil
    }

    /// Each line a paragraph; a structured-abstract label alone on its line ("Background") opens the next.
    static func paragraphs(_ block: [String]) -> [String] {
        var out: [String] = []
        var label: String? = nil
        for line in block where !line.isEmpty {
            let key = line.lowercased().trimmingCharacters(":")
            if BareAbstractExtractor.sectionLabels.contains(key) { label = line.trimmingCharacters(":"); continue }
            out.append(label.map { $0 + ": " + line } ?? line)
            label = nil
        }
        return out
    }

    // MARK: Title and byline

    /// The article's own citation and the title found in it: the longest header line it contains.
    private func citationWithTitle() -> (line: String, title: String, range: Range<String.Index>)? {
        let candidates = head.map { lines[$0] }.filter { l in
            l.count >= 15 && l.split(separator: " ").count >= 3 && !ArticleTextTables.furniture.contains(l.lowercased())
        }
        for i in lines.indices {
            guard let cite = citation(at: i) else { continue }
            let titles = candidates.compactMap { t -> (String, Range<String.Index>)? in
                guard t.count < cite.count, let r = cite.firstRange(of: t), Self.endsTitle(cite, t, at: r) else { return nil }
                return (t, r)
            }
            if let (t, r) = titles.max(by: { $0.0.count < $1.0.count }) { return (cite, t, r) }
        }
        return nil
    }

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
            rule = "label:Authors"
        } else if let t = record.title, let ti = head.first(where: { lines[$0] == t }) {
            names = bylineAfterTitle(ti)
        } else if let b = head.first(where: { lines[$0].utf8.count <= 300 && TextByline.names(inLine: lines[$0]) != nil }) {
            names = TextByline.names(inLine: lines[b])
            if record.title == nil, let t = titleAbove(b) { record.title = t; record.note(.title, "article-text:above-byline") }
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
        guard line.utf8.count <= 48 else { return false }
        var key = Substring(line.lowercased())
        if key.last == ")", let open = key.lastIndex(of: "("), key[key.index(after: open)...].dropLast().allSatisfy(\.isNumber) {
            key = key[..<open]
        }
        return ArticleTextTables.tailHeadings.contains(String(key).trimmingCharacters(":"))
    }

    /// The lines outside the abstract block before the reference lists.
    private var body: [Int] { Array(0..<abstractHeading) + Array(abstractEnd..<max(abstractEnd, tailStart)) }

    static func isFurniture(_ line: String) -> Bool {
        let lower = line.lowercased()
        return ArticleTextTables.furniture.contains(lower) || ArticleTextTables.furniturePrefixes.contains { lower.hasPrefix($0) }
    }

    // MARK: Identifiers and venue

    /// The DOI of a labelled line before the reference lists, or of a "DOI" label block anywhere.
    private func labelledDOI() -> String? {
        if let d = body.lazy.compactMap(labelledDOI(at:)).first { return d }
        for i in lines.indices where ArticleTextTables.doiLabels.contains(lines[i].lowercased()) {
            if let n = TextLines.first(in: lines, from: i + 1, where: { !$0.isEmpty }), let d = DOI.parse(lines[n]) { return d }
        }
        return nil
    }

    /// The DOI of line `i` when the line is a DOI line ("DOI: …", "https://doi.org/…", a bare DOI).
    private func labelledDOI(at i: Int) -> String? {
        let lower = lines[i].prefix(40).lowercased()
        if ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }) { return DOI.parse(lines[i]) }
        return lower.hasPrefix("10.") && lines[i].count <= 80 ? DOI.parse(lines[i]) : nil
    }

    /// The first volume line before the reference lists, its gaps filled by later volume lines stating the
    /// same volume (a header "Volume 21" and a citation "…, Volume 21, Issue 3, May 2021, Pages 401–425");
    /// a venue-less one takes the journal from the nearest line above that is not furniture.
    private func volumeLines() -> (venue: VenueLocator, doi: String?, journalOnLine: Bool)? {
        var found: VenueLocator? = nil
        var doi: String? = nil
        var journalOnLine = false
        for i in body {
            guard var v = VenueLocator(volumeLine: lines[i]) else { continue }
            if found == nil || found?.journal == nil { journalOnLine = v.journal != nil }
            if v.journal == nil { v.journal = venueAbove(i) }
            if var f = found {
                guard f.volume == v.volume else { continue }
                f.fill(from: v); found = f
            } else {
                found = v
            }
            if doi == nil { doi = DOI.parse(lines[i]) }
        }
        return found.map { ($0, doi, journalOnLine) }
    }

    private func venueAbove(_ i: Int) -> String? {
        var k = i - 1
        while k >= 0, lines[k].isEmpty || Self.isFurniture(lines[k]) { k -= 1 }
        guard k >= 0 else { return nil }
        let line = lines[k]
        guard line.count <= 120, line.first?.isUppercase == true, line != record.title,
              !line.contains(where: { $0.isNumber || $0 == ":" || $0 == "|" }) else { return nil }
        return line
    }

    /// A short header line that cites the journal and ends with the article's DOI ("Water 2020, 12(7), 1987;
    /// https://doi.org/…").
    private func doiLineVenue(_ doi: String) -> VenueLocator? {
        let doi = doi.lowercased()
        let prefix = String(doi.prefix { $0 != "/" })
        for i in body where lines[i].utf8.count <= 300 && lines[i].containsBytes(prefix) && lines[i].lowercased().containsBytes(doi) {
            let lower = lines[i].prefix(40).lowercased()
            if ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }) { continue }
            if let v = VenueLocator(citationTail: lines[i][...]) { return v }
        }
        return nil
    }

    /// "Pages 1187-1199 | …", "Page(s): 1402 - 1413".
    private func pageLabel() -> String? {
        for i in body {
            let lower = lines[i].prefix(12).lowercased()
            guard let label = ArticleTextTables.pageLabels.first(where: { lower.hasPrefix($0) }) else { continue }
            let value = lines[i].dropFirst(label.count).prefix { $0 != "|" && $0 != "," }
            let squeezed = value.filter { $0 != " " }.replacingDashes
            if let f = squeezed.first, f.isNumber || f.isLetter, squeezed.contains(where: \.isNumber), squeezed.count <= 20 {
                return squeezed
            }
        }
        return nil
    }

    /// The date after the most telling "Published" label on a short line before the reference lists, or on
    /// the line after a label alone (article-information blocks follow the references on some sites).
    private func publishedDate() -> PartialDate? {
        var best: (rank: Int, date: PartialDate)? = nil
        let labels = ArticleTextTables.publishedLabels
        for i in lines.indices where !lines[i].isEmpty && lines[i].utf8.count <= 300 {
            let lower = lines[i].lowercased()
            guard labels.contains(where: { lower.containsBytes($0) }) else { continue }
            if let rank = labels.firstIndex(of: lower), let n = TextLines.first(in: lines, from: i + 1, where: { !$0.isEmpty }),
               let d = PartialDate.parse(lines[n]) {
                if rank < (best?.rank ?? Int.max) { best = (rank, d) }
                continue
            }
            guard i < tailStart else { continue }
            for segment in lower.split(whereSeparator: { $0 == "|" || $0 == ";" }) {
                let s = String(segment).trimmingSpaces
                for (rank, label) in labels.enumerated() where rank < (best?.rank ?? Int.max) {
                    guard let value = Self.value(of: label, in: s) else { continue }
                    let date = PartialDate.parse(value) ?? PartialDate.parse(String(value.prefix { $0 != "," }))
                    if let d = date { best = (rank, d) }
                }
            }
        }
        return best?.date
    }

    /// The text after `label` at the start of `segment` or after ", ".
    private static func value(of label: String, in segment: String) -> String? {
        if segment.hasPrefix(label) { return String(segment.dropFirst(label.count)) }
        guard let r = segment[...].firstByteRange(of: ", " + label) else { return nil }
        return String(segment[r.upperBound...])
    }

    /// "(2019)" in the author part of a citation.
    private static func parenthesisedYear(_ s: Substring) -> PartialDate? {
        var rest = s
        while let open = rest.firstIndex(of: "(") {
            let inner = rest[rest.index(after: open)...].prefix { $0 != ")" }
            if VenueLocator.isYear(String(inner)) { return PartialDate.parse(String(inner)) }
            rest = rest[rest.index(after: open)...]
        }
        return nil
    }
}

extension StringProtocol {
    /// En and em dashes as "-".
    var replacingDashes: String { String(map { $0 == "\u{2013}" || $0 == "\u{2014}" ? "-" : $0 }) }
}
