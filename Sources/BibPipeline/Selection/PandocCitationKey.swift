/// Pandoc's rules for one citation key after an `@`, and for where an `@` may start one.
/// A key starts with a letter, digit or `_` and goes on with letters, digits and `_`; the punctuation
/// `:.#$%&-+?<>~/` counts only inside it (followed by a letter, digit or `_`), except `:` or `/` before `/`
/// (so `@a/b`, `@doi:10.1/x` and `@http://x` read whole, while `@doe99.` ends before the full stop).
/// `@{…}` takes any key without white space between balanced braces.
enum PandocCitationKey {
    private static let internalPunctuation: Set<Character> = [":", ".", "#", "$", "%", "&", "-", "+", "?", "<", ">",
                                                               "~", "/"]

    static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" }

    /// Whether an `@` at `at` is glued to the word before it, as in `name@example.com` or `e.g.@x`: Pandoc then
    /// reads it as part of that word, not as a citation.
    static func followsWord(_ chars: [Character], at: Int) -> Bool {
        var j = at - 1
        while j >= 0, chars[j] == "." { j -= 1 }
        return j >= 0 && (chars[j].isLetter || chars[j].isNumber)
    }

    /// The key that starts right after the `@` at `at`, and the index just past it; `*` is returned as a key.
    static func read(_ chars: [Character], at: Int) -> (key: String, end: Int)? {
        let start = at + 1
        guard start < chars.count else { return nil }
        if chars[start] == "{" { return braced(chars, from: start) }
        if chars[start] == "*" { return ("*", start + 1) }
        guard isWordCharacter(chars[start]) else { return nil }
        var j = start + 1
        while j < chars.count {
            let c = chars[j]
            let next: Character? = j + 1 < chars.count ? chars[j + 1] : nil
            if isWordCharacter(c) {
                j += 1
            } else if internalPunctuation.contains(c), let next, isWordCharacter(next) {
                j += 1
            } else if c == ":" || c == "/", next == "/" {
                j += 1
            } else {
                break
            }
        }
        return (String(chars[start..<j]), j)
    }

    /// `{…}` with balanced braces and no white space; the key is what lies between the outer braces.
    private static func braced(_ chars: [Character], from open: Int) -> (key: String, end: Int)? {
        var depth = 0
        var j = open
        while j < chars.count, !chars[j].isWhitespace {
            if chars[j] == "{" { depth += 1 }
            if chars[j] == "}" {
                depth -= 1
                if depth == 0 {
                    guard j > open + 1 else { return nil }
                    return (String(chars[(open + 1)..<j]), j + 1)
                }
            }
            j += 1
        }
        return nil
    }
}
