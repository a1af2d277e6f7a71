import BibModel
import BibParse

/// Reads MEDLINE / .nbib tagged text ("PMID- ", "TI  - ", continuation lines indented six spaces); a record
/// starts at each PMID line or after a blank line. ERIC's look-alike (no PMID, "SO  - v10 n1 p1-10 2000")
/// is read the same way, its locators taken from SO when VI/IP/PG are missing.
public struct MedlineReader: RecordFileReader {
    public let id = "medline-text"
    public init() {}

    /// Tags a MEDLINE-style file opens with.
    static let openingTags: Set<String> = ["PMID", "OWN", "STAT", "TI", "AU", "FAU", "DP"]

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        let head = page.text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if head.hasPrefix("PMID-") { return 80 }
        // "TI  - …": a tag padded to four characters, then "- ".
        let first = head.prefix { $0 != "\n" && $0 != "\r\n" }
        guard first.count >= 6, Array(first)[4] == "-", Array(first)[5] == " " else { return nil }
        let tag = String(first.prefix(4)).trimmingSpaces
        return Self.openingTags.contains(tag) ? 70 : nil
    }

    public func read(_ page: Page) -> RecordFile {
        var file = RecordFile()
        for (line, fields) in blocks(page.text) { file.append(read(fields), line: line) }
        return file
    }

    /// Tag/value pairs per record with the line it starts on; continuation lines joined to the previous value.
    func blocks(_ text: String) -> [(line: Int, fields: [(tag: String, value: String)])] {
        var out: [(line: Int, fields: [(tag: String, value: String)])] = []
        var current: [(tag: String, value: String)] = []
        var start = 0
        var n = 0
        func close() { if !current.isEmpty { out.append((start, current)); current = [] } }
        // "\r\n" is one Character: split on both line ends. A blank line ends a record as PMID- starts one.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            n += 1
            let line = String(raw).replacingCRLF
            if line.trimmingSpaces.isEmpty { close(); continue }
            if line.hasPrefix("      "), !current.isEmpty {
                current[current.count - 1].value += " " + line.trimmingSpaces
                continue
            }
            guard line.count >= 6, Array(line)[4] == "-" else { continue }
            let tag = String(line.prefix(4)).trimmingSpaces
            let value = String(line.dropFirst(5)).trimmingSpaces
            if tag == "PMID" { close() }
            if current.isEmpty { start = n }
            current.append((tag, value))
        }
        close()
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
        if let so = first("SO"), r.volume == nil, r.issue == nil, r.page == nil {
            // ERIC: "v10 n1 p1-10 2000".
            for word in so.split(separator: " ") where word.count > 1 {
                let value = String(word.dropFirst())
                guard value.first?.isNumber == true else { continue }
                switch word.first {
                case "v": r.volume = r.volume ?? value
                case "n": r.issue = r.issue ?? value
                case "p": if r.page == nil && r.number == nil { r.setLocator(value, rule: "medline:SO") }
                default: break
                }
            }
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
