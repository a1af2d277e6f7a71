import BibModel
import BibParse

/// Reads OAI-PMH Dublin Core: `oai_dc` records in a GetRecord/ListRecords response, a bare `<dc>` record,
/// or a DC-like custom namespace (PoS `pex-dc`, whose creators nest `<name>` and `<affiliation>`). Deleted
/// records (a header and no metadata) give nothing. One record per metadata block, in file order.
public struct OAIDublinCoreReader: Extractor {
    public let id = "oai-dc"
    public init() {}

    /// `dc:type` values (lower case, vocabulary prefix removed) → bibd's work type.
    static let types: [String: WorkType] = [
        "article": .journalArticle, "journalarticle": .journalArticle, "journal article": .journalArticle,
        "preprint": .preprint, "conferenceobject": .conferencePaper, "conference paper": .conferencePaper,
        "conferencepaper": .conferencePaper, "book": .book, "bookpart": .bookChapter, "book chapter": .bookChapter,
        "doctoralthesis": .thesis, "masterthesis": .thesis, "bachelorthesis": .thesis, "thesis": .thesis,
        "report": .report, "workingpaper": .report, "dataset": .dataset,
    ]

    static let records = "//record/metadata/*[title] | /dc[title]"

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count(Self.records) > 0 ? 70 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, Self.records).map(Self.record)
    }

    static func record(_ dc: MarkupNode) -> Record {
        let kinds = dc.values("type").map { ($0.split(separator: "/").last.map(String.init) ?? $0).lowercased() }
        var r = Record(type: kinds.lazy.compactMap { types[$0] }.first ?? .other); r.note(.type, "dc:type")
        r.title = dc.value("title"); r.note(.title, "dc:title")
        let creators = dc.children("creator").isEmpty ? dc.children("contributor") : dc.children("creator")
        r.authors = creators.compactMap { c in (c.child("name")?.clean ?? c.clean).flatMap(DataCiteNames.person) }
        r.note(.author, "dc:creator")
        r.issued = dc.values("date").lazy.compactMap(PartialDate.parse).first; r.note(.issued, "dc:date")
        r.abstract = dc.value("description"); r.note(.abstract, "dc:description")
        r.publisher = dc.value("publisher")
        let ids = dc.values("identifier") + dc.values("relation")
        r.doi = ids.lazy.filter { $0.lowercased().contains("doi") || $0.hasPrefix("10.") }.compactMap(DOI.parse).first
        r.note(.doi, "dc:identifier")
        r.arxiv = ids.lazy.compactMap(ArXivIdentifier.fromURL).first
        r.url = ids.first { $0.hasPrefix("http") }
        r.language = dc.value("language")
        r.keywords = dc.values("subject")
        return r
    }
}

/// arXiv identifiers in abstract-page URLs ("http://arxiv.org/abs/1605.08386v1", ".../abs/astro-ph/0601001").
enum ArXivIdentifier {
    static func fromURL(_ url: String) -> String? {
        guard let r = url.range(of: "arxiv.org/abs/") else { return nil }
        let id = String(url[r.upperBound...]).trimmingSpaces
        return id.isEmpty ? nil : id
    }
}
