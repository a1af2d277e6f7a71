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
        pieces(Array(text), encoding: encoding).joined()
    }

    /// The escaped spelling of each character of `chars`, in order (braces paired over the whole text).
    static func pieces(_ chars: [Character], encoding: TeXEncoding) -> [String] {
        let paired = pairedBraces(chars)
        return chars.enumerated().map { i, ch in
            if ch == "{" { return paired.contains(i) ? "\\{" : "{\\textbraceleft}" }
            if ch == "}" { return paired.contains(i) ? "\\}" : "{\\textbraceright}" }
            if let special = specials[ch] { return special }
            if let quote = straightQuote(chars, at: i) { return quote }
            if ch.isASCII || encoding == .utf8 { return String(ch) }
            return TeXAccents.ascii(for: ch) ?? String(ch)
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
            if ch == "{" { open.append(i) }
            if ch == "}", let start = open.popLast() { paired.insert(start); paired.insert(i) }
        }
        return paired
    }
}
