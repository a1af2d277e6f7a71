/// Section labels of structured abstracts and how to find them however a source prints them:
/// "Background: …" (canonical), glued "BackgroundHeroin…" / "…context.MethodsWe…", or inline
/// "Background Heroin … Methods We …".
///
/// The canonical form bibd stores is one section per line, "Label: text", so that the same abstract
/// from PubMed, a Chinese mirror and a Crossref mirror compares equal.
enum StructuredAbstract {
    /// A label and whether it may be recognised without a colon (glued or inline). Words that often start
    /// ordinary sentences ("Design", "Setting", "Participants") count only with a colon.
    static let labels: [(name: String, bare: Bool, upper: String)] = [
        ("Materials and Methods", true), ("Methods and Materials", true), ("Patients and Methods", true),
        ("Methodology/Principal Findings", true), ("Conclusions/Significance", true), ("Main outcome measures", false),
        ("Trial registration", true), ("Background", true), ("Introduction", true), ("Objectives", true),
        ("Objective", true), ("Aims", true), ("Aim", true), ("Purpose", true), ("Context", false), ("Methods", true),
        ("Method", true), ("Methodology", true), ("Results", true), ("Findings", true), ("Conclusions", true),
        ("Conclusion", true), ("Interpretation", true), ("Discussion", true), ("Significance", false),
        ("Design", false), ("Setting", false), ("Participants", false), ("Interventions", false),
        ("Measurements", false), ("Limitations", false), ("Implications", false), ("Funding", false),
    ].map { ($0.0, $0.1, $0.0.uppercased()) }

    /// A label found in the text: where it starts, where its text starts, and its canonical spelling.
    struct Hit { var start: String.Index; var bodyStart: String.Index; var name: String; var colon: Bool }

    /// The sections of `text` as (label, body) when it is a structured abstract; `nil` otherwise.
    /// Glued and inline labels count only when there are at least two and the first opens the text.
    static func sections(_ text: String) -> [(label: String, body: String)]? {
        let hits = find(in: text)
        guard let first = hits.first, first.start == text.startIndex else { return nil }
        guard hits.count >= 2 || first.colon else { return nil }
        var out: [(String, String)] = []
        for (k, h) in hits.enumerated() {
            let end = k + 1 < hits.count ? hits[k + 1].start : text.endIndex
            let body = String(text[h.bodyStart..<end]).collapsingSpaces
            if !body.isEmpty { out.append((h.name, body)) }
        }
        return out.count >= 1 ? out : nil
    }

    /// Every label occurrence at a section boundary: the start of the text, a new line, or right after
    /// the end of a sentence (with or without a space, as glued dumps lose it).
    /// Walks the UTF-8 bytes: every label starts with an ASCII capital, and the marks are one-byte characters.
    static func find(in text: String) -> [Hit] {
        var hits: [Hit] = []
        let bytes = text.utf8
        var i = bytes.startIndex
        // What the previous character was (nil at the start) and the last one before the current run of
        // spaces, kept as the few facts the boundary test needs.
        var previous: Mark? = nil
        var lastNonSpace: Mark? = nil
        var previousByte: UInt8 = 0
        while i < bytes.endIndex {
            let b = bytes[i]
            if (0x41...0x5A).contains(b) {
                let atBoundary = previous == nil || previous == .newline || previous == .sentenceEnd
                    || (previous == .space && (lastNonSpace.map { $0 == .sentenceEnd || $0 == .newline } ?? true))
                if atBoundary, let hit = match(text, at: i) {
                    hits.append(hit)
                    i = hit.bodyStart
                    previous = .other; lastNonSpace = .other; previousByte = 0
                    continue
                }
            }
            var mark = Mark(b, after: previousByte)
            // After a non-ASCII character a mark may belong to its Character (a Prepend character such as U+0600
            // takes the next one): then it marks nothing.
            if mark != .other, previousByte >= 0x80, joinsPrevious(text, at: i) { mark = .other }
            if mark != .space { lastNonSpace = mark }
            previous = mark
            previousByte = b
            i = bytes.index(after: i)
        }
        return hits
    }

    /// Whether the UTF-8 bytes of `text` from `i` start with those of `word`.
    private static func startsWithBytes(_ bytes: String.UTF8View, at i: String.Index, _ word: String) -> Bool {
        var j = i
        for b in word.utf8 {
            guard j < bytes.endIndex, bytes[j] == b else { return false }
            j = bytes.index(after: j)
        }
        return true
    }

    /// Whether the ASCII character at `i` is part of the Character of the scalar before it.
    private static func joinsPrevious(_ text: String, at i: String.Index) -> Bool {
        let scalars = text.unicodeScalars
        guard i > scalars.startIndex else { return false }
        let pair = String(String.UnicodeScalarView([scalars[scalars.index(before: i)], scalars[i]]))
        return pair.count == 1
    }

    /// The kinds of character the boundary test tells apart.
    private enum Mark {
        case newline, sentenceEnd, space, other

        /// The mark of a character ending in byte `b`: each mark is a one-byte character, so the bytes of longer
        /// characters are all `other` ("\r\n" is one character: other).
        init(_ b: UInt8, after previous: UInt8) {
            switch b {
            case 0x0A: self = previous == 0x0D ? .other : .newline
            case 0x2E, 0x21, 0x3F: self = .sentenceEnd
            case 0x20: self = .space
            default: self = .other
            }
        }
    }

    /// The label starting at `i` ("Methods:", "MethodsWe", "Methods We", "METHODS:"), if any.
    private static func match(_ text: String, at i: String.Index) -> Hit? {
        let rest = text[i...]
        let bytes = text.utf8
        for label in labels {
            // The bytes rule most labels out at once; the Character comparison then decides.
            guard startsWithBytes(bytes, at: i, label.name) || startsWithBytes(bytes, at: i, label.upper) else { continue }
            let printed: Substring
            if rest.hasPrefix(label.name) || rest.hasPrefix(label.upper) {
                printed = rest.prefix(label.name.count)
            } else {
                continue
            }
            var j = printed.endIndex
            let after = j < text.endIndex ? text[j] : nil
            if after == ":" || (after == " " && text.index(after: j) < text.endIndex && text[text.index(after: j)] == ":") {
                while j < text.endIndex, text[j] == ":" || text[j] == " " { j = text.index(after: j) }
                return Hit(start: i, bodyStart: j, name: label.name, colon: true)
            }
            guard label.bare, let a = after else { continue }
            if a.isUppercase { return Hit(start: i, bodyStart: j, name: label.name, colon: false) }
            if a == " " {
                let k = text.index(after: j)
                if k < text.endIndex, text[k].isUppercase || text[k].isNumber {
                    return Hit(start: i, bodyStart: k, name: label.name, colon: false)
                }
            }
        }
        return nil
    }
}
