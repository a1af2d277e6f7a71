import BibModel
import BibParse

/// Reads an article page saved as text from its layout, for pages no labelled reading understands: every
/// byline the page prints is paired with the title line above it, and each pair is scored by what a page
/// prints around its own article (a DOI line, a volume or citation line, an abstract heading, a published
/// date, affiliations, the title repeated in a citation). The best pair is the article; its neighbourhood
/// gives the DOI, the venue, the year and the abstract. A page with many such pairs and no heading between
/// them is a list (a table of contents, search results) and is refused.
public struct LayoutTextExtractor: Extractor {
    public let id = "layout-text"

    public init() {}

    /// Above the labelled article-text reading when it wins the comparison in `resolve`.
    static let score = 36

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text, TextReadings.of(page).resolved != nil else { return nil }
        return Self.score
    }

    public func extract(_ page: Page) throws -> [Record] {
        guard page.kind == .text, let r = TextReadings.of(page).resolved else {
            throw ExtractError.noArticle("text page without a title and byline beside a DOI, venue or abstract")
        }
        return [r]
    }

    /// The layout reading, where it beats the labelled article-text reading of the same lines: the labelled
    /// reading keeps a title it found inside the article's own citation together with a byline; otherwise the
    /// layout's title and byline stand, the labelled reading's labels (DOI, venue, dates, abstract) come
    /// next, and the layout's neighbourhood fills what is still empty. `nil` when the layout finds no article or
    /// the labelled reading wins.
    static func resolve(layout: LayoutTextReading?, labelled: ArticleTextReading?) -> Record? {
        guard let layout, layout.isArticle else { return nil }
        guard let labelled = labelled?.record, ArticleTextExtractor.isArticle(labelled) else { return layout.record }
        if labelled.evidence[Field.title.rawValue] == ArticleTextReading.citationTitleRule, !labelled.authors.isEmpty { return nil }
        // A title and authors the page labels as such ("Title: …", "Authors: …") are its own words for them.
        if labelled.evidence[Field.title.rawValue] == ArticleTextReading.labelledTitleRule,
           labelled.evidence[Field.author.rawValue] == ArticleTextReading.labelledAuthorsRule { return nil }
        // Both readings found the same article header: the labelled one stands (see `filled`).
        if labelled.title == layout.record.title, labelled.authors == layout.record.authors { return nil }
        var r = labelled
        r.title = layout.record.title; r.authors = layout.record.authors
        for f in [Field.title, .author] { r.evidence[f.rawValue] = layout.record.evidence[f.rawValue] }
        r.fillGaps(from: layout.record)
        return r
    }
}

extension LayoutTextExtractor {
    /// The labelled reading's record, and where the layout read the same title and byline, what the layout read
    /// around that header filling the fields the labels left empty (a citation line under the byline, a date).
    /// A venue is one citation: its parts come from the layout only when the layout's venue agrees with every part
    /// the labels found (volume, issue, pages, year), never to patch one citation with another's numbers.
    static func filled(_ labelled: Record, from layout: LayoutTextReading?) -> Record {
        guard let layout, layout.isArticle, labelled.title == layout.record.title, labelled.authors == layout.record.authors
        else { return labelled }
        var other = layout.record
        func differ<T: Equatable>(_ a: T?, _ b: T?) -> Bool { a != nil && b != nil && a != b }
        if differ(labelled.volume, other.volume) || differ(labelled.issue, other.issue) || differ(labelled.page, other.page)
            || differ(labelled.number, other.number) || differ(labelled.issued?.year, other.issued?.year) {
            other.containerTitle = nil; other.volume = nil; other.issue = nil; other.page = nil; other.number = nil; other.issued = nil
        }
        var r = labelled
        r.fillGaps(from: other)
        return r
    }
}

extension LayoutTextExtractor: CandidateExplaining {
    /// Every title/byline pair of a text page with its score, best first.
    func candidates(_ page: Page) -> [String] {
        guard page.kind == .text else { return [] }
        let lines = TextReadings.of(page).lines.map(LayoutTextReading.withoutListMarks)
        return LayoutTextReading.pairs(LineTable(lines)).sorted { $0.score > $1.score }.prefix(Self.explained).map { p in
            "layout-text pair \(p.score): line \(p.title + 1) \"\(lines[p.title].prefix(80))\" by \(p.byline.names.joined(separator: "; "))"
        }
    }

