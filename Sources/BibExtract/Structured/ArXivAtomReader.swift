import BibModel
import BibParse

/// Reads arXiv API Atom feeds (`export.arxiv.org/api/query`): one preprint per `<entry>`, in feed order.
/// The date is the first version's (`published`); `arxiv:doi` names the published version. A feed with no
/// entry (an unknown id) is recognised and gives no record.
public struct ArXivAtomReader: Extractor {
    public let id = "arxiv-atom"
    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        guard XMLRecordSupport.rootName(page) == "feed", let doc = page.document else { return nil }
        let isArXiv = doc.first("/feed/id")?.contains("arxiv.org") == true
            || doc.first("/feed/entry/id")?.contains("arxiv.org/abs/") == true
        return isArXiv ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, "/feed/entry").compactMap(Self.record)
    }

    /// An entry; nil for one whose id is not an arXiv abstract URL (the API's error entries).
    static func record(_ e: MarkupNode) -> Record? {
        guard let arxiv = e.value("id").flatMap(ArXivIdentifier.fromURL) else { return nil }
        var r = Record(type: .preprint)
        r.arxiv = arxiv; r.note(.arxiv, "atom:id")
        r.title = e.value("title"); r.note(.title, "atom:title")
        r.authors = e.children("author").compactMap { $0.value("name") }.compactMap(NameReader.person)
        r.note(.author, "atom:author")
        r.abstract = e.value("summary"); r.note(.abstract, "atom:summary")
        r.issued = e.value("published").flatMap(PartialDate.parse); r.note(.issued, "atom:published")
        r.availableOnline = r.issued
        r.doi = e.value("doi").flatMap { DOI.find(in: $0).first }; r.note(.doi, "atom:arxiv:doi")
        r.url = e.children("link").first { $0.attribute("rel") == "alternate" }?.attribute("href")
        return r
    }
}
