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
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        decode(scalars, &i, until: nil, into: &out)
        let text = String(out)
        // ASCII text is its own canonical composition: only text with other characters needs Foundation's pass.
        return text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Whether `text` holds anything `decode` would change (so plain values skip the work).
    public static func needsDecoding(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for c in text.utf8 {
            if c == 0x5C || c == 0x7B || c == 0x7D || c == 0x7E || c == 0x24 { return true }
            // "--", "``", "''"
            if c == previous, c == 0x2D || c == 0x60 || c == 0x27 { return true }
            previous = c
        }
        return false
    }

    private static func isLetter(_ s: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(s.value) || (0x61...0x7A).contains(s.value)
    }

    /// Decodes from `i` until the closing brace `until` (at this depth) or the end. In math (between `$`
    /// signs) the superscript and subscript marks go (`$^{13}$C` is "13C").
    private static func decode(_ s: [Unicode.Scalar], _ i: inout Int, until close: Unicode.Scalar?,
                               into out: inout String.UnicodeScalarView) {
        var math = false
        while i < s.count {
            let c = s[i]
            switch c {
            case "}" where close != nil:
                i += 1
                return
            case "$":
                math.toggle(); i += 1
            case "^" where math, "_" where math:
                i += 1
            case "{", "}":
                i += 1
            case "\\":
                i += 1
                command(s, &i, into: &out)
            case "~":
                out.append(" "); i += 1
            case "-":
                var n = 0
                while i < s.count, s[i] == "-" { n += 1; i += 1 }
                out.append(contentsOf: (n == 3 ? "—" : n == 2 ? "–" : String(repeating: "-", count: n)).unicodeScalars)
            case "`" where i + 1 < s.count && s[i + 1] == "`":
                out.append("“"); i += 2
            case "'" where i + 1 < s.count && s[i + 1] == "'":
                out.append("”"); i += 2
            default:
                out.append(c); i += 1
            }
        }
    }

    /// Reads the command after a backslash and appends what it stands for.
    private static func command(_ s: [Unicode.Scalar], _ i: inout Int, into out: inout String.UnicodeScalarView) {
        guard i < s.count else { return }
        var name = ""
        if isLetter(s[i]) {
            while i < s.count, isLetter(s[i]) { name.unicodeScalars.append(s[i]); i += 1 }
        } else {
            name.unicodeScalars.append(s[i]); i += 1
        }
        if let mark = accents[name] {
            // A letter-named accent needs a space or brace before its argument; "\c c" and "\c{c}" both work.
            while i < s.count, s[i] == " " { i += 1 }
            if let base = accentArgument(s, &i) {
                out.append(contentsOf: base.unicodeScalars)
                out.append(mark)
            }
            return
        }
        if let symbol = symbols[name] {
            if isLetter(name.unicodeScalars.first!) {
                // "\o{}", "\ss " — the empty group or one space after a letter command belongs to it.
                if i + 1 < s.count, s[i] == "{", s[i + 1] == "}" { i += 2 } else if i < s.count, s[i] == " " { i += 1 }
            }
            out.append(contentsOf: symbol.unicodeScalars)
            return
        }
        // Any other command (\emph, \textit, \url, \mbox, \relax…) vanishes; its argument is read as text.
        if isLetter(name.unicodeScalars.first!) { while i < s.count, s[i] == " " { i += 1 } }
    }

    /// The letter an accent sits on: the next character, or the content of the next brace group
    /// (`\i`/`\j` read as plain i/j). `nil` when the group is empty or the text ends.
    private static func accentArgument(_ s: [Unicode.Scalar], _ i: inout Int) -> String? {
        guard i < s.count else { return nil }
        if s[i] == "}" { return nil }
        if s[i] == "{" {
            i += 1
            var inner = String.UnicodeScalarView()
            var depth = 1
            var raw: [Unicode.Scalar] = []
            while i < s.count {
                if s[i] == "{" { depth += 1 } else if s[i] == "}" { depth -= 1; if depth == 0 { i += 1; break } }
                raw.append(s[i]); i += 1
            }
            var k = 0
            decode(dotless(raw), &k, until: nil, into: &inner)
            let text = String(inner)
            return text.isEmpty ? nil : text
        }
        if s[i] == "\\", i + 1 < s.count, s[i + 1] == "i" || s[i + 1] == "j",
           i + 2 >= s.count || !isLetter(s[i + 2]) {
            let letter = String(s[i + 1])
            i += 2
            if i < s.count, s[i] == " " { i += 1 }
            return letter
        }
        if s[i] == "\\" { return nil }
        let letter = String(s[i])
        i += 1
        return letter
    }

    /// `\i` and `\j` inside an accent group are the plain letters the accent replaces the dot of.
    private static func dotless(_ raw: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard raw.count >= 2, raw[0] == "\\", raw[1] == "i" || raw[1] == "j",
              raw.count == 2 || !isLetter(raw[2]) else { return raw }
        return [raw[1]] + raw.dropFirst(2).drop { $0 == " " }
    }
}
