import BibModel
import BibParse

/// Reads Europe PMC REST search results as XML (`format=xml`, lite or core; often one long line):
/// `responseWrapper/resultList/result`. Each result is mapped onto the JSON format's keys and read by
/// `EuropePMCJSONReader`, so both formats follow one set of rules.
public struct EuropePMCXMLReader: Extractor {
    public let id = "europepmc-xml"
    public init() {}

    /// The element names the JSON rules read, in their JSON spelling (XML names arrive lower-cased).
    static let keys = ["authorList", "author", "firstName", "lastName", "initials", "collectiveName", "fullName",
                       "authorString", "journalInfo", "journal", "title", "isoabbreviation", "medlineAbbreviation",
                       "volume", "issue", "yearOfPublication", "dateOfPublication", "pubYear", "pageInfo",
                       "abstractText", "pubTypeList", "pubType", "doi", "pmid", "pmcid", "journalTitle",
                       "journalVolume", "journalIssn", "issn", "essn", "language", "keywordList", "keyword"]
    static let spelling = Dictionary(keys.map { ($0.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })

    /// Elements read as text even when they hold markup.
    static let textKeys: Set<String> = ["title", "abstracttext"]

    static let results = "/responseWrapper/resultList/result"

    public func recognizes(_ page: Page) -> Int? {
        guard XMLRecordSupport.rootName(page) == "responsewrapper", let doc = page.document else { return nil }
        return doc.count(Self.results) > 0 ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, Self.results).map { EuropePMCJSONReader.record(Self.json($0), rule: "europepmc-xml") }
    }

    /// An element as the JSON the REST API gives for it: text for a leaf, an object of its children
    /// otherwise, repeated children as an array.
    static func json(_ n: MarkupNode) -> JSONNode { JSONNode(value: value(n)) }

    private static func value(_ n: MarkupNode) -> Any {
        if n.children.isEmpty || textKeys.contains(n.localName) { return n.text }
        var object: [String: Any] = [:]
        for c in n.children {
            let key = spelling[c.localName] ?? c.localName
            let v = value(c)
            if let existing = object[key] {
                object[key] = (existing as? [Any] ?? [existing]) + [v]
            } else {
                object[key] = v
            }
        }
        return object
    }
}
