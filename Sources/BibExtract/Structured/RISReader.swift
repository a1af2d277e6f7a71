import BibModel
import BibParse

/// Reads RIS files from any exporter: records from `TY` to `ER` (a missing `ER` closes at the next `TY` or the
/// end of the file), untagged continuation lines, repeated tags, a byte order mark, Ovid's numbered lines
/// between records. Which tag means what is the table in `RISTags`.
public struct RISReader: RecordFileReader {
    public let id = "ris"
    public init() {}

    static let lines = TaggedLines(separator: Array("  - ".utf8), looseSeparator: Array(" - ".utf8), start: "TY", end: "ER")

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        for line in page.lines.prefix(50) {
            let l = line.hasPrefix("\u{FEFF}") ? String(line.dropFirst()) : line
            if l.hasPrefix("TY - ") || l == "TY -" { return 85 }
        }
        return nil
    }

    /// How many records the syntax pass finds (no field mapping): what the parse-speed benchmark times.
    public static func scan(_ text: String) -> Int { lines.records(text).count }

    public func read(_ page: Page) -> RecordFile {
        var file = RecordFile()
        let tagged = Self.lines.records(page.text)
        // Records are read independently: on every core.
        for (r, read) in zip(tagged, ParallelMap.map(tagged, record)) {
            file.append(read, line: r.line)
            if !r.closed {
                file.problems.append(RecordProblem(line: r.line, message: "RIS record has no ER line (read up to the next TY or the end of the file)"))
            }
        }
        return file
    }

    func record(_ t: TaggedRecord) -> Record {
        func first(_ tags: [String]) -> (tag: String, value: String)? {
            for tag in tags { if let v = t.first(tag).flatMap(FieldCleaning.clean) { return (tag, v) } }
            return nil
        }
        let ty = t.first("TY")?.trimmingSpaces.uppercased() ?? ""
        var r = Record(type: RISTags.workTypes[ty] ?? .other)
        r.note(.type, "ris:TY")
        if let (tag, v) = first(RISTags.title) { r.title = v; r.note(.title, "ris:\(tag)") }
        r.authors = t.fields.filter { RISTags.authors.contains($0.tag) }
            .compactMap { FieldCleaning.clean($0.value) }
            .compactMap { Person.parse($0, order: .familyFirst) }
        r.note(.author, "ris:AU")
        if let (tag, v) = first(RISTags.container.filter { $0 != "T2" || r.type != .book }) {
            r.containerTitle = v; r.note(.containerTitle, "ris:\(tag)")
        }
        if let (_, v) = first(RISTags.containerShort), v != r.containerTitle { r.containerTitleShort = v }
        // The first date tag gives the year; a later one with the same year may add month and day.
        for tag in RISTags.date {
            guard let d = t.first(tag).flatMap(PartialDate.parse) else { continue }
            if let have = r.issued {
                if have.year == d.year, have.month == nil, d.month != nil { r.issued = d }
            } else {
                r.issued = d; r.note(.issued, "ris:\(tag)")
            }
        }
        r.volume = first(RISTags.volume)?.value
        r.issue = first(RISTags.issue)?.value
        let sp = t.first("SP").flatMap(FieldCleaning.clean)
        let ep = t.first("EP").flatMap(FieldCleaning.clean)
        if let sp {
            let span = (ep == nil || ep == sp || sp.contains("-")) ? sp : "\(sp)-\(ep!)"
            r.setLocator(span, rule: "ris:SP")
        } else if let (tag, v) = first(RISTags.articleNumber) {
            r.number = v; r.note(.number, "ris:\(tag)")
        }
        for tag in RISTags.doi {
            if let d = t.all(tag).lazy.compactMap(DOI.parse).first { r.doi = d; r.note(.doi, "ris:\(tag)"); break }
        }
        if let (tag, v) = first(RISTags.abstract) { r.abstract = v; r.note(.abstract, "ris:\(tag)") }
        r.keywords = t.fields.filter { RISTags.keywords.contains($0.tag) }
            .flatMap { $0.value.splitting(atASCII: [0x0A]) }.compactMap(FieldCleaning.clean)
        r.issn = RISTags.issn.flatMap { t.all($0) }.flatMap { $0.splitting(atASCII: [0x0A, 0x3B, 0x2C]) }
            .map { String($0.prefix { $0 != " " && $0 != "(" }) }
        r.publisher = first(RISTags.publisher)?.value
        r.language = first(RISTags.language)?.value
        r.url = first(RISTags.url)?.value.splitting(atASCII: [0x0A]).first
        r.pmid = first(RISTags.pmid)?.value
            ?? t.all("AN").lazy.compactMap { Self.prefixed($0, "PMID:") }.first
        r.pmcid = t.all("C2").first { $0.uppercased().hasPrefix("PMC") }
        return r
    }

    /// The value after `prefix` ("PMID: 123" → "123"), when the text starts with it.
    static func prefixed(_ text: String, _ prefix: String) -> String? {
        guard text.hasPrefix(prefix) else { return nil }
        return String(text.dropFirst(prefix.count)).trimmingSpaces
    }
}
