import BibModel

/// Turns the strings pages hold (meta contents, headings, abstracts) into clean text: markup removed,
/// entities decoded (also double-escaped ones such as `&amp;ndash;`), no-break spaces and runs of white
/// space folded to one space.
public enum TextCleaner {
    /// Clean text, or `nil` when nothing but white space remains.
    public static func clean(_ raw: String) -> String? {
        var s = raw
        if s.utf8.contains(UInt8(ascii: "&")) { s = decodeEntities(decodeEntities(s)) }
        if s.utf8.contains(UInt8(ascii: "<")) { s = stripTags(s) }
        // ASCII text holds none of the Unicode spaces: folding white space is all it needs.
        let spaced = s.utf8.allSatisfy { $0 < 0x80 } ? s : String(String.UnicodeScalarView(s.unicodeScalars.map { isSpace($0) ? " " : $0 }))
        let out = spaced.collapsingSpaces
        return out.isEmpty ? nil : out
    }

    private static func isSpace(_ u: Unicode.Scalar) -> Bool {
        if u.isASCII { return (0x09...0x0D).contains(u.value) || u.value == 0x20 }
        return u == "\u{00A0}" || u == "\u{2009}" || u == "\u{202F}" || u == "\u{2002}" || u == "\u{2003}"
            || u == "\u{200B}" || u.properties.isWhitespace
    }

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` once.
    public static func decodeEntities(_ s: String) -> String { HTMLEntities.decode(s) }

    /// Removes `<…>` tags that look like markup (a letter or `/` after `<`), keeping their text.
    static func stripTags(_ s: String) -> String {
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            let next = s.index(after: i)
            if c == "<", next < s.endIndex, s[next].isLetter || s[next] == "/",
               let close = s[next...].prefix(400).firstIndex(of: ">") {
                i = s.index(after: close)
                continue
            }
            out.append(c)
            i = next
        }
        return out
    }
}
