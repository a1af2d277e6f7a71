import BibModel
import BibParse

/// The page's visible text read the way a text dump of it is read (`LayoutTextReading`), for pages whose markup
/// names no author: when the title the reading finds above a byline is a title the page's metadata states, the
/// byline's names become author candidates of the text layer. They are weak: any other layer's author wins.
enum TextLayer {
    /// The rule the byline's candidates carry.
    static let bylineRule = "text:layout-byline"

    /// How much of the visible text (UTF-8 bytes) is read for the byline: a page header is near the top.
    static let textLimit = 256 * 1024

    /// The rule of the candidates a page's text reading gives.
    static let readingRule = "text:reading"
    /// The rule of a title the page's text states as its title (a label, its own citation).
    static let statedTitleRule = "text:reading-stated-title"

    /// For a page whose markup states no article title (old captures, bare journal sites): the page's visible text
    /// read as its dump is read (labelled fields, the title above the byline, the article's own citation). The
    /// record it finds becomes strong candidates of the text layer, when it names a title and its authors.
    /// The reading stands only when its title is stated by the text (a label, the article's own citation) or is a
    /// title the page's other layers state (`titles`, folded): names under another heading are another work's.
    static func readingCandidates(_ doc: MarkupDocument, titles: Set<String>) -> [Candidate] {
        let lines = HardWrap.joined(doc.textLines(limit: textLimit))
        let layout = LayoutTextReading(lines)
        let labelled = ArticleTextReading(lines)
        let record: Record? = LayoutTextExtractor.resolve(layout: layout, labelled: labelled)
            ?? labelled.flatMap { ArticleTextExtractor.isArticle($0.record) ? LayoutTextExtractor.filled($0.record, from: layout) : nil }
        guard let r = record, let title = r.title, !r.authors.isEmpty else { return [] }
        // A title the page labels ("Title: …") or prints inside its own citation is stated; one found above a
        // byline is a guess among the page's headings, as the generic heading rules are.
        let stated = [ArticleTextReading.labelledTitleRule, ArticleTextReading.citationTitleRule].contains(r.evidence[Field.title.rawValue] ?? "")
        // On a page whose markup states no title at all (old captures: the site's name in <title>, no heading), a
        // title above a byline with the article's DOI printed beside them stands too.
        let besideDOI = titles.isEmpty && layout.map { $0.record.title == title && $0.record.doi != nil && $0.record.doi == r.doi
            && $0.record.evidence[Field.doi.rawValue] == LayoutTextReading.doiNearTitleRule } ?? false
        guard stated || besideDOI || titles.contains(FieldResolver.key(.title, title)) else { return [] }
        var out = [Candidate(.title, title, layer: .text, rule: stated ? statedTitleRule : readingRule)]
        out += r.authors.map { Candidate(.author, ($0.family ?? "") + ($0.given.map { ", " + $0 } ?? ""), layer: .text, rule: readingRule) }
        let values: [(Slot, String?)] = [
            (.doi, r.doi), (.date, r.issued.map { $0.parts.map(String.init).joined(separator: "-") }), (.journal, r.containerTitle),
            (.volume, r.volume), (.issue, r.issue), (.pages, r.page), (.articleNumber, r.number), (.abstract, r.abstract),
        ]
        for case let (slot, value?) in values { out.append(Candidate(slot, value, layer: .text, rule: readingRule)) }
        return out
    }

    /// Author candidates from the byline under the page's own title, or none.
    static func authorCandidates(_ doc: MarkupDocument, titles: Set<String>) -> [Candidate] {
        guard !titles.isEmpty else { return [] }
        let lines = doc.textLines(limit: textLimit)
        guard let reading = LayoutTextReading(lines), titles.contains(FieldResolver.key(.title, reading.titleText)) else { return [] }
        return reading.byline.names.map { Candidate(.author, $0, layer: .text, rule: bylineRule, weak: true) }
    }
}
