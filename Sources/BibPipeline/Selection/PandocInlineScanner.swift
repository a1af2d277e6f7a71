/// Finds the citation keys in Markdown inline text the way Pandoc's reader does: `[@a; see @b, p. 3]`,
/// `[-@a]` and `@a` in running text all cite, while code spans, TeX math, raw TeX commands, HTML tags and
/// comments, autolinks and link destinations are stepped over, as is an `@` glued to a word (an e-mail address).
struct PandocInlineScanner {
    private let chars: [Character]
    private var i = 0

    /// Adds the keys cited in `text`. `wildcard` says whether `@*` means "all entries" (Pandoc honours it only in
    /// `nocite`); elsewhere `@*` is no key at all.
    static func scan(_ text: String, wildcard: Bool, into cited: inout CitedKeys) {
        var scanner = PandocInlineScanner(chars: Array(text))
        while let key = scanner.nextKey() {
            if key != "*" || wildcard { cited.add(key) }
        }
    }

    private init(chars: [Character]) { self.chars = chars }

    private func at(_ j: Int) -> Character? { j < chars.count ? chars[j] : nil }

    /// The next cited key, or nil at the end of the text.
    private mutating func nextKey() -> String? {
        while i < chars.count {
            switch chars[i] {
            case "\\": skipEscapeOrTeX()
            case "`": skipCodeSpan()
            case "$": skipMath()
            case "<": skipAngleBrackets()
            case "]" where at(i + 1) == "(": i = end(ofGroupFrom: i + 1, open: "(", close: ")") ?? i + 2
            case "@":
                if !PandocCitationKey.followsWord(chars, at: i), let (key, end) = PandocCitationKey.read(chars, at: i) {
                    i = end
                    return key
                }
                i += 1
            default: i += 1
            }
        }
        return nil
    }

    /// `\@` and other escapes are literal; `\command{…}[…]` is raw TeX, which Pandoc does not read for citations.
    private mutating func skipEscapeOrTeX() {
        var j = i + 1
        while let c = at(j), c.isASCII, c.isLetter { j += 1 }
        guard j > i + 1 else { i += 2; return }
        while let c = at(j), c == "{" || c == "[" {
            guard let end = end(ofGroupFrom: j, open: c, close: c == "{" ? "}" : "]") else { break }
            j = end
        }
        i = j
    }

    /// A run of n backticks opens a code span that the next run of exactly n backticks closes; unclosed, the
    /// backticks are literal text.
    private mutating func skipCodeSpan() {
        let n = run(of: "`", from: i)
        var j = i + n
        while j < chars.count, !isParagraphBreak(at: j) {
            if chars[j] == "`" {
                let m = run(of: "`", from: j)
                if m == n { i = j + m; return }
                j += m
            } else {
                j += 1
            }
        }
        i += n
    }

    /// `$$…$$`, and `$…$` whose opening `$` is followed and closing `$` preceded by non-space (and not followed by
    /// a digit), as in Pandoc's `tex_math_dollars`; any other `$` is literal.
    private mutating func skipMath() {
        if at(i + 1) == "$" {
            var j = i + 2
            while j + 1 < chars.count, !isParagraphBreak(at: j) {
                if chars[j] == "$", chars[j + 1] == "$" { i = j + 2; return }
                j += 1
            }
            i += 2
            return
        }
        guard let first = at(i + 1), !first.isWhitespace else { i += 1; return }
        var j = i + 2
        while j < chars.count, !isParagraphBreak(at: j) {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "$", !chars[j - 1].isWhitespace, !(at(j + 1)?.isNumber ?? false) { i = j + 1; return }
            j += 1
        }
        i += 1
    }

    /// `<!-- comment -->`, `<https://…>` and `<name@host>` autolinks and HTML tags (their attributes) are skipped;
    /// the text between an opening and a closing tag is still read.
    private mutating func skipAngleBrackets() {
        if chars[i...].starts(with: "<!--") {
            var j = i + 4
            while j + 2 < chars.count {
                if chars[j] == "-", chars[j + 1] == "-", chars[j + 2] == ">" { i = j + 3; return }
                j += 1
            }
            i += 1
            return
        }
        guard let next = at(i + 1), next.isLetter || next == "/" else { i += 1; return }
        var j = i + 1
        while j < chars.count, chars[j] != "<", !isParagraphBreak(at: j) {
            if chars[j] == ">" { i = j + 1; return }
            j += 1
        }
        i += 1
    }

    /// The index just past the group opened at `from`, with nesting, within the paragraph; nil if it never closes.
    private func end(ofGroupFrom from: Int, open: Character, close: Character) -> Int? {
        var depth = 0
        var j = from
        while j < chars.count, !isParagraphBreak(at: j) {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == open { depth += 1 }
            if chars[j] == close {
                depth -= 1
                if depth == 0 { return j + 1 }
            }
            j += 1
        }
        return nil
    }

    private func run(of c: Character, from j: Int) -> Int {
        var k = j
        while k < chars.count, chars[k] == c { k += 1 }
        return k - j
    }

    /// A newline followed by a line of only white space ends a paragraph; inline constructs do not cross it.
    private func isParagraphBreak(at j: Int) -> Bool {
        guard chars[j] == "\n" else { return false }
        var k = j + 1
        while let c = at(k), c == " " || c == "\t" { k += 1 }
        return k >= chars.count || chars[k] == "\n"
    }
}
