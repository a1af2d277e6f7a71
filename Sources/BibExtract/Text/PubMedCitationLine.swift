import BibModel

/// The citation line PubMed prints under the journal name: "Harm Reduct J. 2023 May 12;20(1):66."
///
/// In text dumps the journal button is often lost, leaving ". 2023 May 12;20(1):66."; articles ahead of
/// print read ". 2023 Jan 5:S0140-6736(22)02580-9." and some carry only a year (". 2021;18:45.").
/// Example page: https://pubmed.ncbi.nlm.nih.gov/37173741/
struct PubMedCitationLine: Equatable {
    var journal: String?
    var issued: PartialDate
    var volume: String?
    var issue: String?
    /// The pagination as printed: a range ("296-302") or an article locator ("66", "e1002772").
    var pagination: String?

    /// Reads `line` when it has the shape "[journal]. yyyy …;vol(issue):pages."; `nil` otherwise.
    init?(_ line: String) {
        guard Self.mayHoldYearDot(line) else { return nil }
        var text = Substring(line.trimmingSpaces)
        // A dump may put the DOI and Epub note on the same line: cut them off first.
        for cut in [" doi:", " DOI:", " Epub ", " eCollection "] {
            if let r = text.firstByteRange(of: cut) { text = text[..<r.lowerBound] }
        }
        guard let dot = PubMedCitationLine.yearDot(in: text) else { return nil }
        let journal = String(text[..<dot]).trimmingSpaces
        guard journal.count <= 120, !journal.contains(";") else { return nil }
        var rest = text[text.index(after: dot)...].drop { $0 == " " }
        while let last = rest.last, last == "." || last == " " { rest.removeLast() }

        let dateEnd = rest.firstIndex { $0 == ";" || $0 == ":" } ?? rest.endIndex
        guard let date = PartialDate.parse(String(rest[..<dateEnd])) else { return nil }
        self.issued = date
        self.journal = journal.isEmpty ? nil : journal

        guard dateEnd < rest.endIndex else { return }
        var locator = rest[dateEnd...]
        if locator.first == ":" {
            // Ahead of print: no volume, the locator follows the date.
            let pages = String(locator.dropFirst()).trimmingSpaces
            pagination = pages.isEmpty ? nil : pages
            return
        }
        locator = locator.dropFirst()
        var head = locator
        if let colon = locator.firstIndex(of: ":") {
            let pages = String(locator[locator.index(after: colon)...]).trimmingSpaces
            pagination = pages.isEmpty ? nil : pages
            head = locator[..<colon]
        }
        if let open = head.firstIndex(of: "("), let close = head.lastIndex(of: ")"), open < close {
            let iss = String(head[head.index(after: open)..<close]).trimmingSpaces
            issue = iss.isEmpty ? nil : iss
            head = head[..<open]
        }
        let vol = String(head).trimmingSpaces
        volume = vol.isEmpty ? nil : vol
    }

    /// Whether the line's bytes hold a "." and four ASCII digits in a row, as every line `yearDot` accepts does (an
    /// ASCII digit or dot character is its one byte): most lines of a page hold no such pair, and are passed without
    /// reading their characters.
    static func mayHoldYearDot(_ line: String) -> Bool {
        var dot = false, digits = 0, year = false
        for b in line.utf8 {
            if b == UInt8(ascii: ".") { dot = true }
            digits = b &- UInt8(ascii: "0") < 10 ? digits + 1 : 0
            if digits == 4 { year = true }
            if dot && year { return true }
        }
        return false
    }

    /// The position of the "." that precedes a four-digit year ("… J. 2023 May"), where the line is
    /// a citation: the year must come right after the dot and be followed by a space, ";" or end.
    private static func yearDot(in text: Substring) -> Substring.Index? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "." {
                let after = text[text.index(after: i)...].drop { $0 == " " }
                let year = after.prefix { $0.isASCII && $0.isNumber }
                if year.count == 4, let y = Int(year), (1800...2999).contains(y) {
                    let next = after.dropFirst(4).first
                    if next == nil || next == " " || next == ";" || next == ":" || next == "." { return i }
                }
                return nil
            }
            i = text.index(after: i)
        }
        return nil
    }
}
