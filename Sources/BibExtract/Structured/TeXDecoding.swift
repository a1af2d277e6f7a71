import Foundation

/// Turns LaTeX-escaped text (BibTeX field values) into plain Unicode: accents in every spelling
/// (`{\"u}`, `\"{u}`, `\" u`, `\'{\i}`), special letters (`\aa`, `\o`, `\ss`), escaped specials (`\&`, `\%`),
/// dashes (`--`, `---`), ties (`~`), quotes, math shifts and formatting commands (their argument is kept).
/// Case-protecting braces are dropped. An accent with nothing to sit on (`{\d}ur`) gives nothing.
public enum TeXDecoding {
    /// Accent commands and the combining mark each puts on the following letter.
    static let accents: [String: Unicode.Scalar] = [
        "'": "\u{0301}", "`": "\u{0300}", "\"": "\u{0308}", "^": "\u{0302}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "d": "\u{0323}",
        "b": "\u{0331}", "k": "\u{0328}", "r": "\u{030A}", "t": "\u{0361}", "G": "\u{030F}", "U": "\u{030E}",
    ]

    /// Commands that stand for a letter or symbol of their own.
    static let symbols: [String: String] = [
        "aa": "å", "AA": "Å", "o": "ø", "O": "Ø", "ss": "ß", "SS": "SS", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ",
        "dj": "đ", "DJ": "Đ", "&": "&", "%": "%", "$": "$", "_": "_", "#": "#", "{": "{", "}": "}", " ": " ",
        "-": "", "/": "", "\\": " ", ",": " ", ";": " ", ":": " ", "!": "", "@": "",
        "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…",
        "textquoteright": "’", "textquoteleft": "‘", "textquotedblleft": "“", "textquotedblright": "”",
        "textregistered": "®", "texttrademark": "™", "copyright": "©", "textcopyright": "©", "S": "§", "P": "¶",
        "pounds": "£", "textsterling": "£", "euro": "€", "texteuro": "€", "textdegree": "°", "degree": "°",
        "textasciitilde": "~", "textbackslash": "\\", "textunderscore": "_", "textbar": "|", "textless": "<",
        "textgreater": ">", "textbullet": "•", "textperiodcentered": "·", "textmu": "µ", "textpm": "±",
        "guillemotleft": "«", "guillemotright": "»", "quad": " ", "qquad": " ", "enspace": " ", "thinspace": " ",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε", "zeta": "ζ",
        "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
        "Pi": "Π", "Sigma": "Σ", "Upsilon": "Υ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "times": "×", "pm": "±", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "approx": "≈",
        "sim": "∼", "infty": "∞", "cdot": "·", "rightarrow": "→", "to": "→", "leftarrow": "←", "circ": "∘",
        "ell": "ℓ", "hbar": "ℏ", "partial": "∂", "nabla": "∇", "sqrt": "√", "prime": "′",
    ]

