import BibModel
import BibParse

/// Reads DataCite JSON: the REST API's `{data: {…}}` and `{data: […]}` documents, a bare data item
/// (`{id, type, attributes}`) or bare attributes (commonmeta/bolognese style). One record per DOI item.
/// `relatedItems` describe another resource: only a journal among them supplies the container fields;
/// without one, the `container` summary (title, volume, issue, pages as stated) does.
public struct DataCiteJSONReader: Extractor {
    public let id = "datacite-json"
    public init() {}

    /// DataCite `resourceTypeGeneral` → bibd's work type (shared by the XML reader).
    static let types: [String: WorkType] = [
        "JournalArticle": .journalArticle, "DataPaper": .journalArticle, "Preprint": .preprint,
        "ConferencePaper": .conferencePaper, "ConferenceProceeding": .book, "BookChapter": .bookChapter,
        "Book": .book, "Dissertation": .thesis, "Report": .report, "Dataset": .dataset,
        "Text": .other, "Software": .other,
    ]

    public func recognizes(_ page: Page) -> Int? {
        guard let root = JSONSupport.document(page) else { return nil }
        // A search with no hits (`{data: [], meta: …}`) is still a DataCite response: read, no record.
        let emptyList = (root["data"].value as? [Any])?.isEmpty == true && !root["meta"].isNull
        return Self.items(root).isEmpty && !emptyList ? nil : 85
    }

    /// The attribute objects of a file, in file order.
    static func items(_ root: JSONNode) -> [JSONNode] {
        let data = root["data"].isNull ? root.list : root["data"].list
        return data.map { $0["attributes"].isObject ? $0["attributes"] : $0 }
            .filter { !$0["creators"].isNull && (!$0["titles"].isNull) && (!$0["doi"].isNull || !$0["identifiers"].isNull) }
    }

    public func extract(_ page: Page) throws -> [Record] {
        defer { JSONSupport.release(page) }
        guard let root = JSONSupport.document(page) else { return [] }
        return Self.items(root).map(Self.record)
    }

    static func record(_ a: JSONNode) -> Record {
        let general = a["types"]["resourceTypeGeneral"].string
        var r = Record(type: general.flatMap { types[$0] } ?? .other); r.note(.type, "datacite:resourceTypeGeneral")
        let titles = a["titles"].list
        r.title = (titles.first { $0["titleType"].isNull } ?? titles.first)?["title"].string; r.note(.title, "datacite:titles")
        var seen: Set<String> = []
        r.authors = a["creators"].list.filter { c in
            seen.insert([c["name"].string, c["givenName"].string, c["familyName"].string].map { $0 ?? "" }.joined(separator: "|")).inserted
        }.compactMap(Self.person)
        r.note(.author, "datacite:creators")
        r.doi = (a["doi"].string ?? a["identifiers"].list.first { $0["identifierType"].string == "DOI" }?["identifier"].string)
            .flatMap(DOI.parse)
        r.note(.doi, "datacite:doi")
        r.publisher = a["publisher"].string ?? a["publisher"]["name"].string
        r.issued = a["publicationYear"].string.flatMap(PartialDate.parse); r.note(.issued, "datacite:publicationYear")
        if let issued = a["dates"].list.first(where: { $0["dateType"].string == "Issued" })?["date"].string.flatMap(PartialDate.parse),
           issued.year == r.issued?.year || r.issued == nil {
            r.issued = issued
        }
        let abstracts = a["descriptions"].list.filter { $0["descriptionType"].string == "Abstract" }
        r.abstract = abstracts.lazy.compactMap { $0["description"].string }.first; r.note(.abstract, "datacite:descriptions")
        let journal = a["relatedItems"].list.first { $0["relatedItemType"].string == "Journal" }
        if let j = journal {
            r.containerTitle = j["titles"][0]["title"].string; r.note(.containerTitle, "datacite:relatedItem[Journal]")
            r.volume = j["volume"].string; r.issue = j["issue"].string
            r.page = Self.pages(j["firstPage"].string, j["lastPage"].string)
        } else if a["container"]["title"].string != nil {
            let c = a["container"]
            r.containerTitle = c["title"].string; r.note(.containerTitle, "datacite:container")
            r.volume = c["volume"].string; r.issue = c["issue"].string
            r.page = Self.pages(c["firstPage"].string, c["lastPage"].string)
        }
        r.language = a["language"].string
        r.url = a["url"].string
        r.keywords = a["subjects"].list.compactMap { $0["subject"].string }
        return r
    }

    /// A creator: an organisation whole, a person from familyName/givenName or from its `name`.
    static func person(_ c: JSONNode) -> Person? {
        let name = c["name"].string ?? c["raw_name"].string
        if c["nameType"].string?.lowercased() == "organizational" || c["type"].string == "Organization" {
            return StructuredSupport.person(family: nil, given: nil, literal: name)
        }
        if let p = StructuredSupport.person(family: c["familyName"].string, given: c["givenName"].string) { return p }
        return name.flatMap { DataCiteNames.person($0) }
    }

    /// "first-last" from the two page fields, "first" when only one is stated.
    static func pages(_ first: String?, _ last: String?) -> String? {
        guard let first else { return nil }
        guard let last, last != first else { return first }
        return "\(first)-\(last)"
    }
}

/// DataCite creator names written as one string: "Family, Given" with a comma, else as written.
enum DataCiteNames {
    static func person(_ name: String) -> Person? {
        if name.contains(",") { return Person.parse(name, order: .familyFirst) }
        return NameReader.person(name)
    }
}
