import BibModel

/// Turns the strings pages hold (meta contents, headings, abstracts) into clean text: markup removed,
/// entities decoded (also double-escaped ones such as `&amp;ndash;`), no-break spaces and runs of white
/// space folded to one space.
public enum TextCleaner {
    /// Named entities seen in bibliographic pages; numeric ones are decoded generally.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "–", "mdash": "—",
        "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "times": "×", "middot": "·",
        "eacute": "é", "egrave": "è", "aacute": "á", "agrave": "à", "oacute": "ó", "uacute": "ú", "iacute": "í",
        "ouml": "ö", "uuml": "ü", "auml": "ä", "szlig": "ß", "ccedil": "ç", "ntilde": "ñ", "alpha": "α",
        "beta": "β", "gamma": "γ", "delta": "δ", "mu": "μ", "deg": "°", "plusmn": "±", "copy": "©", "reg": "®",
        "thinsp": " ", "ensp": " ", "emsp": " ", "minus": "−", "prime": "′",
    ]

    /// Clean text, or `nil` when nothing but white space remains.
    public static func clean(_ raw: String) -> String? {
        var s = raw
        if s.contains("&") { s = decodeEntities(decodeEntities(s)) }
        if s.contains("<") { s = stripTags(s) }
        let out = String(String.UnicodeScalarView(s.unicodeScalars.map { isSpace($0) ? " " : $0 })).collapsingSpaces
        return out.isEmpty ? nil : out
    }

    private static func isSpace(_ u: Unicode.Scalar) -> Bool {
        u == "\u{00A0}" || u == "\u{2009}" || u == "\u{202F}" || u == "\u{2002}" || u == "\u{2003}"
            || u == "\u{200B}" || u.properties.isWhitespace
    }

    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` once.
    public static func decodeEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "&", let semi = s[i...].prefix(12).firstIndex(of: ";") {
                let body = s[s.index(after: i)..<semi]
                if let decoded = decode(entity: body) {
                    out += decoded
                    i = s.index(after: semi)
                    continue
                }
            }
            out.append(c)
            i = s.index(after: i)
        }
        return out
    }

    private static func decode(entity body: Substring) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(body)]
    }

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
