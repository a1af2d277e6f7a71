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
        // A name of commas alone (",") has no part to read.
        guard !parts.isEmpty else { return nil }
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
        let decoded = TeXDecoding.decode(word)
        // The first letter is found in the bytes while they are ASCII (an ASCII letter is a letter whatever marks
        // follow it); text reaching a non-ASCII scalar first is read by character.
        for c in decoded.utf8 {
            if c >= 0x80 { break }
            if (0x61...0x7A).contains(c) { return true }
            if (0x41...0x5A).contains(c) { return false }
        }
        return decoded.first { $0.isLetter }?.isLowercase ?? false
    }

    /// The bytes of `s` read by `body`.
    private static func withBytes<T>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var copy = s
        return copy.withUTF8(body)
    }

    /// Whether the brace opening `s` closes at its last character.
    private static func closesAtEnd(_ s: String) -> Bool {
        withBytes(s) { b in
            var depth = 0
            for n in b.indices {
                guard UTF8Characters.standsAlone(b, at: n) else { continue }
                if b[n] == 0x7B { depth += 1 } else if b[n] == 0x7D { depth -= 1; if depth == 0 { return n == b.count - 1 } }
            }
            return false
        }
    }

    /// `s` cut at the word `separator` (ASCII, any case) standing alone between white space at brace depth 0.
    static func split(_ s: String, separator: String) -> [String] {
        let sep = Array(separator.lowercased().utf8)
        return withBytes(s) { b in
            var out: [String] = []
            var start = 0
            var depth = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                let alone = UTF8Characters.standsAlone(b, at: i)
                if alone, c == 0x7B { depth += 1 } else if alone, c == 0x7D { depth -= 1 }
                if depth == 0 {
                    let before = UTF8Characters.spaceLength(b, at: i)
                    let word = i + before
                    if before > 0, word + sep.count < b.count,
                       (0..<sep.count).allSatisfy({ k in b[word + k] | 0x20 == sep[k] && Self.isASCIILetter(b[word + k]) }) {
                        let after = UTF8Characters.spaceLength(b, at: word + sep.count)
                        if after > 0 {
                            out.append(String(decoding: b[start..<i], as: UTF8.self))
                            i = word + sep.count + after
                            start = i
                            continue
                        }
                    }
                }
                i += 1
            }
            out.append(String(decoding: b[start..<b.count], as: UTF8.self))
            return out.filter { !$0.trimmingSpaces.isEmpty }
        }
    }

    private static func isASCIILetter(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }

    /// The comma-separated parts of one name at brace depth 0.
    private static func splitCommas(_ s: String) -> [String] {
        withBytes(s) { b in
            var out: [String] = []
            var start = 0
            var depth = 0
            for i in b.indices {
                let c = b[i]
                let alone = UTF8Characters.standsAlone(b, at: i)
                if alone, c == 0x7B { depth += 1 } else if alone, c == 0x7D { depth -= 1 }
                if c == 0x2C, alone, depth == 0 {
                    out.append(String(decoding: b[start..<i], as: UTF8.self).trimmingSpaces)
                    start = i + 1
                }
            }
            out.append(String(decoding: b[start..<b.count], as: UTF8.self).trimmingSpaces)
            return out.filter { !$0.isEmpty }
        }
    }

    /// The words of a name part (spaces and ties at brace depth 0 separate them; `\~` is an accent, not a tie).
    private static func words(_ s: String) -> [String] {
        withBytes(s) { b in
            var out: [String] = []
            var start = 0
            var depth = 0
            var i = 0
            while i < b.count {
                let c = b[i]
                let alone = UTF8Characters.standsAlone(b, at: i)
                if alone, c == 0x7B { depth += 1 } else if alone, c == 0x7D { depth -= 1 }
                if depth == 0 {
                    let space = UTF8Characters.spaceLength(b, at: i)
                    let separates = space > 0 ? space : c == 0x7E && alone && (i == start || b[i - 1] != 0x5C) ? 1 : 0
                    if separates > 0 {
                        if i > start { out.append(String(decoding: b[start..<i], as: UTF8.self)) }
                        i += separates
                        start = i
                        continue
                    }
                }
                i += 1
            }
            if b.count > start { out.append(String(decoding: b[start..<b.count], as: UTF8.self)) }
            return out
        }
    }
}
