import BibModel
import BibParse

/// Reads Crossref REST API JSON (`api.crossref.org/works`): a bare work message, the `{status, message}`
/// envelope, or a `message.items[]` list. One record per work, in file order; reference lists are never read.
public struct CrossrefJSONReader: Extractor {
    public let id = "crossref-json"
    public init() {}

    /// Crossref work type → bibd's work type.
    static let types: [String: WorkType] = [
        "journal-article": .journalArticle, "proceedings-article": .conferencePaper, "book-chapter": .bookChapter,
        "book-section": .bookChapter, "book-part": .bookChapter, "reference-entry": .bookChapter,
        "book": .book, "monograph": .book, "edited-book": .book, "reference-book": .book,
        "dissertation": .thesis, "report": .report, "dataset": .dataset, "posted-content": .preprint,
    ]

    /// Dates in the order Crossref's publication date is read: print, then online, then the summary
    /// `issued`; `created` (the deposit) only when the message states no publication date at all.
    static let dateKeys = ["published-print", "published-online", "issued", "published", "created"]

    /// Keys only a Crossref work message carries (a CSL item never does).
    static let messageKeys = ["reference-count", "indexed", "deposited", "member", "is-referenced-by-count", "content-domain"]

    public func recognizes(_ page: Page) -> Int? {
        guard let root = JSONSupport.document(page) else { return nil }
        // A search with no hits is still a Crossref response: it is read, and gives no record.
        let emptyList = root["message-type"].string == "work-list" && root["message"]["items"].value is [Any]
        return Self.works(root).isEmpty && !emptyList ? nil : 85
    }

    /// The work messages of a file.
    static func works(_ root: JSONNode) -> [JSONNode] {
        let message = root["message"].isObject ? root["message"] : root
        let candidates = message["items"].value is [Any] ? message["items"].list : [message]
        return candidates.filter { w in w.isObject && w["DOI"].rawString != nil && messageKeys.contains { !w[$0].isNull } }
    }

    public func extract(_ page: Page) throws -> [Record] {
        defer { JSONSupport.release(page) }
        guard let root = JSONSupport.document(page) else { return [] }
        return Self.works(root).map(Self.record)
    }

    static func record(_ w: JSONNode) -> Record {
        var r = Record(type: w["type"].string.flatMap { types[$0] } ?? .other)
        r.note(.type, "crossref:type")
        r.title = w["title"].firstString; r.note(.title, "crossref:title")
        r.authors = w["author"].list.compactMap(JSONSupport.person); r.note(.author, "crossref:author")
        r.containerTitle = w["container-title"].firstString; r.note(.containerTitle, "crossref:container-title")
        r.containerTitleShort = w["short-container-title"].firstString
        r.publisher = w["publisher"].string
        for key in dateKeys {
            if let d = JSONSupport.date(w[key]) { r.issued = d; r.note(.issued, "crossref:\(key)"); break }
        }
        r.availableOnline = JSONSupport.date(w["published-online"])
        r.volume = w["volume"].string
        r.issue = w["issue"].string ?? w["journal-issue"]["issue"].string
        if let p = w["page"].string { r.setLocator(p, rule: "crossref:page") }
        if let n = w["article-number"].string { r.number = n; r.note(.number, "crossref:article-number") }
        r.doi = w["DOI"].string.flatMap(DOI.parse); r.note(.doi, "crossref:DOI")
        r.issn = w["ISSN"].list.compactMap(\.string)
        r.abstract = w["abstract"].rawString.flatMap(JSONSupport.abstract); r.note(.abstract, "crossref:abstract")
        r.keywords = w["subject"].list.compactMap(\.string)
        r.language = w["language"].string
        r.url = w["URL"].string
        return r
    }
}
