import Foundation

/// A printed page range reduced to numbers. Read: "615-621", "615-21" (abbreviated end), "S95-S96",
/// "100A", "e1401" (an article number), "pp. 37-66" and "p. 37" (prefixes), "37-66." (a trailing dot),
/// and a range a spreadsheet turned into a date ("23-Jul" or "Jul-23" for 7-23: the month is the first
/// page). Text that is not a page range (letters inside a number, "Suppl-20") gives `nil`.
struct PageRange: Sendable, Equatable {
    /// Letters in front of the number ("s" for supplement pages, "e" for e-locators).
    let prefix: String
    let first: Int
    let last: Int

    /// Words printed before pages.
    static let labels = ["pages", "page", "pp.", "pp", "p.", "p"]
    /// Month abbreviations a spreadsheet prints for a number from 1 to 12.
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    init?(_ raw: String?) {
        guard let raw else { return nil }
        var text = raw.trimmingCharacters(in: .whitespaces)
        let lower = text.lowercased()
        if let label = Self.labels.first(where: { lower.hasPrefix($0) && lower.dropFirst($0.count).first.map { !$0.isLetter } ?? false }) {
            text = String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
        }
        while text.hasSuffix(".") { text.removeLast() }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, let (first, last) = Self.spreadsheetDate(parts[0], parts[1]) {
            prefix = ""; self.first = first; self.last = last
            return
        }
        guard let head = parts.first, parts.count <= 2, let (pre, start) = Self.split(head) else { return nil }
        var end = start
        if parts.count == 2 {
            guard let (pre2, tail) = Self.split(parts[1]), pre2.isEmpty || pre2 == pre else { return nil }
            end = tail
            let startText = String(start), tailText = String(tail)
            if tail < start, tailText.count < startText.count {
                end = Int(startText.dropLast(tailText.count) + tailText) ?? tail
            }
            if end < start { return nil }
        }
        prefix = pre; first = start; last = end
    }

    /// "23-Jul" and "Jul-23" as a spreadsheet prints the range 7-23.
    private static func spreadsheetDate(_ a: String, _ b: String) -> (Int, Int)? {
        let (x, y) = (a.lowercased(), b.lowercased())
        if let m = months.firstIndex(of: y), let n = Int(x) { return m + 1 <= n ? (m + 1, n) : nil }
        if let m = months.firstIndex(of: x), let n = Int(y) { return m + 1 <= n ? (m + 1, n) : nil }
        return nil
    }

    /// "S95" → ("s", 95); "100A" → ("", 100); "CD004324" → ("cd", 4324); pure letters → nil.
    private static func split(_ s: String) -> (String, Int)? {
        let lower = s.lowercased()
        let letters = lower.prefix { $0.isLetter }
        let rest = lower.dropFirst(letters.count)
        let digits = rest.prefix { $0.isNumber }
        guard !digits.isEmpty, letters.count <= 2, let n = Int(digits) else { return nil }
        let trailer = rest.dropFirst(digits.count)
        guard trailer.count <= 1, trailer.allSatisfy(\.isLetter) else { return nil }
        return (String(letters), n)
    }

    /// Whether the two ranges share at least one page (only meaningful with the same prefix).
    func overlaps(_ other: PageRange) -> Bool { first <= other.last && other.first <= last }
}
