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
        guard page.kind == .text, Self.resolve(page.lines) != nil else { return nil }
        return Self.score
    }

    public func extract(_ page: Page) throws -> [Record] {
        guard let r = Self.resolve(page.lines) else {
            throw ExtractError.noArticle("text page without a title and byline beside a DOI, venue or abstract")
        }
        return [r]
    }

    /// The layout reading, where it beats the labelled article-text reading of the same lines: the labelled
    /// reading keeps a title it found inside the article's own citation together with a byline; otherwise the
    /// layout's title and byline stand, the labelled reading's labels (DOI, venue, dates, abstract) come
    /// next, and the layout's neighbourhood fills what is still empty. `nil` when the layout finds no
    /// article or the labelled reading wins.
    static func resolve(_ lines: [String]) -> Record? {
        guard let layout = LayoutTextReading(lines), layout.isArticle else { return nil }
        guard let labelled = ArticleTextReading(lines)?.record, ArticleTextExtractor.isArticle(labelled) else { return layout.record }
        if labelled.evidence[Field.title.rawValue] == ArticleTextReading.citationTitleRule, !labelled.authors.isEmpty { return nil }
        // Both readings found the same article header: the labelled one stands.
        if labelled.title == layout.record.title, labelled.authors == layout.record.authors { return nil }
        var r = labelled
        r.title = layout.record.title; r.authors = layout.record.authors
        for f in [Field.title, .author] { r.evidence[f.rawValue] = layout.record.evidence[f.rawValue] }
        r.fillGaps(from: layout.record)
        return r
    }
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
        if keywords.isEmpty, !other.keywords.isEmpty { keywords = other.keywords; note(.keyword, other.evidence[Field.keyword.rawValue] ?? "") }
        if type == nil || other.type == .preprint { if let t = other.type { type = t } }
    }
}

/// One layout reading of a text page (see `LayoutTextExtractor`).
struct LayoutTextReading {
    let lines: [String]
    /// The chosen title line and byline.
    let title: Int
    /// The title as printed, its hard-wrapped lines joined.
    let titleText: String
    let byline: LayoutByline
    var record = Record()

    /// A title/byline pair and its score.
    struct Pair {
        let title: Int
        let byline: LayoutByline
        var score: Int
    }

    init?(_ lines: [String]) {
        self.lines = lines
        let pairs = Self.pairs(lines)
        guard let best = pairs.max(by: { $0.score < $1.score || ($0.score == $1.score && $0.title > $1.title) }),
              best.score >= Self.minimumScore else { return nil }
        // Many pairs as strong as the best with no tail heading between them: a list of articles, not one.
        let listed = pairs.filter { p in
            p.score >= best.score - Self.listMargin && p.byline.names.count >= 2
                && !(min(p.title, best.title)..<max(p.title, best.title)).contains { ArticleTextReading.isTailHeading(lines[$0]) }
        }
        guard listed.count < Self.listPairs else { return nil }
        title = best.title
        titleText = Self.unwrapped(best.title, in: lines)
        byline = best.byline
        read()
    }

    /// The score a pair needs to be read as the article.
    static let minimumScore = 8
    /// How many article-like pairs make a list.
    static let listPairs = 3
    /// How far below the best pair a pair still counts as a list item.
    static let listMargin = 4

    /// A title and a byline are not enough (a news post has both, and a summary): an article states a DOI,
    /// a venue (journal or volume), or says it is a preprint.
    var isArticle: Bool {
        !record.authors.isEmpty && ArticleTextExtractor.isArticle(record)
    }

    // MARK: Pairs

    static func pairs(_ lines: [String]) -> [Pair] {
        var out: [Pair] = []
        var i = 0
        let stop = min(lines.count, maxLines)
        let repeated = repeatedLines(lines[..<stop])
        while i < stop {
            guard !repeated.contains(lines[i]), let b = LayoutBylines.byline(at: i, in: lines),
                  let t = titleLine(above: b.start, in: lines), !repeated.contains(lines[t]) else { i += 1; continue }
            out.append(Pair(title: t, byline: b, score: score(title: t, byline: b, in: lines)))
            i = max(i + 1, b.end)
        }
        return out
    }

    /// Short lines printed three times or more: a site's banner or a list's label ("Wiley Online Library" above
    /// each related article), never the article's title or byline.
    static func repeatedLines(_ lines: ArraySlice<String>) -> Set<String> {
        var counts: [String: Int] = [:]
        for l in lines where !l.isEmpty && l.utf8.count <= 200 { counts[l, default: 0] += 1 }
        return Set(counts.compactMap { $0.value >= 3 ? $0.key : nil })
    }