    /// Decodes one field value.
    public static func decode(_ text: String) -> String {
        var copy = text
        let out: [UInt8] = copy.withUTF8 { s in
            var out: [UInt8] = []
            out.reserveCapacity(s.count)
            var i = 0
            decode(s, &i, into: &out)
            return out
        }
        let decoded = String(decoding: out, as: UTF8.self)
        // ASCII text is its own canonical composition: only text with other characters needs Foundation's pass.
        return out.allSatisfy { $0 < 0x80 } ? decoded : decoded.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` holds anything `decode` would change (so plain values skip the work).
    public static func needsDecoding(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            var previous: UInt8 = 0
            for c in bytes {
                if c == 0x5C || c == 0x7B || c == 0x7D || c == 0x7E || c == 0x24 { return true }
                // "--", "``", "''"
                if c == previous, c == 0x2D || c == 0x60 || c == 0x27 { return true }
                previous = c
            }
            return false
        }
    }

    /// The TeX bytes decoding works on: ASCII bytes are the syntax; other scalars pass through whole.
    private typealias Bytes = UnsafeBufferPointer<UInt8>

    private static func isLetter(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }

    /// How many bytes the UTF-8 scalar whose first byte is `c` takes.
    private static func scalarLength(_ c: UInt8) -> Int { c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4 }

    private static let emDash = Array("—".utf8), enDash = Array("–".utf8)
    private static let openQuote = Array("“".utf8), closeQuote = Array("”".utf8)

    /// Decodes from `i` to the end. In math (between `$` signs) the superscript and subscript marks go
    /// (`$^{13}$C` is "13C").
    private static func decode(_ s: Bytes, _ i: inout Int, into out: inout [UInt8]) {
        var math = false
        while i < s.count {
            let c = s[i]
            switch c {
            case 0x24:
                math.toggle(); i += 1
            case 0x5E where math, 0x5F where math:
                i += 1
            case 0x7B, 0x7D:
                i += 1
            case 0x5C:
                i += 1
                command(s, &i, into: &out)
            case 0x7E:
                out.append(0x20); i += 1
            case 0x2D:
                var n = 0
                while i < s.count, s[i] == 0x2D { n += 1; i += 1 }
                if n == 3 { out += emDash } else if n == 2 { out += enDash } else { out += repeatElement(0x2D, count: n) }
            case 0x60 where i + 1 < s.count && s[i + 1] == 0x60:
                out += openQuote; i += 2
            case 0x27 where i + 1 < s.count && s[i + 1] == 0x27:
                out += closeQuote; i += 2
            default:
                out.append(c); i += 1
            }
        }
    }

    /// Reads the command after a backslash and appends what it stands for.
    private static func command(_ s: Bytes, _ i: inout Int, into out: inout [UInt8]) {
        guard i < s.count else { return }
        let nameStart = i
        let letterName = isLetter(s[i])
        if letterName {
            while i < s.count, isLetter(s[i]) { i += 1 }
        } else {
            i = min(i + scalarLength(s[i]), s.count)
        }
        let name = String(decoding: s[nameStart..<i], as: UTF8.self)
        if let mark = accents[name] {
            // A letter-named accent needs a space or brace before its argument; "\c c" and "\c{c}" both work.
            while i < s.count, s[i] == 0x20 { i += 1 }
            if let base = accentArgument(s, &i) {
                out += base
                out += UTF8.encode(mark)!
            }
            return
        }
        if let symbol = symbols[name] {
            if letterName {
                // "\o{}", "\ss " — the empty group or one space after a letter command belongs to it.
                if i + 1 < s.count, s[i] == 0x7B, s[i + 1] == 0x7D { i += 2 } else if i < s.count, s[i] == 0x20 { i += 1 }
            }
            out += symbol.utf8
            return
        }
        // Any other command (\emph, \textit, \url, \mbox, \relax…) vanishes; its argument is read as text.
        if letterName { while i < s.count, s[i] == 0x20 { i += 1 } }
    }

    /// The letter an accent sits on: the next character, or the content of the next brace group
    /// (`\i`/`\j` read as plain i/j). `nil` when the group is empty or the text ends.
    private static func accentArgument(_ s: Bytes, _ i: inout Int) -> [UInt8]? {
        guard i < s.count else { return nil }
        if s[i] == 0x7D { return nil }
        if s[i] == 0x7B {
            i += 1
            let start = i
            var end = s.count
            var depth = 1
            while i < s.count {
                if s[i] == 0x7B { depth += 1 } else if s[i] == 0x7D { depth -= 1; if depth == 0 { end = i; i += 1; break } }
                i += 1
            }
            var inner: [UInt8] = []
            dotless(Array(s[start..<end])).withUnsafeBufferPointer { raw in
                var k = 0
                decode(raw, &k, into: &inner)
            }
            return inner.isEmpty ? nil : inner
        }
        if s[i] == 0x5C, i + 1 < s.count, s[i + 1] == 0x69 || s[i + 1] == 0x6A,
           i + 2 >= s.count || !isLetter(s[i + 2]) {
            let letter = s[i + 1]
            i += 2
            if i < s.count, s[i] == 0x20 { i += 1 }
            return [letter]
        }
        if s[i] == 0x5C { return nil }
        let end = min(i + scalarLength(s[i]), s.count)
        defer { i = end }
        return Array(s[i..<end])
    }

    /// `\i` and `\j` inside an accent group are the plain letters the accent replaces the dot of.
    private static func dotless(_ raw: [UInt8]) -> [UInt8] {
        guard raw.count >= 2, raw[0] == 0x5C, raw[1] == 0x69 || raw[1] == 0x6A,
              raw.count == 2 || !isLetter(raw[2]) else { return raw }
        return [raw[1]] + raw.dropFirst(2).drop { $0 == 0x20 }
    }
}
