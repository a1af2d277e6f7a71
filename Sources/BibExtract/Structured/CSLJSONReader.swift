import BibModel
import BibParse

/// Reads CSL-JSON (the citeproc input format): a list of items or a single item, as Zotero, Better BibTeX,
/// pandoc and bibd itself (`bibd export --format csl-json`) write it. One record per item, in file order.
public struct CSLJSONReader: Extractor {
    public let id = "csl-json"
    public init() {}

    /// CSL item type → bibd's work type.
    static let types: [String: WorkType] = [
        "article-journal": .journalArticle, "article-magazine": .journalArticle, "article-newspaper": .journalArticle,
        "review": .journalArticle, "review-book": .journalArticle,
        "article": .preprint, "paper-conference": .conferencePaper, "chapter": .bookChapter, "entry-encyclopedia": .bookChapter,
        "entry-dictionary": .bookChapter, "book": .book, "thesis": .thesis, "report": .report, "dataset": .dataset,
        "webpage": .webpage, "post-weblog": .webpage, "post": .webpage,
    ]

    public func recognizes(_ page: Page) -> Int? {
        guard let root = JSONSupport.document(page) else { return nil }
        let items = root.list
        guard !items.isEmpty, items.allSatisfy(Self.isItem) else { return nil }
        return 80
    }

    /// A CSL item: an object with a string `type` and a title or a name list, and none of the wrappers of
    /// the other JSON formats (Crossref's `message`, DataCite's `attributes`, bibd's canonical `csl`).
    static func isItem(_ n: JSONNode) -> Bool {
        guard n.isObject, n["type"].rawString != nil else { return false }
        guard n["title"].rawString != nil || !n["author"].list.isEmpty || !n["editor"].list.isEmpty else { return false }
        return n["reference-count"].isNull && n["indexed"].isNull && n["attributes"].isNull && n["creators"].isNull
    }

    public func extract(_ page: Page) throws -> [Record] {
        defer { JSONSupport.release(page) }
        guard let root = JSONSupport.document(page) else { return [] }
        return root.list.map(Self.record)
    }

    /// One CSL item as a record.
    static func record(_ item: JSONNode) -> Record {
        var r = Record(type: item["type"].string.flatMap { types[$0] } ?? .other)
        r.note(.type, "csl:type")
        r.title = item["title"].string; r.note(.title, "csl:title")
        r.authors = item["author"].list.compactMap(JSONSupport.person); r.note(.author, "csl:author")
        r.containerTitle = item["container-title"].firstString; r.note(.containerTitle, "csl:container-title")
        r.containerTitleShort = item["container-title-short"].firstString ?? item["journalAbbreviation"].firstString
        r.publisher = item["publisher"].string
        r.issued = JSONSupport.date(item["issued"]); r.note(.issued, "csl:issued")
        r.availableOnline = JSONSupport.date(item["available-date"])
        r.volume = item["volume"].string
        r.issue = item["issue"].string
        r.page = item["page"].string; r.note(.page, "csl:page")
        r.number = item["number"].string; r.note(.number, "csl:number")
        r.doi = item["DOI"].string.flatMap(DOI.parse); r.note(.doi, "csl:DOI")
        r.pmid = item["PMID"].string
        r.pmcid = item["PMCID"].string
        r.arxiv = item["custom"]["arxiv"].string
        r.issn = (item["ISSN"].list.compactMap(\.string)).flatMap { $0.split(separator: ",").map { String($0).trimmingSpaces } }
        r.abstract = item["abstract"].string; r.note(.abstract, "csl:abstract")
        r.keywords = item["keyword"].string.map { $0.split(separator: ",").map { String($0).trimmingSpaces } } ?? []
        r.language = item["language"].string
        r.url = item["URL"].string
        r.authorsTruncated = item["custom"]["authors-truncated"].value as? Bool ?? false
        return r
    }
}