    /// How many pairs an explanation lists.
    static let explained = 8
}

extension Record {
    /// Takes each field `self` lacks from `other`, with its evidence.
    mutating func fillGaps(from other: Record) {
        func take<T>(_ path: WritableKeyPath<Record, T?>, _ field: Field) {
            if self[keyPath: path] == nil, let v = other[keyPath: path] {
                self[keyPath: path] = v
                if let e = other.evidence[field.rawValue] { note(field, e) }
            }
        }
        take(\.doi, .doi); take(\.containerTitle, .containerTitle); take(\.issued, .issued); take(\.volume, .volume)
        take(\.issue, .issue); take(\.abstract, .abstract); take(\.pmid, .pmid); take(\.arxiv, .arxiv)
        if page == nil && number == nil { take(\.page, .page); take(\.number, .number) }
        if keywords.isEmpty, !other.keywords.isEmpty {
            keywords = other.keywords
            if let e = other.evidence[Field.keyword.rawValue] { note(.keyword, e) }
        }
        if type == nil || other.type == .preprint { if let t = other.type { type = t } }
    }
}

/// One layout reading of a text page (see `LayoutTextExtractor`).
struct LayoutTextReading {
    let lines: [String]
    /// The same lines with what the reading asks about each.
    let table: LineTable
    /// The chosen title line and byline.
    let title: Int
    /// The title as printed, its hard-wrapped lines joined.
    let titleText: String
    let byline: LayoutByline
    /// The lines read for the article's own identifiers and venue (`neighbourhood(title:byline:in:)`).
    let neighbourhood: Range<Int>
    /// Where the lines read for its evidence end, tail headings or not.
    let evidenceEnd: Int
    var record = Record()
    /// Whether the page labels the kind of work over the title (see `WorkTypeLabels`).
    var typeLabelled = false
    /// The page's lines as printed, when they differ from `lines`.
    let printed: [String]?

    /// A title/byline pair and its score.
    struct Pair {
        let title: Int
        let byline: LayoutByline
        var score: Int
    }

    init?(_ printed: [String]) {
        self.init(table: LineTable(printed.map(Self.withoutListMarks)))
    }

