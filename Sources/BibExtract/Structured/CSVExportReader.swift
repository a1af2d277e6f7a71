import BibModel
import BibParse

/// Reads the CSV exports of bibliographic databases (Scopus, IEEE Xplore, SpringerLink, Lens): the header row
/// says what each column means (table in `CSVColumn`), every other row is one record. A row with more fields
/// than the header (a field split by the exporter) is read with its first columns from the left and its last
/// columns from the right, and reported.
public struct CSVExportReader: RecordFileReader {
    public let id = "csv-export"
    public init() {}

    /// The header must name a title column and at least this many known columns in all.
    static let minimumKnownColumns = 4

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text, let header = CSVTable.header(page.text), header.count >= 3 else { return nil }
        let known = columns(header)
        return known[.title] != nil && known.count >= Self.minimumKnownColumns ? 80 : nil
    }

    /// Meaning → column index (the first column of each meaning).
    func columns(_ header: [String]) -> [CSVColumn: Int] {
        var out: [CSVColumn: Int] = [:]
        for (i, h) in header.enumerated() {
            let name = h.trimmingSpaces.lowercased()
            if let c = CSVColumn.byHeader[name], out[c] == nil { out[c] = i }
        }
        return out
    }

    public func read(_ page: Page) -> RecordFile {
        var file = RecordFile()
        var header: [String]? = nil
        var known: [CSVColumn: Int] = [:]
        CSVTable.forEachRow(page.text) { row in
            guard let h = header else {
                header = row.fields
                known = columns(row.fields)
                return true
            }
            if row.fields.count == 1, row.fields[0].trimmingSpaces.isEmpty { return true }
            let shift = row.fields.count - h.count
            if shift != 0 {
                file.problems.append(RecordProblem(line: row.line, message: "CSV row has \(row.fields.count) fields, the header \(h.count): " +
                    (shift > 0 ? "read its first columns from the left and its last from the right" : "missing columns left empty")))
            }
            file.append(record(row.fields, known, headerCount: h.count), line: row.line)
            return true
        }
        return file
    }

    func record(_ fields: [String], _ known: [CSVColumn: Int], headerCount: Int) -> Record {
        let shift = max(0, fields.count - headerCount)
        func value(_ c: CSVColumn) -> String? {
            guard var i = known[c] else { return nil }
            if shift > 0, i >= headerCount / 2 { i += shift }
            guard i < fields.count else { return nil }
            return TextCleaner.clean(fields[i])
        }
        var r = Record(type: value(.type).flatMap { CSVColumn.workTypes[$0.lowercased()] } ?? .other)
        r.note(.type, "csv:type")
        r.title = value(.title); r.note(.title, "csv:title")
        r.authors = Self.people(full: value(.fullNames), short: value(.authors))
        r.note(.author, "csv:authors")
        r.containerTitle = value(.container); r.note(.containerTitle, "csv:container")
        r.containerTitleShort = value(.containerShort)
        r.issued = (value(.date) ?? value(.year)).flatMap(PartialDate.parse) ?? value(.year).flatMap(PartialDate.parse)
        r.note(.issued, "csv:year")
        r.volume = value(.volume); r.issue = value(.issue)
        if let start = value(.pageStart) {
            let end = value(.pageEnd)
            r.setLocator(end == nil || end == start ? start : "\(start)-\(end!)", rule: "csv:pages")
        } else if let number = value(.articleNumber) {
            r.number = number; r.note(.number, "csv:article-number")
        }
        r.doi = value(.doi).flatMap(DOI.parse); r.note(.doi, "csv:doi")
        r.abstract = value(.abstract); r.note(.abstract, "csv:abstract")
        r.keywords = value(.keywords).map { $0.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty } } ?? []
        r.issn = value(.issn).map { $0.split { $0 == ";" || $0 == "," }.map { $0.trimmingSpaces } } ?? []
        r.pmid = value(.pmid); r.pmcid = value(.pmcid)
        r.publisher = value(.publisher); r.language = value(.language)
        r.url = value(.url)
        return r
    }

    /// Authors from the full-name column ("Liu, Fengyuan (60410297700); …") when there is one, else from the
    /// author column in whichever of the exporters' forms it comes.
    static func people(full: String?, short: String?) -> [Person] {
        if let full {
            return full.split(separator: ";").compactMap { Person.parse(withoutParenthesis(String($0)), order: .familyFirst) }
        }
        guard let short else { return [] }
        return names(short).compactMap(person)
    }

    /// One name of an author cell: "Family, Given" and "Family I." as `Person.parse` reads them; "Given Family"
    /// by BibTeX's rule (capitalised words before the last are given names, lower-case ones a particle).
    static func person(_ name: String) -> Person? {
        if name.contains(",") { return Person.parse(name, order: .familyFirst) }
        let words = name.split(separator: " ")
        if let last = words.last, words.count > 1, Person.parse(name)?.family == String(last) || !isInitials(String(last)) {
            return BibTeXNameList.person(name)
        }
        return Person.parse(name)
    }

    /// The names of an author cell: `;`-separated ("Liu F.; Li C.", "P. Kogge; J. Shalf"), Scopus 2019's
    /// comma pairs ("Xie, L., Jin, X."), or names run together without a separator ("Araz R. AlievNigar T. Ismayilova").
    static func names(_ cell: String) -> [String] {
        if cell.contains(";") { return cell.split(separator: ";").map { $0.trimmingSpaces }.filter { !$0.isEmpty } }
        if cell.contains(",") {
            let parts = cell.split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            var out: [String] = []
            var k = 0
            while k < parts.count {
                if k + 1 < parts.count, isInitials(parts[k + 1]) {
                    out.append(parts[k] + ", " + parts[k + 1]); k += 2
                } else {
                    out.append(parts[k]); k += 1
                }
            }
            return out
        }
        return splitRunTogether(cell)
    }

    /// "L.", "J.-H.", "M.A.": initials with dots.
    static func isInitials(_ s: String) -> Bool {
        s.contains(".") && s.allSatisfy { $0.isUppercase || $0 == "." || $0 == "-" || $0 == " " }
    }

    /// Cuts names glued together ("AlievNigar"): a capital right after three or more lower-case letters
    /// starts a new name (so "McDonald" and "MacArthur" stay whole). Honorifics stay, as stated.
    static func splitRunTogether(_ cell: String) -> [String] {
        var out: [String] = []
        var current = ""
        var lowerRun = 0
        for c in cell {
            if c.isUppercase, lowerRun >= 3 {
                out.append(current); current = ""
            }
            lowerRun = c.isLowercase ? lowerRun + 1 : 0
            current.append(c)
        }
        out.append(current)
        return out.map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    }

    /// "Liu, Fengyuan (60410297700)" without the parenthesised id.
    static func withoutParenthesis(_ s: String) -> String {
        guard let open = s.firstIndex(of: "(") else { return s.trimmingSpaces }
        return String(s[..<open]).trimmingSpaces
    }
}
