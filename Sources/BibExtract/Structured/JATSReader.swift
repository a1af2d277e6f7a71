import BibModel
import BibParse

/// Reads JATS / NLM article XML (PMC, SciELO, publisher exports): `front/journal-meta` and
/// `front/article-meta`. Reference lists (`back/ref-list`) are never read.
public struct JATSReader: Extractor {
    public let id = "jats-xml"
    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        guard StructuredSupport.root(page, isOneOf: ["article", "pmc-articleset"]), let doc = page.document,
              doc.count("//front/article-meta") > 0 else { return nil }
        return 80
    }

    /// Most articles read from one `pmc-articleset`.
    static let maxArticles = 10_000

    /// Every article of the file (a PMC efetch `pmc-articleset` holds several), in file order; articles
    /// nested inside another (`sub-article`, `response`) are not separate records.
    public func extract(_ page: Page) throws -> [Record] {
        guard let doc = page.document else { return [] }
        let count = min(doc.count("//article[front/article-meta][not(ancestor::article)]"), Self.maxArticles)
        return (0..<count).map { read(doc, base: "(//article[front/article-meta][not(ancestor::article)])[\($0 + 1)]/front") }
    }

    func read(_ doc: MarkupDocument, base: String) -> Record {
        func first(_ rel: String) -> String? { StructuredSupport.first(doc, base + rel) }
        let meta = "/article-meta"
        var r = Record(type: .journalArticle)
        r.title = first(meta + "/title-group/article-title"); r.note(.title, "xml:article-title")
        r.authors = doc.nodes(base + meta + "//contrib[@contrib-type='author']").compactMap { c in
            StructuredSupport.person(family: c.descendant("surname")?.text, given: c.descendant("given-names")?.text,
                                     literal: c.descendant("collab")?.text)
                // A `<string-name>` without parts is the name as printed.
                ?? c.descendant("string-name").flatMap { NameReader.person($0.text) }
        }
        r.note(.author, "xml:contrib")
        r.doi = first(meta + "/article-id[@pub-id-type='doi']").flatMap(DOI.parse); r.note(.doi, "xml:article-id")
        r.pmid = first(meta + "/article-id[@pub-id-type='pmid']")
        r.pmcid = first(meta + "/article-id[@pub-id-type='pmc' or @pub-id-type='pmcid']")
        for type in ["ppub", "pub", "collection", "epub", "epub-ppub"] {
            let date = "/pub-date[@pub-type='\(type)' or @date-type='\(type)']"
            let text = [first(meta + date + "/year"), first(meta + date + "/month"), first(meta + date + "/day")]
                .compactMap { $0 }.joined(separator: "-")
            if let d = PartialDate.parse(text) { r.issued = d; r.note(.issued, "xml:pub-date[\(type)]"); break }
        }
        if r.issued == nil, let y = first(meta + "/pub-date/year") { r.issued = PartialDate.parse(y); r.note(.issued, "xml:pub-date") }
        r.containerTitle = first("/journal-meta//journal-title"); r.note(.containerTitle, "xml:journal-title")
        r.containerTitleShort = first("/journal-meta//abbrev-journal-title")
        r.publisher = first("/journal-meta/publisher/publisher-name")
        r.volume = first(meta + "/volume")
        r.issue = first(meta + "/issue") ?? first(meta + "/numero")
        if let fp = first(meta + "/fpage") {
            let lp = first(meta + "/lpage")
            r.page = lp.map { $0 == fp ? fp : "\(fp)-\($0)" } ?? fp; r.note(.page, "xml:fpage")
        } else if let e = first(meta + "/elocation-id") { r.number = e; r.note(.number, "xml:elocation-id") }
        // The first abstract that is not a teaser or a graphical one; section headings (`<sec><title>`) are
        // left out, labels inside the text are kept.
        let abstractPath = base + meta + "/abstract[not(@abstract-type)][1]"
        let sections = StructuredSupport.all(doc, abstractPath + "/sec/*[not(self::title or self::label)]")
        let whole = StructuredSupport.first(doc, abstractPath) ?? StructuredSupport.first(doc, base + meta + "/abstract")
        if let a = sections.isEmpty ? whole : sections.joined(separator: " ") {
            r.abstract = a; r.note(.abstract, sections.isEmpty ? "xml:abstract" : "xml:abstract/sec")
        }
        r.issn = StructuredSupport.all(doc, base + "/journal-meta/issn")
        r.keywords = StructuredSupport.all(doc, base + meta + "/kwd-group/kwd")
        return r
    }
}
