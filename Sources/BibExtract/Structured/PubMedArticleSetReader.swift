import BibModel
import BibParse

/// Reads the publisher-submission form of PubMed XML (`<ArticleSet><Article>`, the file publishers send to
/// PubMed): `Journal/JournalTitle`, `FirstName`/`LastName`, `FirstPage`/`LastPage`. One record per article.
public struct PubMedArticleSetReader: Extractor {
    public let id = "pubmed-articleset"
    public init() {}

    static let articles = "/ArticleSet/Article"

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count(Self.articles + "/ArticleTitle") > 0 ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, Self.articles).map(Self.record)
    }

    static func record(_ a: MarkupNode) -> Record {
        var r = Record(type: .journalArticle)
        r.title = a.value("articletitle") ?? a.value("vernaculartitle"); r.note(.title, "articleset:ArticleTitle")
        r.authors = a.all("authorlist/author").compactMap { au in
            let given = [au.value("firstname"), au.value("middlename")].compactMap { $0 }.joined(separator: " ")
            return StructuredSupport.person(family: au.value("lastname"), given: given.isEmpty ? nil : given,
                                            literal: au.value("collectivename"))
        }
        r.note(.author, "articleset:AuthorList")
        let ids = a.all("articleidlist/articleid")
        let doi = a.children("elocationid").first { $0.attribute("eidtype") == "doi" }?.clean
            ?? ids.first { $0.attribute("idtype") == "doi" }?.clean
        r.doi = doi.flatMap(DOI.parse); r.note(.doi, "articleset:ELocationID|ArticleId")
        r.pmid = ids.first { $0.attribute("idtype") == "pubmed" }?.clean
        let journal = a.child("journal")
        r.containerTitle = journal?.value("journaltitle"); r.note(.containerTitle, "articleset:JournalTitle")
        r.publisher = journal?.value("publishername")
        r.volume = journal?.value("volume"); r.issue = journal?.value("issue")
        r.issn = journal?.values("issn") ?? []
        if let date = journal?.child("pubdate") {
            let text = [date.value("year"), date.value("month"), date.value("day")].compactMap { $0 }.joined(separator: " ")
            r.issued = PartialDate.parse(text); r.note(.issued, "articleset:PubDate")
        }
        if let p = XMLRecordSupport.pages(a.value("firstpage"), a.value("lastpage")) { r.setLocator(p, rule: "articleset:FirstPage") }
        r.abstract = a.value("abstract"); r.note(.abstract, "articleset:Abstract")
        r.language = a.value("language")
        r.keywords = a.values("objectlist/object/param")
        return r
    }
}
