import Foundation
import BibModel
import BibParse

/// Reads arXiv OAI-PMH `arXivRaw` (and `arXiv`) records: a preprint whose `journal-ref` and `doi`, when
/// present, describe the published version ("EPL 124,60006 (2018)").
public struct ArXivRawReader: Extractor {
    public let id = "arxiv-oai"
    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count("//arXivRaw/id | //arXiv/id") == 0 ? nil : 80
    }

    /// Every record, each copied out once (positional XPaths per field would make a ListRecords harvest
    /// quadratic).
    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, "//arXivRaw[id] | //arXiv[id]").map(read)
    }

    func read(_ e: MarkupNode) -> Record {
        var r = Record(type: .preprint)
        r.arxiv = e.value("id"); r.note(.arxiv, "xml:id")
        r.title = e.value("title").map(StructuredSupport.decodeTeX).flatMap(TextCleaner.clean); r.note(.title, "xml:title")
        // arXivRaw writes the list as one string; the arXiv format nests author/keyname/forenames in it.
        let nested = e.all("authors/author")
        if nested.isEmpty, let authors = e.value("authors") {
            r.authors = NameReader.people(StructuredSupport.decodeTeX(authors)); r.note(.author, "xml:authors")
        } else {
            r.authors = nested.compactMap {
                StructuredSupport.person(family: $0.descendant("keyname")?.text, given: $0.descendant("forenames")?.text)
            }
        }
        r.abstract = e.value("abstract").map(StructuredSupport.decodeTeX).flatMap(TextCleaner.clean)
        r.note(.abstract, "xml:abstract")
        r.doi = e.value("doi").flatMap(DOI.parse); r.note(.doi, "xml:doi")
        let firstVersion = e.value("version/date") ?? e.value("created")
        r.availableOnline = firstVersion.flatMap(PartialDate.parse)
        if let ref = e.value("journal-ref"), let j = JournalRef.parse(ref) {
            r.containerTitle = j.journal; r.volume = j.volume; r.number = j.page; r.issued = j.year.map { PartialDate(year: $0) }
            r.note(.containerTitle, "xml:journal-ref"); r.note(.issued, "xml:journal-ref")
        }
        if r.issued == nil { r.issued = r.availableOnline; r.note(.issued, "xml:version[1]") }
        return r
    }
}

/// A `journal-ref` line: "Journal Vol, Page (Year)", "Journal Vol (Year) Page", "Journal Vol:Page, Year".
struct JournalRef {
    var journal: String
    var volume: String?
    var page: String?
    var year: Int?

    static let patterns = [
        #"^(.+?)\s+(\d+)\s*[,:]\s*([A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)\s*\((\d{4})\)"#,
        #"^(.+?)\s+(\d+)\s*\((\d{4})\)\s*,?\s*([A-Za-z]?\d+(?:\s*[-–]\s*\d+)?)"#,
    ]

    static func parse(_ text: String) -> JournalRef? {
        let ns = text as NSString
        for (i, p) in patterns.enumerated() {
            guard let re = try? NSRegularExpression(pattern: p),
                  let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { continue }
            let g = (1...4).map { ns.substring(with: m.range(at: $0)).trimmingCharacters(in: .whitespaces) }
            let journal = g[0].trimmingCharacters(in: CharacterSet(charactersIn: " ,."))
            return i == 0 ? JournalRef(journal: journal, volume: g[1], page: g[2], year: Int(g[3]))
                          : JournalRef(journal: journal, volume: g[1], page: g[3], year: Int(g[2]))
        }
        return nil
    }
}
