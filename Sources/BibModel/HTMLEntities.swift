/// Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2013;`) left in text that pages, mirrors and
/// database exports carry. One decoder for every stage, so that all of them read a value the same way.
public enum HTMLEntities {
    /// Named references that occur in scholarly metadata; numeric references are decoded generally.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "thinsp": "\u{2009}", "ensp": "\u{2002}", "emsp": "\u{2003}", "shy": "", "zwnj": "",
        "zwj": "", "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à",
        "acirc": "â", "auml": "ä", "aring": "å", "atilde": "ã", "iacute": "í", "igrave": "ì", "icirc": "î",
        "iuml": "ï", "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø",
        "uacute": "ú", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "ccedil": "ç", "ntilde": "ñ", "szlig": "ß",
        "Eacute": "É", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "Aring": "Å", "Oslash": "Ø", "alpha": "α",
        "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ", "lambda": "λ", "mu": "μ", "pi": "π",
        "sigma": "σ", "omega": "ω", "deg": "°", "plusmn": "±", "times": "×", "middot": "·", "copy": "©",
        "reg": "®", "trade": "™", "le": "≤", "ge": "≥", "minus": "−", "prime": "′", "micro": "µ",
    ]

    /// `text` with every reference decoded once; an unknown or malformed reference is left as written.
    ///
    /// Read on the UTF-8 bytes: a reference's body (up to 11 characters before its `;`) is ASCII, so a body
    /// that reaches a non-ASCII byte is no reference, and a `;` carrying a combining mark is no `;`.
    public static func decode(_ text: String) -> String {
        guard text.containsByte(0x26) else { return text }
        var copy = text
        return copy.withUTF8 { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var copied = 0
            var i = 0
            while i < b.count {
                guard b[i] == 0x26 else { i += 1; continue }
                var semi = i + 1
                let limit = min(b.count, i + 13)
                while semi < limit, b[semi] != 0x3B, b[semi] < 0x80 { semi += 1 }
                guard semi < limit, b[semi] == 0x3B, !UTF8Characters.extendsCharacter(b, at: semi + 1),
                      let value = character(for: Substring(String(decoding: b[(i + 1)..<semi], as: UTF8.self))) else {
                    i += 1
                    continue
                }
                out += b[copied..<i]
                out += value.utf8
                i = semi + 1
                copied = i
            }
            out += b[copied...]
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func character(for body: Substring) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(body)] ?? named[body.lowercased()]
    }
}
