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
    public static func decode(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            guard let semi = after.prefix(12).firstIndex(of: ";"), let value = character(for: after[..<semi]) else {
                out.append("&")
                rest = after
                continue
            }
            out += value
            rest = after[after.index(after: semi)...]
        }
        out += rest
        return out
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
