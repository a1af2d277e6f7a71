/// Writes a title for BibTeX/biblatex, bracing the words whose capitals must survive a style's case change.
///
/// Protected: words with a capital after their first letter (acronyms "HAT", "UK", "mRNA", chemical
/// formulas "CO2", "NaCl", "COVID-19"). When the title is in sentence case, a capitalised word after the
/// first (and not opening a subtitle) is a proper noun ("in Scotland") and is protected too. In a Title
/// Case title nothing tells proper nouns apart, so only the first rule applies. The whole title is never
/// wrapped, and an all-capitals title is left alone.
enum TitleProtector {
    static func protect(_ title: String, encoding: TeXEncoding) -> String {
        let words = title.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        // Escape the title as a whole so braces pair across words, then cut the pieces back into words.
        var pieces = TeXEscaper.pieces(Array(words.joined(separator: " ")), encoding: encoding)[...]
        let shouting = words.filter { hasLetters($0) }.allSatisfy(isAllCaps) && words.count > 1
        let sentenceCase = isSentenceCase(words)
        var out: [String] = []
        for (i, word) in words.enumerated() {
            let escaped = pieces.prefix(word.count).joined()
            pieces = pieces.dropFirst(word.count + 1)
            let opensSentence = i == 0 || words[i - 1].last.map { ":.?!".contains($0) } == true
            var protect = !shouting && hasInnerCapital(word)
            if !shouting, sentenceCase, !opensSentence, startsWithCapital(word) { protect = true }
            out.append(protect ? "{" + escaped + "}" : escaped)
        }
        return out.joined(separator: " ")
    }

    /// A capital letter after the first letter of the word: "HAT", "iPhone", "CO2", "McDonald".
    static func hasInnerCapital(_ word: String) -> Bool {
        var seenLetter = false
        for ch in word {
            if ch.isLetter {
                if seenLetter && ch.isUppercase { return true }
                seenLetter = true
            } else if ch.isNumber, seenLetter, word.contains(where: { $0.isUppercase }) {
                // "H2O", "CO2": a digit inside a word with capitals marks a formula or code.
                return true
            }
        }
        return false
    }

    static func startsWithCapital(_ word: String) -> Bool {
        word.first(where: { $0.isLetter })?.isUppercase == true
    }

    private static func hasLetters(_ word: String) -> Bool { word.contains(where: { $0.isLetter }) }

    private static func isAllCaps(_ word: String) -> Bool {
        word.filter { $0.isLetter }.allSatisfy { $0.isUppercase }
    }

    /// Most later words (of three letters or more, outside subtitles' first words) start in lower case.
    static func isSentenceCase(_ words: [String]) -> Bool {
        var lower = 0
        var upper = 0
        for i in words.indices.dropFirst() {
            let word = words[i]
            guard word.filter({ $0.isLetter }).count >= 3, !hasInnerCapital(word) else { continue }
            if words[i - 1].last.map({ ":.?!".contains($0) }) == true { continue }
            if startsWithCapital(word) { upper += 1 } else if word.first(where: { $0.isLetter })?.isLowercase == true { lower += 1 }
        }
        return lower > 0 && lower >= 2 * upper
    }
}
