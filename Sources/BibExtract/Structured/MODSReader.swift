import BibModel
import BibParse

/// Reads MODS (`<modsCollection>` or a single `<mods>`): one record per `mods` element, in file order. The
/// journal, volume, issue and pages live in `relatedItem[@type='host']`; with no genre stated, the kind
/// of work comes from that host (a continuing resource holds articles, a monograph chapters).
public struct MODSReader: Extractor {
    public let id = "mods"
    public init() {}

    /// MODS genre values (lower case) → bibd's work type.
    static let genres: [String: WorkType] = [
        "journal article": .journalArticle, "article": .journalArticle, "periodical": .journalArticle,
        "academic journal": .journalArticle, "conference publication": .conferencePaper,
        "book chapter": .bookChapter, "book": .book, "thesis": .thesis, "theses": .thesis,
        "technical report": .report, "report": .report, "dataset": .dataset, "preprint": .preprint,
    ]

    /// Host genres and issuance (lower case) → the kind of work a part of that host is.
    static let hostKinds: [String: WorkType] = [
        "continuing": .journalArticle, "serial": .journalArticle, "periodical": .journalArticle,
        "academic journal": .journalArticle, "journal": .journalArticle, "monographic": .bookChapter,
        "book": .bookChapter, "conference publication": .conferencePaper,
    ]

    /// MARC relator terms and codes that name an author (a name with no role is an author too).
    static let authorRoles: Set<String> = ["author", "aut", "creator", "cre"]

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count("//mods[titleInfo]") > 0 ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, "//mods[titleInfo]").map(Self.record)
    }

    static func record(_ m: MarkupNode) -> Record {
        let host = m.children("relateditem").first { $0.attribute("type") == "host" }
        var r = Record(type: kind(m, host: host)); r.note(.type, "mods:genre")
        r.title = title(m); r.note(.title, "mods:titleInfo")
        r.authors = m.children("name").filter(isAuthor).compactMap(person); r.note(.author, "mods:name")
        let dates = m.all("origininfo/dateissued") + (host?.all("origininfo/dateissued") ?? []) + (host?.all("part/date") ?? [])
        r.issued = dates.lazy.compactMap { $0.clean.flatMap(PartialDate.parse) }.first; r.note(.issued, "mods:dateIssued")
        r.publisher = m.value("origininfo/publisher") ?? m.value("origininfo/agent/namepart")
        if let host {
            r.containerTitle = title(host); r.note(.containerTitle, "mods:relatedItem[host]")
            let details = host.all("part/detail") + m.all("part/detail")
            func detail(_ type: String) -> String? { details.first { $0.attribute("type") == type }?.value("number") }
            r.volume = detail("volume"); r.issue = detail("issue") ?? detail("number")
            if let extent = (host.all("part/extent") + m.all("part/extent")).first {
                if let p = XMLRecordSupport.pages(extent.value("start"), extent.value("end")) { r.setLocator(p, rule: "mods:extent") }
            }
        }
        let ids = m.children("identifier")
        r.doi = ids.first { $0.attribute("type")?.lowercased() == "doi" }?.clean.flatMap(DOI.parse); r.note(.doi, "mods:identifier[doi]")
        r.issn = (host?.children("identifier") ?? []).filter { $0.attribute("type") == "issn" }.compactMap(\.clean)
        r.abstract = m.value("abstract"); r.note(.abstract, "mods:abstract")
        r.keywords = m.values("subject/topic")
        r.language = m.value("language/languageterm") ?? m.value("language")
        r.url = m.value("location/url")
        return r
    }

    /// `title` with its `subTitle`, from the first titleInfo that is not an alternative or abbreviated one.
    static func title(_ n: MarkupNode) -> String? {
        let infos = n.children("titleinfo")
        guard let info = infos.first(where: { $0.attribute("type") == nil }) ?? infos.first,
              let main = info.value("title") else { return nil }
        guard let sub = info.value("subtitle") else { return main }
        return "\(main): \(sub)"
    }

    static func kind(_ m: MarkupNode, host: MarkupNode?) -> WorkType {
        if let t = m.values("genre").lazy.compactMap({ genres[$0.lowercased()] }).first { return t }
        guard let host else { return m.value("origininfo/issuance") == "monographic" ? .book : .other }
        let hints = host.values("genre") + host.values("origininfo/issuance")
        return hints.lazy.compactMap { hostKinds[$0.lowercased()] }.first ?? .other
    }

    static func isAuthor(_ name: MarkupNode) -> Bool {
        let roles = name.all("role/roleterm").compactMap { $0.clean?.lowercased() }
        return roles.isEmpty || roles.contains { authorRoles.contains($0) }
    }

    /// A name from typed parts (given parts joined), an unsplit "Family, Given," part, or an organisation.
    static func person(_ name: MarkupNode) -> Person? {
        let parts = name.children("namepart")
        let family = parts.first { $0.attribute("type") == "family" }?.clean
        let given = parts.filter { $0.attribute("type") == "given" }.compactMap(\.clean).joined(separator: " ")
        if let family { return StructuredSupport.person(family: family, given: given.isEmpty ? nil : given) }
        guard let whole = parts.first(where: { $0.attribute("type") == nil })?.clean else { return nil }
        if name.attribute("type") == "corporate" { return Person(literal: whole) }
        return XMLRecordSupport.familyFirst(whole)
    }
}
