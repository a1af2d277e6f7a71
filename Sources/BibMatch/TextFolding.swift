import BibModel
import Foundation

/// Unicode folding shared by every feature: compatibility decomposition, marks removed, lower case,
/// HTML character references decoded, apostrophes dropped, everything that is not a letter or a digit
/// turned into a word break. Ideographs (Han, kana, Hangul syllables) become one word each, so that
/// titles in scripts written without spaces still share words.
enum TextFolding {
    /// Folded words of `text`. `keepWildcard` keeps `?` inside words: some databases print a `?` for
    /// each letter they could not encode, and name comparison treats it as "any one letter".
    static func words(_ text: String, keepWildcard: Bool = false) -> [String] {
        let decoded = text.utf8.contains(UInt8(ascii: "&")) ? decodeEntities(text) : text
        if decoded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(decoded, keepWildcard: keepWildcard) }
        // The text's ASCII word breaks cut it into pieces folded apart: an ASCII character is a starter, which the
        // decomposition neither reaches across nor reorders, so only pieces holding other characters need the
        // Unicode path (`unicodeWords`), and the words are the same.
        var out: [String] = []
        let bytes = decoded.utf8
        var start = bytes.startIndex
        var plain = true
        func piece(upTo end: String.Index) {
            guard start < end else { return }
            let text = String(decoded[start..<end])
            out += plain ? asciiWords(text, keepWildcard: keepWildcard) : unicodeWords(text, keepWildcard: keepWildcard)
        }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let next = bytes.index(after: i)
            if b >= 0x80 {
                plain = false
            } else if !isWordByte(b, keepWildcard: keepWildcard) {
                piece(upTo: i)
                start = next
                plain = true
            }
            i = next
        }
        piece(upTo: bytes.endIndex)
        return out
    }

    /// Whether an ASCII byte belongs to a word (or is dropped inside one, as an apostrophe is) rather than breaking it.
    private static func isWordByte(_ b: UInt8, keepWildcard: Bool) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "'"), UInt8(ascii: "`"): return true
        case UInt8(ascii: "?"): return keepWildcard
        default: return false
        }
    }

    /// `words` of decoded text by the Unicode path alone: compatibility decomposition, then scalar by scalar.
    static func unicodeWords(_ decoded: String, keepWildcard: Bool) -> [String] {
        let folded = decoded.decomposedStringWithCompatibilityMapping
        var out: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { out.append(String(current)); current = String.UnicodeScalarView() }
        }
        for scalar in folded.unicodeScalars {
            let props = scalar.properties
            switch props.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark, .format:
                continue
            default: break
            }
            if isApostrophe(scalar) { continue }
            if keepWildcard && scalar == "?" { current.append(scalar); continue }
            if isIdeograph(scalar) {
                flush()
                out.append(String(scalar))
                continue
            }
            if props.isAlphabetic || props.numericType != nil {
                current.append(contentsOf: props.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The same folding for pure ASCII text, without the cost of Unicode decomposition.
    private static func asciiWords(_ text: String, keepWildcard: Bool) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): current.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
            case UInt8(ascii: "'"), UInt8(ascii: "`"): continue
            case UInt8(ascii: "?") where keepWildcard: current.append(b)
            default:
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            }
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// Text without HTML tags (`<i>`, `</sup>`, `<span class="x">`): a `<` followed by a letter or `/`
    /// up to the next `>`. Other `<` (a comparison: "p < 0.05") are kept.
    static func droppingTags(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let after = rest.index(after: open)
            guard after < rest.endIndex, rest[after].isLetter || rest[after] == "/",
                  let close = rest[after...].firstIndex(of: ">") else {
                out += rest[...open]; rest = rest[after...]; continue
            }
            out += rest[..<open]
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The folded words joined by single spaces.
    static func fold(_ text: String) -> String { words(text).joined(separator: " ") }

    static func isApostrophe(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "\u{2018}" || s == "\u{02BC}" || s == "`" || s == "\u{00B4}"
    }

    static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FA1F).contains(v)
    }

    /// Decodes character references (`&#225;`, `&#xE1;`, `&amp;`); anything else is left as written.
    static func decodeEntities(_ text: String) -> String { HTMLEntities.decode(text) }
}
