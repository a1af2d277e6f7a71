import Foundation
import BibModel

/// The literal text every match of a regular expression starts with, read off the pattern itself
/// (`\bVol\.\s*(\d+)` starts with "Vol."). Text rules look for it with a byte search and try their expression
/// only where it stands: running ICU over the whole 40,000-character window makes Foundation convert the
/// window to UTF-16 once per expression, which cost more than the matching.
///
/// Patterns whose start cannot be read this way (a group, a class, top-level alternation, a flag other than
/// a leading `(?i)`) have no anchor and are run over the whole window as before; so do patterns with a
/// lookbehind (it could look further back than the piece of text kept before the anchor), `\R`, quoting
/// (`\Q…\E`), comments or nested classes (shapes the alternation check does not follow).
struct PatternAnchor: Sendable, Equatable {
    /// The literal, ASCII letters lower-cased: occurrences are found ignoring ASCII case, the expression decides.
    let literal: [UInt8]
    /// The pattern starts with `(?i)`: ICU then also matches the few non-ASCII letters whose case folding
    /// holds ASCII letters (ſ, K, ß, ligatures), so a window holding any of them is searched whole.
    let caseInsensitive: Bool

    init?(pattern: String) {
        var rest = Substring(pattern)
        caseInsensitive = rest.hasPrefix("(?i)")
        if caseInsensitive { rest = rest.dropFirst(4) }
        // `\b` is zero-width: the literal still starts the match (the matcher tests the boundary in context).
        if rest.hasPrefix(#"\b"#) { rest = rest.dropFirst(2) }
        guard !PatternAnchor.unsupported.contains(where: pattern.contains),
              !PatternAnchor.hasTopLevelAlternation(rest) else { return nil }
        var literal: [UInt8] = []
        var chars = Array(rest.unicodeScalars)[...]
        // Non-ASCII characters stand for themselves only when case counts (no folding to other spellings).
        while let c = chars.first, c.isASCII || !caseInsensitive {
            var taken: Unicode.Scalar
            if c == "\\" {
                // An escaped punctuation mark is itself; `\s`, `\d`, `\b` and the like are classes.
                guard let next = chars.dropFirst().first, (0x21..<0x7F).contains(next.value),
                      !PatternAnchor.isWordByte(UInt8(next.value)) else { break }
                taken = next
                chars = chars.dropFirst(2)
            } else {
                guard !PatternAnchor.metacharacters.contains(c), c.value >= 0x20 else { break }
                taken = c
                chars = chars.dropFirst()
            }
            if let q = chars.first, q == "?" || q == "*" || q == "{" { break }  // optional: not part of every match
            literal.append(contentsOf: UTF8.encode(taken)!)
            if chars.first == "+" { break }
        }
        guard literal.count >= 2 else { return nil }
        self.literal = literal.map(PatternAnchor.asciiLower)
    }

    /// Characters with a meaning of their own outside a class.
    private static let metacharacters: Set<Unicode.Scalar> = [".", "(", ")", "[", "]", "{", "}", "*", "+", "?", "|", "^", "$", "\\"]

    /// Pattern pieces that make a pattern go without an anchor (see the type's documentation).
    private static let unsupported = ["(?<=", "(?<!", #"\R"#, #"\Q"#, "(?#"]

    /// Whether `pattern` has a `|` outside every group and class (then a match may start with another branch),
    /// or a class inside a class (a shape this count does not follow).
    static func hasTopLevelAlternation(_ pattern: Substring) -> Bool {
        var depth = 0, inClass = false, escaped = false
        for c in pattern.unicodeScalars {
            if escaped { escaped = false; continue }
            switch c {
            case "\\": escaped = true
            case "[" where inClass: return true
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: return true
            default: break
            }
        }
        return false
    }

    static func asciiLower(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b | 0x20 : b }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F
    }

    /// Whether ICU's `\b` looks through `s` to the character before it (combining marks and format characters);
    /// unassigned scalars count too, as an ICU older than Swift's Unicode data may know them as such.
    static func isSeenThrough(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return false }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .unassigned: return true
        default: return s.properties.isGraphemeExtend
        }
    }

    /// Non-ASCII scalars whose case folding holds an ASCII letter (a case-insensitive "s" matches "ſ").
    /// `PatternAnchorTests` checks the list against the Unicode case mappings.
    static let foldTraps: [Unicode.Scalar] = [
        "\u{00DF}", "\u{0130}", "\u{0131}", "\u{0149}", "\u{017F}", "\u{01F0}", "\u{1E96}", "\u{1E97}", "\u{1E98}", "\u{1E99}",
        "\u{1E9A}", "\u{1E9E}", "\u{212A}", "\u{FB00}", "\u{FB01}", "\u{FB02}", "\u{FB03}", "\u{FB04}", "\u{FB05}",
        "\u{FB06}",
    ]

    /// Whether valid UTF-8 `bytes` hold one of `foldTraps` (one pass; ASCII bytes are skipped at once).
    static func holdsFoldTrap(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0xC0 {
                for trap in trapBytes where trap[0] == b && i + trap.count <= bytes.count {
                    if (1..<trap.count).allSatisfy({ bytes[i + $0] == trap[$0] }) { return true }
                }
            }
            i += 1
        }
        return false
    }

    private static let trapBytes: [[UInt8]] = foldTraps.map { Array(String($0).utf8) }
}
