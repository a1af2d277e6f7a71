import BibModel

/// A page range as printed ("615-621", "615–21", "e123"), split into its first and last page.
struct PageRange: Sendable, Equatable {
    var first: String
    var last: String?

    /// Dash characters sources use between two pages.
    static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// Splits at the first run of dashes; `nil` when the text is empty. A single page has no `last`.
    static func parse(_ text: String) -> PageRange? {
        let t = text.trimmingSpaces
        guard !t.isEmpty else { return nil }
        guard let dash = t.firstIndex(where: { dashes.contains($0) }) else { return PageRange(first: t, last: nil) }
        let first = String(t[..<dash]).trimmingSpaces
        let last = String(t[dash...].drop(while: { dashes.contains($0) })).trimmingSpaces
        if first.isEmpty { return PageRange(first: t, last: nil) }
        return PageRange(first: first, last: last.isEmpty ? nil : last)
    }
}
