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

    /// Every article, each copied out once and read in place: positional XPaths per field would make a
    /// baseline file of thousands of articles quadratic.
    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, "//PubmedArticle[MedlineCitation/PMID]").prefix(Self.maxArticles).map(Self.read)
    }

    static func read(_ a: MarkupNode) -> Record {
        let citation = a.child("medlinecitation")
        let art = citation?.child("article")
        var r = Record(type: .journalArticle)
        r.pmid = citation?.value("pmid"); r.note(.pmid, "xml:PMID")
        r.title = art?.value("articletitle") ?? art?.value("vernaculartitle"); r.note(.title, "xml:ArticleTitle")
        r.authors = (art?.all("authorlist/author") ?? []).compactMap { au in
            StructuredSupport.person(family: au.descendant("lastname")?.text,
                                     given: (au.descendant("forename") ?? au.descendant("initials"))?.text,
                                     literal: au.descendant("collectivename")?.text)
        }
        r.note(.author, "xml:AuthorList")
        let articleIDs = a.all("pubmeddata/articleidlist/articleid")
        func articleID(_ type: String) -> String? { articleIDs.first { $0.attribute("idtype") == type }?.clean }
        let doi = art?.children("elocationid").first { $0.attribute("eidtype") == "doi" }?.clean ?? articleID("doi")
        r.doi = doi.flatMap(DOI.parse); r.note(.doi, "xml:ELocationID|ArticleId")
        r.pmcid = articleID("pmc")
        let issue = art?.at("journal/journalissue")
        let pubDate = [issue?.value("pubdate/year"), issue?.value("pubdate/month"), issue?.value("pubdate/day")]
            .compactMap { $0 }.joined(separator: " ")
        r.issued = PartialDate.parse(pubDate) ?? issue?.value("pubdate/medlinedate").flatMap(PartialDate.parse)
        r.note(.issued, "xml:PubDate")
        let online = [art?.value("articledate/year"), art?.value("articledate/month"), art?.value("articledate/day")]
            .compactMap { $0 }.joined(separator: "-")
        r.availableOnline = PartialDate.parse(online)
        if r.issued == nil { r.issued = r.availableOnline; r.note(.issued, "xml:ArticleDate") }
        r.containerTitle = art?.value("journal/title"); r.note(.containerTitle, "xml:Journal/Title")
        r.containerTitleShort = art?.value("journal/isoabbreviation") ?? citation?.value("medlinejournalinfo/medlineta")
        r.volume = issue?.value("volume"); r.issue = issue?.value("issue")
        if let pg = art?.value("pagination/medlinepgn") {
            r.setLocator(pg, rule: "xml:MedlinePgn")
        }
        let parts = art?.values("abstract/abstracttext") ?? []
        if !parts.isEmpty { r.abstract = parts.joined(separator: " "); r.note(.abstract, "xml:AbstractText") }
        r.issn = art?.values("journal/issn") ?? []
        r.language = art?.value("language")
        r.keywords = citation?.values("keywordlist/keyword") ?? []
        return r
    }
}
