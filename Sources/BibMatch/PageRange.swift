import Foundation

/// A printed page range reduced to numbers: "615-621", "615-21" (abbreviated end), "S95-S96", "100A".
/// Text that is not a page range (article numbers with letters inside, "Suppl-20") gives `nil`.
struct PageRange: Sendable, Equatable {
    /// Letters in front of the number ("S" for supplement pages, "e" for e-locators).
    let prefix: String
    let first: Int
    let last: Int

    init?(_ raw: String?) {
        guard let raw else { return nil }
        let parts = raw.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
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

    /// "S95" → ("s", 95); "100A" → ("", 100); pure letters → nil.
    private static func split(_ s: String) -> (String, Int)? {
        let lower = s.lowercased()
        let letters = lower.prefix { $0.isLetter }
        let rest = lower.dropFirst(letters.count)
        let digits = rest.prefix { $0.isNumber }
        guard !digits.isEmpty, letters.count <= 1, let n = Int(digits) else { return nil }
        let trailer = rest.dropFirst(digits.count)
        guard trailer.count <= 1, trailer.allSatisfy(\.isLetter) else { return nil }
        return (String(letters), n)
    }

    /// Whether the two ranges share at least one page (only meaningful with the same prefix).
    func overlaps(_ other: PageRange) -> Bool { first <= other.last && other.first <= last }
}
