import BibModel
import BibParse

/// Reads DataCite metadata XML (kernels 2.2 to 4.x), bare `<resource>` or inside an OAI-PMH envelope.
/// Only the resource's own children are read: a `relatedItem` has creators, titles and dates of its own
/// that describe another work; only a journal among them supplies the container, volume, issue and pages.
public struct DataCiteXMLReader: Extractor {
    public let id = "datacite-xml"
    public init() {}

    static let resources = "//resource[identifier or creators]"

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count(Self.resources + "[titles]") > 0 ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, Self.resources).map(Self.record)
    }

    static func record(_ res: MarkupNode) -> Record {
        let general = res.child("resourcetype")?.attribute("resourcetypegeneral")
        var r = Record(type: general.flatMap { DataCiteJSONReader.types[$0] } ?? .other)
        r.note(.type, "datacite-xml:resourceType")
        let titles = res.all("titles/title")
        r.title = (titles.first { $0.attribute("titletype") == nil } ?? titles.first)?.clean; r.note(.title, "datacite-xml:title")
        var seen: Set<String> = []
        r.authors = res.all("creators/creator").filter { seen.insert($0.text).inserted }.compactMap(Self.person)
        r.note(.author, "datacite-xml:creator")
        let ids = res.children("identifier")
        r.doi = (ids.first { $0.attribute("identifiertype")?.uppercased() == "DOI" } ?? ids.first)?.clean.flatMap(DOI.parse)
        r.note(.doi, "datacite-xml:identifier")
        r.publisher = res.value("publisher")
        r.issued = res.value("publicationyear").flatMap(PartialDate.parse); r.note(.issued, "datacite-xml:publicationYear")
        if let d = res.all("dates/date").first(where: { $0.attribute("datetype") == "Issued" })?.clean.flatMap(PartialDate.parse),
           r.issued == nil || d.year == r.issued?.year {
            r.issued = d
        }
        r.abstract = res.all("descriptions/description").first { $0.attribute("descriptiontype") == "Abstract" }?.clean
        r.note(.abstract, "datacite-xml:description[Abstract]")
        if let journal = res.all("relateditems/relateditem").first(where: { $0.attribute("relateditemtype") == "Journal" }) {
            r.containerTitle = journal.value("titles/title"); r.note(.containerTitle, "datacite-xml:relatedItem[Journal]")
            r.volume = journal.value("volume"); r.issue = journal.value("issue")
            r.page = XMLRecordSupport.pages(journal.value("firstpage"), journal.value("lastpage"))
        }
        r.language = res.value("language")
        r.keywords = res.values("subjects/subject")
        return r
    }

    /// A creator: organisations whole; persons from familyName/givenName, else from creatorName.
    static func person(_ c: MarkupNode) -> Person? {
        let name = c.child("creatorname")
        if name?.attribute("nametype")?.lowercased() == "organizational" {
            return StructuredSupport.person(family: nil, given: nil, literal: name?.clean)
        }
        if let p = StructuredSupport.person(family: c.value("familyname"), given: c.value("givenname")) { return p }
        return name?.clean.flatMap { DataCiteNames.person($0) }
    }
}
