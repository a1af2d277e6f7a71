import BibModel
import BibParse

/// Reads mirror pages of Crossref-registered works dumped as text (for example globalauthorid.com):
/// the title on the first line, then English field headings ("Author:", "Affiliation:", "Abstract",
/// "Publisher", "Journal:", …) each followed by its value lines, then "Reference60 articles." with the
/// reference list and "Cited by …" — never part of the record.
///
/// These mirrors print every author on one line, family name first with the affiliation number glued on:
/// "Riley Fleur1,Harris Magdalena2". Numbered affiliations follow: "1. Durham University".
public struct HeadingLabelTextExtractor: Extractor {
    public let id = "heading-label-text"

    public init() {}

    /// Field headings, longer labels before the labels they start with.
    static let labels: [(label: String, slot: LabelSlot)] = [
        ("Authors", .authors), ("Author", .authors), ("Affiliations", .affiliations), ("Affiliation", .affiliations),
        ("Abstract", .abstract), ("Publisher", .publisher), ("Journal", .journal), ("Source", .journal),
        ("Publication date", .date), ("Published", .date), ("Year", .date), ("Volume", .volume), ("Issue", .issue),
        ("Pages", .pages), ("Page", .pages), ("DOI", .doi), ("Keywords", .keywords), ("Language", .language),
        ("ISSN", .issn), ("Funders", .ignore), ("Funder", .ignore),
        ("References", .end), ("Reference", .end), ("Cited by", .end), ("Publications that cite", .end),
    ]

    /// How the author line orders each name on these mirrors.
    static let nameOrder = NameOrder.familyFirst

    public func recognizes(_ page: Page) -> Int? {
        // A page that counts its hits lists works (a search engine's facets print "Author" over names).
        guard page.kind == .text, !ResultCounter.opensList(page.lines) else { return nil }
        let blocks = LabelBlocks(lines: page.lines, table: Self.labels)
        guard blocks.values(.authors) != nil else { return nil }
        // "Author:" must be a heading with a colon (a heading alone could be prose in another layout).
        guard page.lines.contains(where: { $0 == "Author:" || $0 == "Authors:" || $0.hasPrefix("Author: ") }) else {
            return nil
        }
        let others: [LabelSlot] = [.affiliations, .abstract, .publisher, .journal, .doi]
        let count = others.filter { blocks.values($0) != nil }.count
        return count >= 1 ? min(30 + 10 * count, 80) : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        let lines = page.lines
        let blocks = LabelBlocks(lines: lines, table: Self.labels)
        var r = Record()
        guard let title = lines[..<(blocks.firstLabelLine ?? lines.count)].first(where: { !$0.isEmpty }) else {
            throw ExtractError.noArticle("heading-labelled page without a title line")
        }
        r.title = title
        r.note(.title, "heading-label-text:first-line")

        if let a = blocks.values(.authors) {
            let parts = a.lines.flatMap { $0.split(separator: ",") }.map { MarkedName(String($0)) }
            var people: [Person] = []
            var markers: [[String]] = []
            for m in parts where !m.name.isEmpty {
                guard let p = Person.parse(m.name, order: Self.nameOrder) else { continue }
                people.append(p); markers.append(m.markers)
            }
            people.attach(affiliations: LabelFields.affiliations(blocks), markers: markers)
            if !people.isEmpty { r.authors = people; r.note(.author, "label:" + a.label) }
        }
        if let a = blocks.values(.abstract) {
            let paragraphs = TextLines.paragraphs(a.lines, 0..<a.lines.count)
            if !paragraphs.isEmpty { r.abstract = paragraphs.joined(separator: "\n"); r.note(.abstract, "label:" + a.label) }
        }
        if let d = blocks.values(.doi), let doi = DOI.parse(d.lines.joined(separator: " ")) {
            r.doi = doi; r.note(.doi, "label:" + d.label)
        }
        if let k = blocks.values(.keywords) {
            r.keywords = k.lines.joined(separator: ";").split { $0 == ";" || $0 == "," }
                .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if !r.keywords.isEmpty { r.note(.keyword, "label:" + k.label) }
        }
        LabelFields.readPlain(blocks, into: &r)
        return [r]
    }
}