    /// Lines read for bylines: a page header is near the top; a 50,000-line menu is not read to its end.
    static let maxLines = 20_000

    /// The nearest line above `start` that reads as a title, furniture and blank lines skipped.
    static func titleLine(above start: Int, in lines: [String]) -> Int? {
        var i = start - 1
        var skipped = 0
        while i >= 0, skipped < 6, lines[i].isEmpty || ArticleTextReading.isFurniture(lines[i])
                || ArticleTextTables.articleTypeLabels.contains(lines[i].lowercased()) {
            i -= 1; skipped += 1
        }
        guard i >= 0, isTitle(lines[i]) else { return nil }
        return i
    }

    /// The title line with the lines above it that a text browser broke off it: a line of at most `wrapWidth`
    /// columns joins the next when the next's first word would not have fitted on it.
    static func unwrapped(_ t: Int, in lines: [String]) -> String {
        var text = lines[t]
        var i = t
        while i > 0, t - i < 3 {
            let upper = lines[i - 1]
            guard !upper.isEmpty, upper.count <= wrapWidth, let word = text.split(separator: " ").first,
                  upper.count + 1 + word.count > wrapWidth - wrapSlack, !ArticleTextReading.isFurniture(upper) else { break }
            text = upper + " " + text
            i -= 1
        }
        return text
    }

    /// The width text browsers wrap a dump at, and how many columns short of it a wrap may fall.
    static let wrapWidth = 80
    static let wrapSlack = 2

    /// A line that can be an article's title: a few words to a few dozen, not a label, date, name list,
    /// volume line or breadcrumb.
    static func isTitle(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard (2...60).contains(words.count), line.count >= 10, line.count <= 400, let last = line.last, !":,;".contains(last),
              line.first.map({ $0.isLetter || $0.isNumber || "\"'‘“¿¡(".contains($0) }) == true,
              !line.containsBytes(" | "), !line.containsBytes("©"), !line.containsBytes("http"),
              TextByline.names(inLine: line) == nil, VenueLocator(volumeLine: line) == nil else { return false }
        if line.count <= 40, PartialDate.parse(line) != nil { return false }
        let lower = line.lowercased()
        if ArticleTextTables.furniturePrefixes.contains(where: { lower.hasPrefix($0) }) { return false }
        return !words.allSatisfy { w in
            let key = w.lowercased()
            return ArticleTextTables.nonNameWords.contains(key) || key == "and" || key == "&" || key == "of"
        }
    }

    /// What the page prints around a pair for its own article.
    static func score(title t: Int, byline b: LayoutByline, in lines: [String]) -> Int {
        var s = b.names.count >= 2 ? 4 + min(b.names.count, 6) : (isSoleAuthor(b.names[0]) ? 1 : -10)
        let words = lines[t].split(separator: " ").count
        s += words >= 4 ? 3 : 1
        if TextByline.clean(lines[t]) != nil { s -= 3 }
        let window = b.end..<min(lines.count, b.end + evidenceLines)
        var doi = false, venue = false, abstract = false, date = false, affiliation = false
        for i in window {
            let line = lines[i]
            guard !line.isEmpty, line.utf8.count <= 400 else { continue }
            let lower = line.lowercased()
            if !doi, line.containsBytes("10."), DOI.parse(line) != nil { doi = true }
            if !venue, VenueLocator(volumeLine: line) != nil { venue = true }
            if !abstract, ArticleTextReading.abstractHeading(line) != nil { abstract = true }
            if !date, ArticleTextTables.publishedLabels.contains(where: { lower.hasPrefix($0) }) { date = true }
            if !affiliation, i < b.end + 12, TextByline.isAffiliation(lower) { affiliation = true }
        }
        s += (doi ? 4 : 0) + (venue ? 3 : 0) + (abstract ? 3 : 0) + (date ? 2 : 0) + (affiliation ? 2 : 0)
        // The title printed again inside a longer line: the page's own citation.
        let title = lines[t]
        if title.count >= 20, lines.indices.contains(where: { $0 != t && lines[$0].count > title.count + 10 && lines[$0].utf8.count <= 1_000 && lines[$0].containsBytes(title) }) {
            s += 3
        }
        return s
    }

    /// A single name that can be a sole author: no word in capitals ("AoB PLANTS", "FOR CONTRIBUTORS").
    static func isSoleAuthor(_ name: String) -> Bool {
        !name.split(separator: " ").contains { w in w.count >= 3 && w.allSatisfy { $0.isUppercase || !$0.isLetter } }
    }

    /// How many lines after a byline may hold its article's DOI, venue, date or abstract heading.
    static let evidenceLines = 40
}
