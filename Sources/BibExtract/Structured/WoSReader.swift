import BibModel
import BibParse

/// Reads Web of Science plain text (`.txt`, `.ciw`, `.isi`): records from `PT` to `ER`, two-letter tags,
/// continuation lines indented three spaces, with or without the `FN`/`VR` header. Full names (AF) are
/// preferred to short ones (AU); the page span is BP–EP, else the article number (AR) or page span (PS).
public struct WoSReader: RecordFileReader {
    public let id = "wos-text"
    public init() {}

    static let lines = TaggedLines(separator: [0x20], start: "PT", end: "ER", ignored: WoSTags.fileTags)

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        var sawHeader = false
        for raw in page.lines.prefix(20) {
            let line = raw.hasPrefix("\u{FEFF}") ? String(raw.dropFirst()) : raw
            if line.hasPrefix("FN ") || line.hasPrefix("VR ") { sawHeader = true; continue }
            if line.isEmpty { continue }
            if line.hasPrefix("PT "), line.count <= 5 { return 85 }
            if !sawHeader { return nil }
        }
        return nil
    }

    public func read(_ page: Page) -> RecordFile {
        var file = RecordFile()
        for r in Self.lines.records(page.text) {
            file.append(record(r), line: r.line)
            if !r.closed {
                file.problems.append(RecordProblem(line: r.line, message: "Web of Science record has no ER line (read up to the next PT or the end of the file)"))
            }
        }
        return file
    }

    func record(_ t: TaggedRecord) -> Record {
        func first(_ tag: String) -> String? { t.first(tag).flatMap(TextCleaner.clean) }
        func items(_ tag: String) -> [String] {
            t.all(tag).flatMap { $0.split(separator: "\n") }.compactMap { TextCleaner.clean(String($0)) }
        }
        let pt = first("PT").map { WoSTags.publicationTypes[$0.uppercased()] } ?? nil
        let dt = first("DT").flatMap { WoSTags.documentTypes[$0.split(separator: ";")[0].trimmingSpaces.lowercased()] }
        var r = Record(type: pt == .journalArticle ? (dt ?? pt) : (pt ?? dt ?? .other))
        r.note(.type, "wos:PT")
        r.title = first("TI"); r.note(.title, "wos:TI")
        let full = items("AF"), short = items("AU")
        r.authors = (full.isEmpty ? short : full).map(Self.withoutEmail).compactMap { Person.parse($0, order: .familyFirst) }
        r.note(.author, full.isEmpty ? "wos:AU" : "wos:AF")
        r.containerTitle = first("SO") ?? first("SE"); r.note(.containerTitle, "wos:SO")
        r.containerTitleShort = first("J9") ?? first("JI")
        r.publisher = first("PU")
        if let year = first("PY") {
            r.issued = PartialDate.parse(year + (first("PD").map { " " + $0 } ?? ""))
        } else {
            r.issued = first("EY").flatMap(PartialDate.parse) ?? first("PD").flatMap(PartialDate.parse)
        }
        r.note(.issued, "wos:PY")
        r.volume = first("VL"); r.issue = first("IS")
        if let bp = first("BP") {
            let ep = first("EP")
            r.setLocator(ep == nil || ep == bp ? bp : "\(bp)-\(ep!)", rule: "wos:BP")
        } else if let ar = first("AR") {
            r.number = ar; r.note(.number, "wos:AR")
        } else if let ps = first("PS") {
            r.page = ps; r.note(.page, "wos:PS")
        }
        r.doi = first("DI").flatMap(DOI.parse); r.note(.doi, "wos:DI")
        r.pmid = first("PM")
        r.abstract = first("AB"); r.note(.abstract, "wos:AB")
        r.keywords = (first("DE") ?? first("ID")).map { $0.split(separator: ";").map { $0.trimmingSpaces } } ?? []
        r.issn = ["SN", "EI"].compactMap(first)
        r.language = first("LA")
        return r
    }

    /// "Smith, J (smith@x.org)" or "Smith, J smith@x.org": an e-mail address is not part of the name.
    static func withoutEmail(_ name: String) -> String {
        guard name.contains("@") else { return name }
        return name.split(separator: " ").filter { !$0.contains("@") }.joined(separator: " ")
    }
}
