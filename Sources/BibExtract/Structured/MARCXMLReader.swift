import Foundation
import BibModel
import BibParse

/// Reads MARC 21 XML (MARCXML): bare, in a `<collection>`, an SRU response or an OAI-PMH envelope; a file
/// whose wrapper is not well-formed (an undeclared prefix, a cut-off end tag) is read for what libxml2
/// recovers. One record per `<record>` holding data fields, in file order.
public struct MARCXMLReader: Extractor {
    public let id = "marcxml"
    public init() {}

    /// Leader position 7 (bibliographic level) → the kind of work; a component part of a serial is an
    /// article, of a monograph a chapter.
    static let levels: [Character: WorkType] = ["a": .bookChapter, "b": .journalArticle, "m": .book, "c": .book]

    /// Leader position 6 (type of record) values that override the level: manuscripts are theses or reports
    /// only by other fields, so only computer files (datasets) are mapped here.
    static let recordTypes: [Character: WorkType] = ["m": .dataset]

    /// Author fields: main entry (100 person, 110 organisation) then added entries (700, 710).
    static let authorTags = ["100", "110", "700", "710"]

    /// Relator terms and codes ($e, $4) that are not authorship.
    static let notAuthorRelators: Set<String> = ["edt", "editor", "hrsg.", "herausgeber", "ed.", "trl", "translator",
                                                  "ill", "illustrator", "ctb", "contributor"]

    static let records = "//record[datafield]"

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count(Self.records + "/datafield[@tag='245']") > 0 ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, Self.records).map(Self.record)
    }

    static func record(_ m: MarkupNode) -> Record {
        let fields = m.children("datafield")
        func field(_ tag: String) -> [MarkupNode] { fields.filter { $0.attribute("tag") == tag } }
        func sub(_ f: MarkupNode?, _ code: String) -> String? {
            f?.children("subfield").first { $0.attribute("code") == code }?.clean.map(trimISBD)
        }
        let leader = Array(m.value("leader") ?? "")
        var type: WorkType = .other
        if leader.count > 7 { type = recordTypes[leader[6]] ?? levels[leader[7]] ?? .other }
        var r = Record(type: type); r.note(.type, "marc:leader")
        let t = field("245").first
        r.title = [sub(t, "a"), sub(t, "b")].compactMap { $0 }.joined(separator: ": ").nilIfEmpty; r.note(.title, "marc:245")
        r.authors = authorTags.flatMap(field).filter(isAuthor).compactMap { f in
            f.attribute("tag")?.hasSuffix("10") == true ? sub(f, "a").map { Person(literal: $0) } : sub(f, "a").flatMap(XMLRecordSupport.familyFirst)
        }
        r.note(.author, "marc:100/700")
        let imprint = field("264").first { $0.attribute("ind2") == "1" } ?? field("264").first ?? field("260").first
        r.issued = sub(imprint, "c").flatMap(PartialDate.parse); r.note(.issued, "marc:260/264")
        if r.issued == nil, let f008 = m.children("controlfield").first(where: { $0.attribute("tag") == "008" })?.text,
           f008.count >= 11 {
            r.issued = PartialDate.parse(String(Array(f008)[7..<11])); r.note(.issued, "marc:008")
        }
        r.publisher = sub(imprint, "b")
        if let host = field("773").first(where: { sub($0, "t") != nil || sub($0, "p") != nil }) {
            r.containerTitle = sub(host, "t") ?? sub(host, "p"); r.note(.containerTitle, "marc:773")
            r.volume = sub(host, "v")
            if let number = sub(host, "c") { r.number = number }
        }
        let dois = field("024").filter { sub($0, "2")?.lowercased() == "doi" }.compactMap { sub($0, "a") }
        r.doi = (dois + field("856").compactMap { sub($0, "u") }).lazy.compactMap(DOI.parse).first; r.note(.doi, "marc:024")
        r.abstract = sub(field("520").first, "a"); r.note(.abstract, "marc:520")
        r.issn = field("022").compactMap { sub($0, "a") }
        r.language = sub(field("041").first, "a")
        r.keywords = field("650").compactMap { sub($0, "a") }
        return r
    }

    static func isAuthor(_ f: MarkupNode) -> Bool {
        let relators = f.children("subfield").filter { $0.attribute("code") == "e" || $0.attribute("code") == "4" }
            .compactMap { $0.clean?.lowercased().trimmingCharacters(in: [".", ",", " "]) }
        return !relators.contains { notAuthorRelators.contains($0) }
    }

    /// ISBD punctuation that closes a MARC subfield (" /", " :", " ;", a final comma) removed.
    static func trimISBD(_ s: String) -> String {
        var out = Substring(s)
        while let last = out.last, [" ", "/", ":", ";", ",", "="].contains(last) { out = out.dropLast() }
        return String(out)
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
