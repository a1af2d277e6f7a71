import BibModel
import BibParse

/// Reads MEDLINE / .nbib tagged text ("PMID- ", "TI  - ", continuation lines indented six spaces); one
/// record per PMID block.
public struct MedlineReader: Extractor {
    public let id = "medline-text"
    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        return page.text.drop { $0.isWhitespace }.hasPrefix("PMID-") ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        blocks(page.text).map(read)
    }

    /// Tag/value pairs per record; continuation lines joined to the previous value.
    func blocks(_ text: String) -> [[(tag: String, value: String)]] {
        var out: [[(tag: String, value: String)]] = []
        var current: [(tag: String, value: String)] = []
        // "\r\n" is one Character: split on both line ends. A blank line ends a record as PMID- starts one.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let line = String(raw).replacingCRLF
            if line.trimmingSpaces.isEmpty {
                if !current.isEmpty { out.append(current); current = [] }
                continue
            }
            if line.hasPrefix("      "), !current.isEmpty {
                current[current.count - 1].value += " " + line.trimmingSpaces
                continue
            }
            guard line.count >= 6, Array(line)[4] == "-" else { continue }
            let tag = String(line.prefix(4)).trimmingSpaces
            let value = String(line.dropFirst(5)).trimmingSpaces
            if tag == "PMID", !current.isEmpty { out.append(current); current = [] }
            current.append((tag, value))
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    func read(_ fields: [(tag: String, value: String)]) -> Record {
        func first(_ tag: String) -> String? { fields.first { $0.tag == tag }.flatMap { TextCleaner.clean($0.value) } }
        func all(_ tag: String) -> [String] { fields.filter { $0.tag == tag }.compactMap { TextCleaner.clean($0.value) } }
        var r = Record(type: .journalArticle)
        r.pmid = first("PMID"); r.note(.pmid, "medline:PMID")
        r.title = first("TI"); r.note(.title, "medline:TI")
        let full = all("FAU")
        r.authors = (full.isEmpty ? all("AU") : full).compactMap { Person.parse($0, order: .familyFirst) }
        r.note(.author, full.isEmpty ? "medline:AU" : "medline:FAU")
        let ids = all("AID") + all("LID")
        r.doi = ids.first { $0.hasSuffix("[doi]") }.flatMap(DOI.parse); r.note(.doi, "medline:AID")
        r.pmcid = first("PMC")
        r.issued = first("DP").flatMap(PartialDate.parse); r.note(.issued, "medline:DP")
        r.containerTitle = first("JT"); r.note(.containerTitle, "medline:JT")
        r.containerTitleShort = first("TA")
        r.volume = first("VI"); r.issue = first("IP")
        if let pg = first("PG") {
            r.setLocator(pg, rule: "medline:PG")
        }
        r.abstract = first("AB"); r.note(.abstract, "medline:AB")
        r.issn = all("IS").map { String($0.prefix(9)) }
        r.language = first("LA")
        return r
    }
}

extension String {
    var replacingCRLF: String { String(filter { $0 != "\r" }) }
}
