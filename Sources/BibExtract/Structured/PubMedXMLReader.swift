import BibModel
import BibParse

/// Reads PubMed efetch XML (`PubmedArticleSet`/`PubmedArticle`): one record per article. Identifiers come
/// only from the article's own `ArticleIdList`/`ELocationID`, never from its reference or comment lists.
public struct PubMedXMLReader: Extractor {
    public let id = "pubmed-xml"
    public init() {}

    /// Most articles read from one file.
    static let maxArticles = 10_000

    public func recognizes(_ page: Page) -> Int? {
        StructuredSupport.root(page, isOneOf: ["PubmedArticleSet", "PubmedArticle"]) ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        guard let doc = page.document else { return [] }
        let count = min(doc.count("//PubmedArticle/MedlineCitation/PMID"), Self.maxArticles)
        return (0..<count).map { read(doc, base: "(//PubmedArticle)[\($0 + 1)]") }
    }

    func read(_ doc: MarkupDocument, base: String) -> Record {
        func first(_ rel: String) -> String? { StructuredSupport.first(doc, base + rel) }
        let art = "/MedlineCitation/Article"
        var r = Record(type: .journalArticle)
        r.pmid = first("/MedlineCitation/PMID"); r.note(.pmid, "xml:PMID")
        r.title = first(art + "/ArticleTitle") ?? first(art + "/VernacularTitle"); r.note(.title, "xml:ArticleTitle")
        let authors = doc.nodes(base + art + "/AuthorList/Author")
        r.authors = authors.compactMap { a in
            StructuredSupport.person(family: a.descendant("lastname")?.text,
                                     given: (a.descendant("forename") ?? a.descendant("initials"))?.text,
                                     literal: a.descendant("collectivename")?.text)
        }
        r.note(.author, "xml:AuthorList")
        let doi = first(art + "/ELocationID[@EIdType='doi']") ?? first("/PubmedData/ArticleIdList/ArticleId[@IdType='doi']")
        r.doi = doi.flatMap(DOI.parse); r.note(.doi, "xml:ELocationID|ArticleId")
        r.pmcid = first("/PubmedData/ArticleIdList/ArticleId[@IdType='pmc']")
        let issue = art + "/Journal/JournalIssue"
        let pubDate = [first(issue + "/PubDate/Year"), first(issue + "/PubDate/Month"), first(issue + "/PubDate/Day")]
            .compactMap { $0 }.joined(separator: " ")
        r.issued = PartialDate.parse(pubDate) ?? first(issue + "/PubDate/MedlineDate").flatMap(PartialDate.parse)
        r.note(.issued, "xml:PubDate")
        let online = [first(art + "/ArticleDate/Year"), first(art + "/ArticleDate/Month"), first(art + "/ArticleDate/Day")]
            .compactMap { $0 }.joined(separator: "-")
        r.availableOnline = PartialDate.parse(online)
        if r.issued == nil { r.issued = r.availableOnline; r.note(.issued, "xml:ArticleDate") }
        r.containerTitle = first(art + "/Journal/Title"); r.note(.containerTitle, "xml:Journal/Title")
        r.containerTitleShort = first(art + "/Journal/ISOAbbreviation") ?? first("/MedlineCitation/MedlineJournalInfo/MedlineTA")
        r.volume = first(issue + "/Volume"); r.issue = first(issue + "/Issue")
        if let pg = first(art + "/Pagination/MedlinePgn") {
            r.setLocator(pg, rule: "xml:MedlinePgn")
        }
        let parts = StructuredSupport.all(doc, base + art + "/Abstract/AbstractText")
        if !parts.isEmpty { r.abstract = parts.joined(separator: " "); r.note(.abstract, "xml:AbstractText") }
        r.issn = StructuredSupport.all(doc, base + art + "/Journal/ISSN")
        r.language = first(art + "/Language")
        r.keywords = StructuredSupport.all(doc, base + "/MedlineCitation/KeywordList/Keyword")
        return r
    }
}