    /// The reading of lines already without list marks; `printed`, the page's lines before a text browser's
    /// wrapping was undone, where the article's own citation is looked for again beside its DOI (undoing the
    /// wrap can join that citation to the line above it).
    init?(table: LineTable, printed: [String]? = nil) {
        let lines = table.lines
        self.lines = lines
        self.table = table
        self.printed = printed
        guard !ResultCounter.opensList(lines) else { return nil }
        let pairs = Self.pairs(table)
        guard let best = pairs.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.title > $1.title) }),
              best.score >= Self.minimumScore else { return nil }
        // Three articles or more, each with a title, a byline and its own DOI right under it, and no heading
        // between them and the best (references and related lists follow one): a list.
        // Only pairs that read as articles themselves count: a menu heading over a menu is no listed article.
        let itemDOIs = Set(pairs.compactMap { p -> String? in
            guard p.score >= Self.minimumScore else { return nil }
            return table.tailHeadings(in: min(p.title, best.title)...max(p.title, best.title)) ? nil : Self.itemKey(p.byline, in: table)
        })
        guard itemDOIs.count < Self.listPairs else { return nil }
        title = best.title
        titleText = Self.unwrapped(best.title, in: lines, hardWrapped: table.hardWrapped)
        byline = Self.fullerByline(of: best, among: pairs, in: lines)
        (neighbourhood, evidenceEnd) = Self.neighbourhood(title: title, byline: byline, in: table)
        read()
    }

    /// The best pair's byline, with the names of a fuller list printed under the same title elsewhere on the page:
    /// a page that prints its header twice (the full header and a compact or sticky one) shortens the byline of
    /// one ("Xiaohui Yu, Tao Sun" and no more), and the pair nearer the DOI and dates may be the short one. The
    /// byline keeps its place, so the neighbourhood read for the other fields does not move.
    static func fullerByline(of best: Pair, among pairs: [Pair], in lines: [String]) -> LayoutByline {
        let names = best.byline.names
        let fuller = pairs.filter { p in
            p.title != best.title && lines[p.title] == lines[best.title] && p.byline.names.count > names.count
                && p.byline.names.starts(with: names)
        }.max { $0.byline.names.count < $1.byline.names.count }
        guard let fuller else { return best.byline }
        return LayoutByline(start: best.byline.start, end: best.byline.end, names: fuller.byline.names)
    }

    /// A line without the bullet a text browser prints before each list item ("  • Yang Li,") and the caret it
    /// prints before superscripts ("Kourakis^1").
    static func withoutListMarks(_ line: String) -> String {
        guard let first = line.unicodeScalars.first, listMarks.contains(first) || line.containsBytes("^") else { return line }
        var s = Substring(line)
        if let f = s.unicodeScalars.first, listMarks.contains(f) { s = s.dropFirst().drop { $0 == " " } }
        return s.contains("^") ? String(s.filter { $0 != "^" }) : String(s)
    }

    /// The length of the number that opens an ordered list item ("1. Dr. Laura Falivene^1,", after any spaces); nil
    /// when the line opens with none. Whether the line was indented, as a list item is and a heading is not, is
    /// `IndentedListMarks`' question.
    static func orderedMarkLength(_ line: String) -> Int? {
        let u = Array(line.utf8.prefix(8))
        var i = 0
        while i < u.count, u[i] == 0x20 { i += 1 }
        let digits = i
        while i < u.count, u[i] >= 0x30, u[i] <= 0x39 { i += 1 }
        guard i > digits, i - digits <= 3, i + 1 < u.count, u[i] == 0x2E, u[i + 1] == 0x20 else { return nil }
        return i + 2
    }

    /// Bullets that open list items in text dumps.
    static let listMarks: Set<Unicode.Scalar> = ["\u{2022}", "\u{25E6}", "\u{25AA}", "\u{2023}", "\u{00B7}"]

    /// The score a pair needs to be read as the article.
    static let minimumScore = 8
    /// How many listed articles make a list.
    static let listPairs = 3

    /// What identifies a list item within a few lines under its byline: a DOI, a PMID or a venue line.
    static func itemKey(_ b: LayoutByline, in table: LineTable) -> String? {
        for i in b.end..<min(table.count, b.end + itemLines) where !table[i].isEmpty && table[i].utf8.count <= 300 {
            let line = table[i]
            // A heading over other works ("References") ends the item: what stands under it is theirs.
            if ArticleTextReading.isTailHeading(line) { return nil }
            if let d = table.doi(i) { return "doi:" + d }
            if line.containsBytes("PMID") { return "pmid:" + line }
            if table.volumeLine(i) != nil { return "venue:" + line }
            if line.contains(where: \.isNumber), let v = VenueLocator(citationTail: line[...]), v.volume != nil, v.pages != nil,
               let j = v.journal, VenueLocator.isJournalName(j) { return "venue:" + line }
        }
        return nil
    }

    /// How many lines under a byline a list item's DOI may stand.
    static let itemLines = 6

    /// A title and a byline are not enough (a news post has both, and a summary): an article states a DOI,
    /// a venue (journal or volume), says it is a preprint, or labels the kind of work it shows.
    var isArticle: Bool {
        !record.authors.isEmpty && (ArticleTextExtractor.isArticle(record) || record.title != nil && typeLabelled)
    }

    // MARK: Pairs

    static func pairs(_ table: LineTable) -> [Pair] {
        let lines = table.lines
        var out: [Pair] = []
        var i = 0
        let stop = min(lines.count, maxLines)
        let repeated = repeatedLines(lines[..<stop])
        while i < stop {
            // A title heads one byline, the first under it: a later line read as names (an affiliation list) under
            // the same title is not paired with it again.
            guard !repeated.contains(lines[i]), let b = LayoutBylines.byline(at: i, in: table), !listsAuthorLinks(above: b.start, in: table),
                  let t = titleLine(above: b.start, in: table), !repeated.contains(lines[t]),
                  t != out.last?.title else { i += 1; continue }
            out.append(Pair(title: t, byline: b, score: 0))
            i = max(i + 1, b.end)
        }
        // What a page prints under a byline belongs to it up to the title of the next article-like pair.
        let articleLike = out.map { $0.byline.names.count >= 2 && table.titleScore($0.title) >= 5 }
        // The next and the previous article-like pair of each pair, found in one pass each way.
        var next = [Int](repeating: lines.count, count: out.count)
        var following = lines.count
        for k in out.indices.reversed() {
            next[k] = following
            if articleLike[k] { following = out[k].title }
        }
        var previous = 0
        for k in out.indices {
            out[k].score = score(title: out[k].title, byline: out[k].byline, after: previous, before: next[k], in: table)
            if articleLike[k] { previous = out[k].byline.end }
        }
        // A tail heading ("References", "Recommended articles", "Cited by") between an earlier pair that reads as an
        // article and a later pair puts the later one in a list of other works. A heading above every pair (a
        // header's "Cited by (15)" counter) puts none there, nor does a tab among tabs.
        if let first = out.first(where: { $0.score >= minimumScore })?.title {
            for k in out.indices where out[k].title > first && table.firstTailHeading(in: first..<out[k].title) != nil {
                out[k].score -= afterTailHeadingPenalty
            }
        }
        return out
    }

    /// What a tail heading between a pair and an earlier article-like pair takes from the later pair's score.
    static let afterTailHeadingPenalty = 5

    /// Whether the line above a byline introduces links to the authors' other work ("Other ACS content by these
    /// authors:", "More articles by this author", "Articles by") or the keywords: those are no article's byline.
    static func listsAuthorLinks(above start: Int, in table: LineTable) -> Bool {
        var k = start - 1
        while k >= 0, table[k].isEmpty { k -= 1 }
        guard k >= 0, table[k].utf8.count <= 80 else { return false }
        let lower = table[k].lowercased()
        return authorLinkLabels.contains { lower.containsBytes($0) }
            || ArticleTextTables.keywordLabels.contains(lower.trimmingCharacters(":"))
    }

    /// What the label of a list of author links says.
    static let authorLinkLabels = ["by these authors", "by this author", "more articles by", "other articles by", "more by",
                                   "articles by"]

    /// Short lines printed three times or more: a site's banner or a list's label ("Wiley Online Library" above
    /// each related article), never the article's title or byline. A line of more than `bannerWords` words is no
    /// banner: a page prints its own title in its header, a sticky header and a share box.
    static func repeatedLines(_ lines: ArraySlice<String>) -> Set<String> {
        var counts: [String: Int] = [:]
        for l in lines where !l.isEmpty && l.utf8.count <= 200 && l.split(separator: " ", maxSplits: bannerWords).count <= bannerWords {
            counts[l, default: 0] += 1
        }
        return Set(counts.compactMap { $0.value >= 3 ? $0.key : nil })
    }

    /// The most words a repeated banner or list label has.
    static let bannerWords = 6

    /// Lines read for bylines: a page header is near the top; a 50,000-line menu is not read to its end.
    static let maxLines = 20_000

    /// The line above `start` that reads best as a title: among the few non-empty lines above it (furniture
    /// skipped), each scored by `titleScore`, nearer lines preferred.
    static func titleLine(above start: Int, in table: LineTable) -> Int? {
        var best: (line: Int, score: Int)? = nil
        var i = start - 1
        var seen = 0, passed = 0
        while i >= 0, seen < titleLinesTried, start - i <= titleLinesTried * 2 + passed {
            defer { i -= 1 }
            if table[i].isEmpty { continue }
            // Furniture, tabs and citing header lines are passed over, and widen the search by their number.
            if table.isSkippedAboveByline(i) { passed = min(passed + 1, maxTabLines); continue }
            if passed < maxTabLines, isTabLine(i, before: start, in: table) || isCitingHeader(i, in: table) { passed += 1; continue }
            seen += 1
            guard table.isTitle(i), !isVenueHeader(i, in: table) else { continue }
            // A line a text browser broke off the title above it is scored as the whole title.
            let s = table.unwrappedTitleScore(i) - 6 * (seen - 1)
            if s > (best?.score ?? Int.min) { best = (i, s) }
        }
        return best.map { parallelTitle(above: $0.line, in: table) ?? $0.line }
    }

    /// A line of a run of three or more one-to-three-word lines, with no line of more between them (empty
    /// lines aside): the tabs or menu a page prints between its title and its byline ("Article", "Related
    /// content", "Metrics", "Responses", "Peer review"). The title search passes over it.
    /// Only lines above `end` (the byline) count.
    static func isTabLine(_ i: Int, before end: Int, in table: LineTable) -> Bool {
        guard isShortMenuWord(table[i]) else { return false }
        var run = 1
        for step in [-1, 1] {
            var k = i + step
            while k >= 0, k < end, run < 3 {
                if table[k].isEmpty { k += step; continue }
                guard isShortMenuWord(table[k]) else { break }
                run += 1; k += step
            }
        }
        return run >= 3
    }

    /// One to three words, no sentence or clause punctuation, no digits: a tab or menu entry.
    static func isShortMenuWord(_ line: String) -> Bool {
        guard line.utf8.count <= 32, let last = line.last, last != ".", last != ",", last != ":" else { return false }
        let words = line.split(separator: " ")
        return (1...3).contains(words.count) && !line.contains(where: \.isNumber)
    }

    /// A line of the article's header that states its DOI or cites it ("BMJ 2016; 353 doi: …", "Cite this as: …"),
    /// printed between a title and its byline on many sites: the title search passes over it.
    static func isCitingHeader(_ i: Int, in table: LineTable) -> Bool {
        let line = table[i]
        guard line.utf8.count <= 300 else { return false }
        if table.doi(i) != nil { return true }
        guard citationLeads.admits(line) else { return false }
        let lower = line.prefix(40).lowercased()
        return (ArticleTextTables.citationPrefixes + citedAsPrefixes).contains { lower.hasPrefix($0) }
    }

    /// How many tab or menu lines the title search passes over.
    static let maxTabLines = 10

    /// A line the title search above a byline passes over without counting it: furniture, an article-type label,
    /// a search link under the title ("thomson s [Google Scholar]").
    static func isSkippedAboveByline(_ line: String) -> Bool {
        ArticleTextReading.isFurniture(line)
            || Self.typeLabelLeads.admits(line) && ArticleTextTables.articleTypeLabels.contains(line.lowercased())
            || line.utf8.count <= 80 && endsWithReferenceLinks(line.lowercased())
    }

    /// A title printed over its translation in another script ("On the theory of identical particles" over
    /// "К теории тождественных частиц"): the upper line is the title the page gives first.
    static func parallelTitle(above t: Int, in table: LineTable) -> Int? {
        var j = t - 1
        while j >= 0, table[j].isEmpty { j -= 1 }
        guard j >= 0, table.isTitle(j), !isVenueHeader(j, in: table), table.titleScore(j) >= 4,
              let upper = latinShare(table[j]), let lower = latinShare(table[t]), abs(upper - lower) >= 0.8 else { return nil }
        return j
    }

    /// The share of a line's letters that are Latin (nil when it has none).
    static func latinShare(_ line: String) -> Double? {
        var letters = 0, latin = 0
        for u in line.unicodeScalars where u.properties.isAlphabetic {
            letters += 1
            if u.value < 0x250 { latin += 1 }
        }
        return letters == 0 ? nil : Double(latin) / Double(letters)
    }

    /// A line printed right above a volume line ("Annual Review of Condensed Matter Physics" over "Vol. 6:15-38",
    /// "Advanced Science" over "Volume 3, Issue 4, April 2016") is the journal of a page header, not the title.
    static func isVenueHeader(_ i: Int, in table: LineTable) -> Bool {
        var k = i + 1
        while k < table.count, table[k].isEmpty { k += 1 }
        guard k < table.count, let v = table.volumeLine(k) else { return false }
        return v.journal == nil
    }

    static let typeLabelLeads = LeadBytes(ArticleTextTables.articleTypeLabels, lowercasedLines: true)

    /// How many non-empty lines above a byline are tried as its title.
    static let titleLinesTried = 4

    /// How much a line reads as an article title: words enough to state a topic, small words between them;
    /// an affiliation, a breadcrumb, a menu action or several sentences read as something else.
    static func titleScore(_ line: String) -> Int {
        let words = line.split(separator: " ")
        var s = min(words.count, 8)
        if words.count <= 2 { s -= 3 }
        let lower = line.lowercased()
        if words.count >= 3, words.dropFirst().contains(where: { titleSmallWords.contains($0.lowercased()) }) { s += 2 }
        if TextByline.isAffiliation(lower) { s -= 10 }
        if line.containsBytes(">") || line.containsBytes("\u{203A}") || line.containsBytes("\u{00BB}") { s -= 10 }
        if let first = words.first, ArticleTextTables.nonNameWords.contains(first.lowercased()) { s -= 10 }
        // Running text cut at a line start ("it is properly attributed.") or addressed to the reader ("You
        // currently do not have any folders"): page text, not a title.
        if let first = words.first, first.count >= 2, first.allSatisfy({ $0.isLowercase }) { s -= 6 }
        if words.contains(where: { ["you", "your"].contains($0.lowercased()) }) { s -= 6 }
        if String(line.dropLast()).containsBytes(". "), line.split(separator: ".").count > 2 { s -= 4 }
        // A host name in the line ("… hosted at iucr.org is unavailable"): a notice, not a title.
        if words.contains(where: { w in
            guard let dot = w.firstIndex(of: "."), dot != w.startIndex, w.index(after: dot) < w.endIndex else { return false }
            return w[w.index(before: dot)].isLetter && w[w.index(after: dot)].isLowercase
        }) { s -= 6 }
        return s
    }

    /// Short words that join the words of a title ("of", "the", "in") and that menus and names rarely hold.
    static let titleSmallWords: Set<String> = [
        "of", "the", "in", "and", "for", "a", "an", "on", "with", "to", "by", "from", "as", "at", "via", "into", "de", "la",
        "le", "des", "du", "der", "die", "und", "von", "del", "el", "en", "y", "da", "do", "e", "di",
    ]

    /// The title line with the lines above it that a text browser broke off it: a line of at most `wrapWidth`
    /// columns joins the next when the next's first word would not have fitted on it. A page that is not
    /// `hardWrapped` (a browser's copy, a page's markup) prints each line whole, and none is joined.
    static func unwrapped(_ t: Int, in lines: [String], hardWrapped: Bool) -> String {
        var text = lines[t]
        var i = t
        while hardWrapped, i > 0, t - i < 3 {
            let upper = lines[i - 1]
            guard !upper.isEmpty, upper.count <= wrapWidth, let word = text.split(separator: " ").first,
                  upper.count + 1 + word.count > wrapWidth - wrapSlack, !ArticleTextReading.isFurniture(upper),
                  !isHeaderLine(upper) else { break }
            text = upper + " " + text
            i -= 1
        }
        return withoutBracketedSubscripts(withoutLeadingDate(withoutTitleLabel(text)))
    }

    /// A title without the label a details table prints before it ("Title: Sharp Strichartz estimates …").
    static func withoutTitleLabel(_ title: String) -> String {
        for label in titleLabels where title.count > label.count + 3 && title.prefix(label.count).lowercased() == label {
            return String(title.dropFirst(label.count)).trimmingSpaces
        }
        return title
    }

    /// Labels of a title on its line, lower-cased with their colon.
    static let titleLabels = ["title:", "titre :", "titre:", "título:", "titel:", "titolo:", "заглавие:", "название:"]

    /// A title as a text browser prints its subscripts, in brackets glued to the letter before them ("Ni[12]P[5]"
    /// for Ni₁₂P₅), with the brackets dropped; a bracket after a space (a reference "[12]") stays.
    static func withoutBracketedSubscripts(_ title: String) -> String {
        guard title.containsBytes("[") else { return title }
        var out = ""
        var rest = Substring(title)
        while let open = rest.firstIndex(of: "[") {
            let before = rest[..<open]
            out += before
            let after = rest[rest.index(after: open)...]
            guard let last = before.last ?? out.last, last.isLetter || last == ")",
                  let close = after.firstIndex(of: "]"), case let inner = after[..<close],
                  (1...3).contains(inner.count), inner.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                out.append("[")
                rest = after
                continue
            }
            out += inner
            rest = after[after.index(after: close)...]
        }
        return out + rest
    }

    /// A line of the page's header that no title continues: a breadcrumb ("Home > Journals > … > Article") or a
    /// line stating a DOI or a link ("DOI: 10.1039/C6OB02074G (Paper) Org. Biomol. Chem., 2016").
    static func isHeaderLine(_ line: String) -> Bool {
        line.containsBytes(" > ") || line.containsBytes("\u{203A}") || line.containsBytes("\u{00BB}")
            || line.containsBytes("http") || line.containsBytes("10.") && DOI.parse(line) != nil
    }

    /// A title without the issue date some sites print on the same line before it ("1 October 2015 Delocalization
    /// of …", "March/April 2014 An analysis …"): day, month and year words with a year among them, when a title
    /// of three words or more remains.
    static func withoutLeadingDate(_ title: String) -> String {
        let words = title.split(separator: " ")
        var k = 0
        var year = false
        while k < words.count {
            let w = String(words[k]).trimmingCharacters(",")
            if VenueLocator.isYear(w) { year = true } else if !isMonth(w) && !(w.count <= 2 && w.allSatisfy { $0.isNumber }) { break }
            k += 1
        }
        guard year, k >= 2, words.count - k >= 3 else { return title }
        return words[k...].joined(separator: " ")
    }

    /// A month name or abbreviation, or two joined by a slash ("March/April").
    static func isMonth(_ word: String) -> Bool { VenueLocator.isMonthWord(word[...]) }

    /// The width text browsers wrap a dump at, and how many columns short of it a wrap may fall.
    static let wrapWidth = 80
    static let wrapSlack = 2

    /// A line that can be an article's title: a few words to a few dozen, not a label, date, name list,
    /// volume line or breadcrumb. `names` gives `TextByline.names(inLine: line)`, which a line table remembers.
    static func isTitle(_ line: String, names: () -> [String]?) -> Bool {
        let words = line.split(separator: " ")
        guard (2...60).contains(words.count), line.count >= 10, line.count <= 400, let last = line.last, !":,;".contains(last),
              line.first.map({ $0.isLetter || $0.isNumber || "\"'‘“¿¡(".contains($0) }) == true,
              !line.containsBytes(" | "), !line.containsBytes("©"), !line.containsBytes("http"),
              names() == nil, VenueLocator(volumeLine: line) == nil else { return false }
        if line.count <= 40, PartialDate.parse(line) != nil { return false }
        let lower = line.lowercased()
        if ArticleTextTables.furniturePrefixes.contains(where: { lower.hasPrefix($0) }) { return false }
        if opensWithCitedName(words) || isCitedVenue(line) || endsWithReferenceLinks(lower) || isConsentNotice(lower) { return false }
        return !words.allSatisfy { w in
            let key = w.lowercased()
            return ArticleTextTables.nonNameWords.contains(key) || key == "and" || key == "&" || key == "of"
        }
    }

    /// A reference entry with the links a reference list prints after it, glued by the copy ("P. J. Hilton:An
    /// Introduction to Homotopy Theory (Cambridge, 1953).Google Scholar", "… 399 (1948).CrossRef"). `lower` is
    /// lower-cased.
    static func endsWithReferenceLinks(_ lower: String) -> Bool {
        referenceLinks.contains { lower.hasSuffix($0) }
    }

    /// A cookie or consent notice ("This website uses cookies to ensure you get the best experience", "Cookie
    /// settingsAccept all cookies"): the word with the notice's actions or its address to the reader. `lower` is
    /// lower-cased.
    static func isConsentNotice(_ lower: String) -> Bool {
        lower.containsBytes("cookie") && consentWords.contains { lower.containsBytes($0) }
    }

    /// What a consent notice says beside "cookie", lower-cased.
    static let consentWords = ["accept", "settings", "preferences", "this website", "this site", "our site", "our website",
                               "we use", "got it", "learn more", "best experience", "reject", "manage", "consent to"]

    /// The link labels that close a reference entry, lower-cased.
    static let referenceLinks = ["google scholar", "crossref", "pubmed", "pubmed central", "mathscinet", "zbmath", "web of science",
                                 "scopus", "[crossref]", "[google scholar]", "[pubmed]"]

    /// A reference entry's lead: a family name, a comma and an initial ("SOARES, M. Novas práticas …",
    /// "Okafor, C. N. (2005) …"), which no title opens with.
    static func opensWithCitedName(_ words: [Substring]) -> Bool {
        guard words.count >= 2, let first = words.first, first.count >= 3, first.hasSuffix(","), first.first?.isUppercase == true
        else { return false }
        let initial = words[1].hasSuffix(".,") ? words[1].dropLast() : words[1]
        return initial.count <= 5 && initial.hasSuffix(".") && initial.first?.isUppercase == true
            && initial.dropLast().allSatisfy { $0.isLetter && $0.isUppercase || $0 == "." || $0 == "-" }
    }

    /// A cited venue with its volume and pages ("Chemistry of Materials 2015 27 (11), 3783-3784", "Nature 430,
    /// 694–699 (2004)"): a line of a reference or cited-by list, not a title.
    static func isCitedVenue(_ line: String) -> Bool {
        guard line.contains(where: \.isNumber), let v = VenueLocator(citationTail: line[...]), v.volume != nil, v.pages != nil,
              let j = v.journal, VenueLocator.isJournalName(j) else { return false }
        // After the journal only numbers and locator labels: "2 K to 30 K Range" is a title's own words.
        return line.dropFirst(j.count).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).allSatisfy { w in
            w.contains(where: \.isNumber) || locatorWords.contains(w.lowercased())
        }
    }

    /// Words a cited venue's locator may hold besides numbers.
    static let locatorWords: Set<String> = ["pp", "p", "vol", "no", "nr", "issue", "art", "article", "suppl", "pt"]

    /// What the page prints around a pair for its own article.
    static func score(title t: Int, byline b: LayoutByline, after previous: Int, before next: Int, in table: LineTable) -> Int {
        let lines = table.lines
        var s = b.names.count >= 2 ? 4 + min(b.names.count, 6) : (isSoleAuthor(b.names[0]) ? 1 : -10)
        // Every name in capitals: buttons and headings ("FIRST PAGE; CITED BY") more often than a byline.
        if b.names.allSatisfy({ !isSoleAuthor($0) }) { s -= 6 }
        s += table.titleScore(t) / 2
        // A title of one or two words is most often a menu entry above a menu.
        if lines[t].split(separator: " ").count <= 2 { s -= 4 }
        let window = b.end..<max(b.end, min(next, b.end + evidenceLines))
        var doi = false, venue = false, abstract = false, date = false, affiliation = false
        for i in window {
            let line = lines[i]
            guard !line.isEmpty, line.utf8.count <= 400 else { continue }
            if !doi, table.doi(i) != nil { doi = true }
            if !venue, table.volumeLine(i) != nil { venue = true }
            if !abstract, table.isAbstractHeading(i) { abstract = true }
            if !date, table.isPublishedLabel(i) { date = true }
            if !affiliation, i < b.end + 12, table.isAffiliation(i) { affiliation = true }
        }
        // A header printed above the title (journal, volume line, DOI) counts as well.
        for i in min(t, max(previous, t - linesAboveTitle))..<t where !lines[i].isEmpty && lines[i].utf8.count <= 400 {
            if !doi, table.doi(i) != nil { doi = true }
            if !venue, table.volumeLine(i) != nil { venue = true }
        }
        s += (doi ? 4 : 0) + (venue ? 3 : 0) + (abstract ? 3 : 0) + (date ? 2 : 0) + (affiliation ? 2 : 0)
        // The title printed again inside a longer line: the page's own citation.
        let title = lines[t]
        let titleCount = title.count
        // The byte tests first: they are cheap, and a line that does not hold the title's bytes is not counted.
        let holders = titleCount >= 20 ? table.lines(holding: title).filter { k in
            let line = lines[k]
            return k != t && line.utf8.count <= LineTable.holderLineLimit && line.utf8.count >= title.utf8.count
                && line.count > titleCount + 10
        } : []
        if !holders.isEmpty {
            // A citation that also names the byline's first author ("Jacques Friedel. Déplacement de Knight dans les
            // alliages. Journal de Physique …") restates the pair as the page's own work.
            let family = b.names[0].split(separator: " ").last.map(String.init) ?? ""
            s += family.count >= 2 && holders.contains(where: { lines[$0].contains(family) }) ? ownCitationBonus : 3
        }
        return s
    }

    /// What a citation of the pair's title and first author, printed elsewhere on the page, adds to its score.
    static let ownCitationBonus = 8

    static let publishedLeads = LeadBytes(ArticleTextTables.publishedLabels, lowercasedLines: true)

    /// A line that starts with a published label ("Published: 10 April 2019", "First published").
    static func isPublishedLabel(_ line: String) -> Bool {
        guard publishedLeads.admits(line) else { return false }
        let lower = line.lowercased()
        return ArticleTextTables.publishedLabels.contains(where: { lower.hasPrefix($0) })
    }

    /// A single name that can be a sole author: no word in capitals ("AoB PLANTS", "FOR CONTRIBUTORS").
    static func isSoleAuthor(_ name: String) -> Bool {
        !name.split(separator: " ").contains { w in w.count >= 3 && w.allSatisfy { $0.isUppercase || !$0.isLetter } }
    }

    /// How many lines above a title may hold its article's header (journal, volume line, DOI).
    static let linesAboveTitle = 10

    /// How many lines after a byline may hold its article's DOI, venue, date or abstract heading.
    static let evidenceLines = 40
}
