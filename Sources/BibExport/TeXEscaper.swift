import BibModel

/// How a TeX-based writer spells characters outside ASCII.
public enum TeXEncoding: Sendable {
    /// Classic BibTeX: accented Latin letters and typographic punctuation become TeX commands.
    case ascii
    /// biblatex with biber: UTF-8 text is kept as it is.
    case utf8
}

/// Makes any text safe inside a braced BibTeX/biblatex field value.
///
/// Every TeX special (`\ { } % & # $ _ ^ ~`) is written as a literal-character command, so a scraped
/// `\input{…}` or `\write18` becomes harmless text. Braces are escaped as `\{ \}` only when they pair up
/// inside the value (BibTeX counts braces even after a backslash); an unpaired one becomes
/// `{\textbraceleft}` / `{\textbraceright}`. Callers pass single-line text (see `RecordSanitizer`), so no
/// `@` can start a line.
enum TeXEscaper {
    /// Literal characters that TeX would otherwise read as commands.
    static let specials: [Character: String] = [
        "\\": "{\\textbackslash}", "%": "\\%", "&": "\\&", "#": "\\#", "$": "\\$", "_": "\\_",
        "^": "{\\textasciicircum}", "~": "{\\textasciitilde}",
    ]

    static func escape(_ text: String, encoding: TeXEncoding) -> String {
        if let fast = escapeBytes(text, encoding: encoding) { return fast }
        return pieces(Array(text), encoding: encoding).joined()
    }

    /// Byte-level specials (the ASCII keys of `specials`), for the fast path: the spelling by byte value.
    private static let specialBytes: [[UInt8]?] = {
        var out = [[UInt8]?](repeating: nil, count: 256)
        for (ch, spelling) in specials { if let b = ch.asciiValue { out[Int(b)] = Array(spelling.utf8) } }
        return out
    }()

    /// The same result as the character-level path, computed on UTF-8 bytes, for text without braces whose
    /// quotes sit between ASCII characters (and, in ASCII mode, with no non-ASCII character); `nil` otherwise.
    /// Most field values take this path, which keeps a first render of a large store fast.
    static func escapeBytes(_ text: String, encoding: TeXEncoding) -> String? {
        var copy = text
        var clean = true
        let spellings = specialBytes
        let marked = markedBytes
        let escaped = copy.withUTF8 { bytes -> String? in
            for b in bytes where marked[Int(b)] {
                if b == 0x7B || b == 0x7D || (b >= 0x80 && encoding == .ascii) { clean = false; return nil }
                if b < 0x80 { clean = false }
            }
            if clean { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            func isWordByte(_ b: UInt8) -> Bool { ASCIIBytes.isAlphanumeric(b) }
            var i = 0
            while i < bytes.count {
                // A run of bytes written as they are is copied in one go.
                var end = i
                while end < bytes.count, !marked[Int(bytes[end])] || bytes[end] >= 0x80 { end += 1 }
                if end > i {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end
                    continue
                }
                let b = bytes[i]
                defer { i += 1 }
                if let special = spellings[Int(b)] { out += special; continue }
                let prev: UInt8? = i > 0 ? bytes[i - 1] : nil
                let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
                if let p = prev, p >= 0x80 { return nil }
                if let n = next, n >= 0x80 { return nil }
                let opens = (prev == nil || prev == 0x20 || prev == 0x09 || prev == 0x0A || prev == 0x28 || prev == 0x5B)
                    && next.map(isWordByte) == true
                if b == 0x27 { out += opens ? [0x60] : [0x27] } else { out += opens ? [0x60, 0x60] : [0x27, 0x27] }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return clean ? text : escaped
    }

    /// Bytes the fast path must look at: TeX specials, braces, straight quotes, and (in ASCII mode) non-ASCII bytes.
    private static let markedBytes: [Bool] = (0..<256).map { value in
        specialBytes[value] != nil || value == 0x7B || value == 0x7D || value == 0x27 || value == 0x22 || value >= 0x80
    }

    /// Whether any character of `text` is spelled other than as itself (`spellings` gives nil for every
    /// character of a text without TeX specials, braces, straight quotes and, in ASCII mode, non-ASCII text).
    static func needsSpelling(_ text: String, encoding: TeXEncoding) -> Bool {
        let marked = markedBytes
        return text.utf8.contains { marked[Int($0)] && ($0 < 0x80 || encoding == .ascii) }
    }

    /// Whether `ch` is a key of `specials` (all of them are ASCII).
    static func isSpecial(_ ch: Character) -> Bool {
        guard let b = ch.asciiByte else { return false }
        return specialBytes[Int(b)] != nil
    }

    /// The escaped spelling of each character of `chars`, in order (braces paired over the whole text).
    static func pieces(_ chars: [Character], encoding: TeXEncoding) -> [String] {
        zip(chars, spellings(chars, encoding: encoding)).map { ch, spelled in spelled ?? String(ch) }
    }

    /// `pieces`, with `nil` for each character written as it is (most of them), so callers copy it directly.
    static func spellings(_ chars: [Character], encoding: TeXEncoding) -> [String?] {
        let paired = pairedBraces(chars)
        return chars.indices.map { i in
            let ch = chars[i]
            // An ASCII character that is no special, brace or quote is written as it is.
            // Specials, braces and quotes are all ASCII: any other character is kept (UTF-8) or spelled as TeX.
            guard let b = ch.asciiByte else { return ch.isASCII || encoding == .utf8 ? nil : TeXAccents.ascii(for: ch) }
            if let special = specialBytes[Int(b)] { return String(decoding: special, as: UTF8.self) }
            if b == 0x7B { return paired.contains(i) ? "\\{" : "{\\textbraceleft}" }
            if b == 0x7D { return paired.contains(i) ? "\\}" : "{\\textbraceright}" }
            return straightQuote(chars, at: i)
        }
    }

    /// TeX reads a straight `'` as a closing quote and `"` as a closing double quote: one that opens a word
    /// (at the start of the text or after a space or an opening bracket) becomes TeX's opening quote (`` ` ``,
    /// ` `` `); any other `"` becomes `''`. An apostrophe inside a word is left alone.
    static func straightQuote(_ chars: [Character], at i: Int) -> String? {
        let ch = chars[i]
        guard ch == "'" || ch == "\"" else { return nil }
        let opens = (i == 0 || chars[i - 1].isWhitespace || "([".contains(chars[i - 1]))
            && i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1].isNumber)
        if ch == "'" { return opens ? "`" : nil }
        return opens ? "``" : "''"
    }

    /// Positions of braces that have a partner, matched innermost first.
    private static func pairedBraces(_ chars: [Character]) -> Set<Int> {
        var open: [Int] = []
        var paired: Set<Int> = []
        for (i, ch) in chars.enumerated() {
            guard let b = ch.asciiByte, b == 0x7B || b == 0x7D else { continue }
            if b == 0x7B { open.append(i) } else if let start = open.popLast() { paired.insert(start); paired.insert(i) }
        }
        return paired
    }
}
