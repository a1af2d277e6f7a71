import BibModel
import BibParse

/// Reads EndNote XML (`<xml><records><record>`), as EndNote, Bookends and RefLib write it: values wrapped
/// in `<style>` runs, the journal in `periodical/full-title` or `titles/secondary-title`, the kind of
/// reference as a `ref-type` number. One record per `<record>`, in file order.
public struct EndNoteXMLReader: Extractor {
    public let id = "endnote-xml"
    public init() {}

    /// EndNote `ref-type` numbers → bibd's work type.
    static let types: [Int: WorkType] = [
        17: .journalArticle, 19: .journalArticle, 23: .journalArticle, 47: .conferencePaper, 10: .conferencePaper,
        5: .bookChapter, 7: .bookChapter, 6: .book, 28: .book, 32: .thesis, 27: .report, 59: .dataset, 12: .webpage,
    ]

    static let records = "/xml/records/record"

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count(Self.records + "/ref-type") > 0 || doc.count(Self.records + "/titles") > 0 ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        page.document?.renameElements(Self.records + "//style", to: "run")
        return XMLRecordSupport.records(page, Self.records).map(Self.record)
    }

    static func record(_ e: MarkupNode) -> Record {
        var r = Record(type: e.value("ref-type").flatMap { Int($0) }.flatMap { types[$0] } ?? .other)
        r.note(.type, "endnote:ref-type")
        r.title = e.value("titles/title"); r.note(.title, "endnote:title")
        r.authors = e.values("contributors/authors/author").compactMap(XMLRecordSupport.familyFirst)
        r.note(.author, "endnote:author")
        r.containerTitle = e.value("periodical/full-title") ?? e.value("titles/secondary-title") ?? e.value("titles/full-title")
        r.note(.containerTitle, "endnote:periodical")
        r.containerTitleShort = e.value("periodical/abbr-1") ?? e.value("titles/alt-title")
        r.publisher = e.value("publisher")
        let year = e.value("dates/year")
        let date = [year, e.value("dates/pub-dates/date")].compactMap { $0 }.joined(separator: " ")
        if let d = PartialDate.parse(date), year.flatMap({ PartialDate.parse($0)?.year }) == d.year {
            r.issued = d
        } else {
            r.issued = year.flatMap(PartialDate.parse)
        }
        r.note(.issued, "endnote:dates")
        r.volume = e.value("volume")
        r.issue = e.value("number") ?? e.value("issue")
        if let p = e.value("pages") { r.setLocator(p, rule: "endnote:pages") }
        r.doi = e.value("electronic-resource-num").flatMap(DOI.parse); r.note(.doi, "endnote:electronic-resource-num")
        r.abstract = e.value("abstract"); r.note(.abstract, "endnote:abstract")
        r.keywords = e.values("keywords/keyword")
        r.language = e.value("language")
        r.url = e.value("urls/related-urls/url")
        if let isbn = e.value("isbn"), isbn.count == 9, isbn.contains("-") { r.issn = [isbn] }
        return r
    }
}
