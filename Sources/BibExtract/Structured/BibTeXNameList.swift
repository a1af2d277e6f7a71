import BibModel

/// Splits a BibTeX name list (`author`, `editor`) the way BibTeX does: names are separated by `and` at brace
/// depth 0; a name is "First von Last", "von Last, First" or "von Last, Jr, First"; a fully braced name
/// ("{World Health Organization}") is one corporate name. TeX is decoded after splitting.
enum BibTeXNameList {
    /// The people of a name list; `truncated` when it ends in "and others".
    static func people(_ raw: String) -> (people: [Person], truncated: Bool) {
        var out: [Person] = []
        var truncated = false
        for name in split(raw, separator: "and") {
            let trimmed = name.trimmingSpaces
            if trimmed.lowercased() == "others" { truncated = true; continue }
            if let p = person(trimmed) { out.append(p) }
        }
        return (out, truncated)
    }

    /// One name in any of BibTeX's three forms.
    static func person(_ raw: String) -> Person? {
        guard !raw.isEmpty else { return nil }
        if raw.hasPrefix("{"), raw.hasSuffix("}"), closesAtEnd(raw) {
            let literal = decode(String(raw.dropFirst().dropLast()))
            return literal.isEmpty ? nil : Person(family: literal)
        }
        let parts = splitCommas(raw)
        switch parts.count {
        case 1:
            let words = words(parts[0])
            guard let lastWord = words.last else { return nil }
            // "First von Last": von starts at the first lower-case word before the last one.
            let vonStart = words.dropLast().firstIndex(where: isVon)
            if let v = vonStart {
                var vonEnd = v
                while vonEnd + 1 < words.count - 1, isVon(words[vonEnd + 1]) { vonEnd += 1 }
                return make(von: Array(words[v...vonEnd]), last: Array(words[(vonEnd + 1)...]),
                            first: Array(words[..<v]), jr: nil)
            }
            return make(von: [], last: [lastWord], first: Array(words.dropLast()), jr: nil)
        default:
            let lastWords = words(parts[0])
            var k = 0
            while k < lastWords.count - 1, isVon(lastWords[k]) { k += 1 }
            let jr = parts.count >= 3 ? parts[1] : nil
            let first = parts.count >= 3 ? parts[2...].joined(separator: " ") : parts[1]
            return make(von: Array(lastWords[..<k]), last: Array(lastWords[k...]), first: words(first), jr: jr)
        }
    }

    private static func make(von: [String], last: [String], first: [String], jr: String?) -> Person? {
        let family = decode(last.joined(separator: " "))
        guard !family.isEmpty else { return nil }
        let given = decode(first.joined(separator: " "))
        let particle = decode(von.joined(separator: " "))
        let suffix = jr.map(decode)
        return Person(family: family, given: given.isEmpty ? nil : given, particle: particle.isEmpty ? nil : particle,
                      suffix: (suffix?.isEmpty ?? true) ? nil : suffix)
    }

    private static func decode(_ s: String) -> String { TeXDecoding.decode(s).collapsingSpaces }

    /// A word of the von part: its first letter at brace depth 0 is lower case.
    private static func isVon(_ word: String) -> Bool {
        if word.hasPrefix("{"), !word.hasPrefix("{\\") { return false }
        return TeXDecoding.decode(word).first { $0.isLetter }?.isLowercase ?? false
    }

    /// Whether the brace opening `s` closes at its last character.
    private static func closesAtEnd(_ s: String) -> Bool {
        var depth = 0
        for (n, c) in s.enumerated() {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1; if depth == 0 { return n == s.count - 1 } }
        }
        return false
    }

    /// `s` cut at the word `separator` (any case) standing alone at brace depth 0.
    static func split(_ s: String, separator: String) -> [String] {
        let chars = Array(s)
        var out: [String] = []
        var current = ""
        var depth = 0
        var i = 0
        let sep = Array(separator)
        while i < chars.count {
            let c = chars[i]
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            if depth == 0, c.isWhitespace, i + sep.count + 1 < chars.count,
               zip(chars[(i + 1)...].prefix(sep.count), sep).allSatisfy({ $0.lowercased() == String($1) }),
               chars[i + sep.count + 1].isWhitespace {
                out.append(current)
                current = ""
                i += sep.count + 2
                continue
            }
            current.append(c)
            i += 1
        }
        out.append(current)
        return out.filter { !$0.trimmingSpaces.isEmpty }
    }

    /// The comma-separated parts of one name at brace depth 0.
    private static func splitCommas(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for c in s {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            if c == ",", depth == 0 { out.append(current.trimmingSpaces); current = ""; continue }
            current.append(c)
        }
        out.append(current.trimmingSpaces)
        return out.filter { !$0.isEmpty }
    }

    /// The words of a name part (spaces and ties at brace depth 0 separate them; `\~` is an accent, not a tie).
    private static func words(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var depth = 0
        for c in s {
            if c == "{" { depth += 1 } else if c == "}" { depth -= 1 }
            if depth == 0, c.isWhitespace || (c == "~" && current.last != "\\") {
                if !current.isEmpty { out.append(current); current = "" }
                continue
            }
            current.append(c)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}
