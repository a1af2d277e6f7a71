/// Removes what HTML leaves in text values: tags ("<i>", "</sup>") and character entities ("&amp;",
/// "&#8217;", "&#x2013;"). Applied to titles, abstracts and container titles from any extractor.
enum HTMLText {
    /// Named entities that occur in scholarly metadata; numeric entities are decoded generally.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "hellip": "\u{2026}", "thinsp": " ", "ensp": " ", "emsp": " ", "shy": "", "zwnj": "", "zwj": "",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â",
        "auml": "ä", "aring": "å", "atilde": "ã", "iacute": "í", "igrave": "ì", "icirc": "î", "iuml": "ï",
        "oacute": "ó", "ograve": "ò", "ocirc": "ô", "ouml": "ö", "otilde": "õ", "oslash": "ø", "uacute": "ú",
        "ugrave": "ù", "ucirc": "û", "uuml": "ü", "ccedil": "ç", "ntilde": "ñ", "szlig": "ß", "Eacute": "É",
        "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "Aring": "Å", "Oslash": "Ø", "alpha": "α", "beta": "β",
        "gamma": "γ", "delta": "δ", "kappa": "κ", "lambda": "λ", "mu": "μ", "pi": "π", "sigma": "σ",
        "omega": "ω", "deg": "°", "plusmn": "±", "times": "×", "middot": "·", "copy": "©", "reg": "®",
        "trade": "™", "le": "≤", "ge": "≥", "minus": "−", "prime": "′", "micro": "µ",
    ]

    /// The text with tags removed and entities decoded.
    static func clean(_ text: String) -> String {
        decodeEntities(stripTags(text))
    }

    /// Drops "<tag …>" and "</tag>" runs; a "<" that does not open a tag ("p < 0.05") stays.
    static func stripTags(_ text: String) -> String {
        guard text.contains("<") else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "<", let close = tagEnd(text, from: i) {
                i = text.index(after: close)
                continue
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    private static func tagEnd(_ text: String, from start: String.Index) -> String.Index? {
        let next = text.index(after: start)
        guard next < text.endIndex, text[next].isLetter || text[next] == "/" || text[next] == "!" else { return nil }
        var j = next
        var count = 0
        while j < text.endIndex, count < 200 {
            if text[j] == ">" { return j }
            if text[j] == "<" { return nil }
            j = text.index(after: j); count += 1
        }
        return nil
    }

    /// Decodes "&name;", "&#NNN;" and "&#xHH;"; an unknown entity is left as printed.
    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&", let semi = text[i...].prefix(12).firstIndex(of: ";") {
                let body = text[text.index(after: i)..<semi]
                if let decoded = decode(body) {
                    out += decoded
                    i = text.index(after: semi)
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    private static func decode(_ body: Substring) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[String(body)]
    }
}
