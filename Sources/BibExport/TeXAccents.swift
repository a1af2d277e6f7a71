import Foundation
import Synchronization

/// ASCII TeX spellings of non-ASCII characters, for classic BibTeX.
///
/// Accented Latin letters are decomposed (NFD) and each combining mark becomes its accent command,
/// nested for stacked marks (`ế` → `\'{\^{e}}`). The accent is not wrapped in an outer brace group:
/// pandoc reads `{\"o}` as case-protected text and then miscases the word around it ("vögel"). Characters with no ASCII TeX spelling that readers
/// understand (CJK, Arabic, emoji) are left as UTF-8: replacing them would lose the text, and pandoc,
/// bibtexparser and bibtex 0.99 all pass UTF-8 through.
enum TeXAccents {
    /// Combining mark → accent command.
    static let marks: [Unicode.Scalar: String] = [
        "\u{0300}": "`", "\u{0301}": "'", "\u{0302}": "^", "\u{0303}": "~", "\u{0304}": "=",
        "\u{0306}": "u", "\u{0307}": ".", "\u{0308}": "\"", "\u{030A}": "r", "\u{030B}": "H",
        "\u{030C}": "v", "\u{0323}": "d", "\u{0327}": "c", "\u{0328}": "k", "\u{0331}": "b",
    ]

    /// Letters and punctuation with their own command or ASCII ligature. Quotes and dashes use TeX's ligatures:
    /// ‘ → `, ’ → ', “ → ``, ” → '', – → --, — → ---.
    static let symbols: [Character: String] = [
        "ø": "{\\o}", "Ø": "{\\O}", "ß": "{\\ss}", "æ": "{\\ae}", "Æ": "{\\AE}", "œ": "{\\oe}", "Œ": "{\\OE}",
        "ł": "{\\l}", "Ł": "{\\L}", "ı": "{\\i}", "å": "{\\aa}", "Å": "{\\AA}",
        "\u{2013}": "--", "\u{2014}": "---", "\u{201C}": "``", "\u{201D}": "''", "\u{2018}": "`", "\u{2019}": "'",
        "\u{2026}": "{\\ldots}", "\u{00A0}": "~",
    ]

    /// The ASCII spelling of one character, or `nil` when it has none.
    static func ascii(for ch: Character) -> String? {
        // A character of one scalar (most of them) is spelled once and remembered: names and journals repeat.
        let scalars = ch.unicodeScalars
        guard let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return spell(ch) }
        if let hit = memo.withLock({ $0[only.value] }) { return hit }
        let spelled = spell(ch)
        memo.withLock { $0[only.value] = .some(spelled) }
        return spelled
    }

    private static let memo = Mutex<[UInt32: String?]>([:])

    /// `ascii(for:)`, computed.
    private static func spell(_ ch: Character) -> String? {
        if let symbol = symbols[ch] { return symbol }
        let scalars = Array(String(ch).decomposedStringWithCanonicalMapping.unicodeScalars)
        guard let base = scalars.first, base.isASCII, base.properties.isAlphabetic, scalars.count > 1 else { return nil }
        var out = String(base)
        for mark in scalars.dropFirst() {
            guard let command = marks[mark] else { return nil }
            out = "\\" + command + "{" + out + "}"
        }
        return out
    }
}
