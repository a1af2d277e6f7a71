/// Canonical abstracts: markup gone, the heading word ("Abstract", "Summary") removed, a trailing
/// copyright notice dropped, and structured abstracts rewritten as one "Label: text" line per section.
enum Abstracts {
    /// Heading words that sources print at the start of the abstract text. Only the English ones: an inline label
    /// in the abstract's own language ("Resumo: Neste trabalho …") is kept as the source printed it, as the
    /// corpus gold keeps it; the headings of other languages (`AbstractHeadings`) are for finding the abstract.
    static let headings = ["Abstract", "ABSTRACT", "Summary", "SUMMARY"]

    static func abstract(_ raw: String?) -> String? {
        guard let raw else { return nil }
        // Cut at line feeds scalar by scalar (a CR before one is folded away with the other spaces).
        var lines = HTMLText.clean(raw).unicodeScalars.split(separator: "\n").map { String(Substring($0)).collapsingSpaces }
            .filter { !$0.isEmpty }
        guard !lines.isEmpty else { return nil }
        lines[0] = droppingHeading(lines[0])
        lines = lines.filter { !$0.isEmpty }
        if let last = lines.last { lines[lines.count - 1] = droppingCopyright(last) }
        lines = lines.filter { !$0.isEmpty }
        let text = lines.joined(separator: "\n")
        guard !text.isEmpty else { return nil }
        if let sections = StructuredAbstract.sections(text) {
            return sections.map { $0.label + ": " + $0.body }.joined(separator: "\n")
        }
        return text
    }

    /// "Abstract Background …", "Abstract: The …", "AbstractBackground…" → the text after the heading.
    /// "Abstract art is …" keeps its first word: the heading must be followed by a colon, a full stop,
    /// the end, or a capital letter (with or without a space).
    static func droppingHeading(_ line: String) -> String {
        for h in headings where line.hasPrefix(h) {
            let rest = line.dropFirst(h.count)
            guard let first = rest.first else { return "" }
            if first == ":" || first == "." || first == "\u{2014}" || first == "-" {
                return String(rest.dropFirst()).trimmingSpaces
            }
            if first.isUppercase { return String(rest) }
            if first == " ", let next = rest.dropFirst().first, next.isUppercase || next.isNumber {
                return String(rest).trimmingSpaces
            }
        }
        return line
    }

    /// A copyright notice at the end ("… © 2019 Elsevier Ltd. All rights reserved.") is not abstract text.
    static func droppingCopyright(_ line: String) -> String {
        let starts = ["Copyright \u{00A9}", "Copyright (c)", "\u{00A9}", "(c) 1", "(c) 2"].compactMap { line.lastRange(of: $0)?.lowerBound }
        guard let start = starts.min(), line[start...].count <= 250 else { return line }
        return String(line[..<start]).trimmingSpaces
    }
}

extension String {
    /// The last range of `needle` in the string (Foundation-free), found on the UTF-8 bytes: the needles are
    /// notices such as "Copyright ©" that start and end on whole characters.
    func lastRange(of needle: String) -> Range<String.Index>? {
        var text = self
        let pin = Array(needle.utf8)
        let found: Int? = text.withUTF8 { hay in
            guard !pin.isEmpty, pin.count <= hay.count else { return nil }
            var start = hay.count - pin.count
            while start >= 0 {
                if hay[start] == pin[0] {
                    var k = 1
                    while k < pin.count, hay[start + k] == pin[k] { k += 1 }
                    if k == pin.count { return start }
                }
                start -= 1
            }
            return nil
        }
        guard let start = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: pin.count)
    }
}
