/// Writes a title for BibTeX/biblatex by one casing policy, the one Better BibTeX follows.
///
/// The store keeps the title as the source printed it. In the `.bib` files:
/// - **English titles** (and titles of unknown language, as Better BibTeX assumes) are written in title case:
///   each lower-case word is capitalised except the small words (`a`, `of`, `in`, …) after the first word of
///   the title or of a subtitle. Styles that want sentence case (BibTeX `plain`, `apalike`; biblatex with
///   `\MakeSentenceCase`) lower-case them again, so the braces below mark what must survive.
/// - **Other languages** are left in the case the source printed (sentence case); biblatex learns the language
///   from `langid` and leaves such titles alone. A title whose function words are mostly those of another
///   language ("Quantisierung als …", "Déplacement de Knight dans les …") is cased as non-English whatever
///   language the source states (publisher pages often state the site's language, not the article's; see
///   `FunctionWords`); nothing is written about its language beyond what the source states.
///
/// Braced (protected), always around the word and never around its punctuation (`{Middlesbrough},`, `({HAT})`):
/// - words with a capital after their first letter: acronyms (`HAT`, `UK`), `mRNA`, `iPhone`, `McDonald`, and
///   chemical formulas and codes with capitals and digits (`CO2`, `NaCl`, `COVID-19`);
/// - capitalised words that do not open the title or a subtitle when the source printed the title in sentence
///   case: proper nouns (`in Scotland`), German nouns; in a Title Case source nothing tells them apart, so only
///   the rule above applies;
/// - the English pronoun `I` (`I'm`, `I've`);
/// - the first word when the title opens with punctuation (`'This is …`): BibTeX keeps only the title's very
///   first character when it lower-cases a title.
/// A title in capitals throughout is written as it is, with no braces: it has no casing to keep.
enum TitleProtector {
    /// English words left in lower case inside a title-cased title.
    static let smallWords: Set<String> = [
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on",
        "per", "to", "up", "via", "vs", "from", "into", "onto", "with", "over", "than", "upon",
    ]
    /// Characters after which a new sentence or subtitle starts (a dash standing between spaces included).
    static let sentenceEnds: Set<Character> = [":", ".", "?", "!", "\u{2013}", "\u{2014}"]

    /// `sentenceEnds` for the ASCII characters, by byte value (a set lookup hashes the character).
    private static let asciiSentenceEnds: [Bool] = (0..<128).map { sentenceEnds.contains(Character(Unicode.Scalar(UInt8($0)))) }

    /// Whether `ch` is one of `sentenceEnds`.
    static func endsSentence(_ ch: Character) -> Bool {
        if let a = ch.asciiByte { return asciiSentenceEnds[Int(a)] }
        return sentenceEnds.contains(ch)
    }

    static func protect(_ title: String, language: Language? = nil, encoding: TeXEncoding) -> String {
        var words = title.split(separator: " ", omittingEmptySubsequences: true).map { Array($0) }
        let english = (language?.isEnglish ?? true) && !FunctionWords.outnumberEnglish(in: words)
        let cores = words.map(core)
        let shouting = words.count > 1 && words.indices.filter { hasLetters(words[$0]) }
            .allSatisfy { isAllCaps(words[$0][cores[$0]]) }
        let sentenceCase = !english || isSentenceCase(words, cores)
        var protect = [Bool](repeating: false, count: words.count)
        for i in words.indices where !shouting {
            let c = Array(words[i][cores[i]])
            guard !c.isEmpty else { continue }
            let opens = i == 0 || words[i - 1].last.map(endsSentence) == true
            if hasInnerCapital(c) { protect[i] = true }
            if sentenceCase, !opens, startsWithCapital(c) { protect[i] = true }
            if english, isPronounI(c) { protect[i] = true }
            if i == 0, cores[i].lowerBound > 0, startsWithCapital(c) { protect[i] = true }
        }
        if english, !shouting {
            for i in words.indices where !protect[i] {
                let opens = i == 0 || words[i - 1].last.map(endsSentence) == true
                words[i] = titleCased(words[i], core: cores[i], opens: opens)
            }
        }
        // Escape the title as a whole so braces pair across words, then cut the pieces back into words.
        let pieces = TeXEscaper.pieces(Array(words.joined(separator: " ")), encoding: encoding)
        var out = ""
        var at = 0
        for (i, word) in words.enumerated() {
            if i > 0 { out += " "; at += 1 }
            let wordPieces = pieces[at..<(at + word.count)]
            at += word.count
            guard protect[i] else { for piece in wordPieces { out += piece }; continue }
            let core = cores[i]
            let start = wordPieces.startIndex
            for piece in wordPieces[start..<(start + core.lowerBound)] { out += piece }
            out += "{"
            for piece in wordPieces[(start + core.lowerBound)..<(start + core.upperBound)] { out += piece }
            out += "}"
            for piece in wordPieces[(start + core.upperBound)...] { out += piece }
        }
        return out
    }

    /// The word between its leading and trailing punctuation: from the first to the last letter or digit.
    static func core(_ word: [Character]) -> Range<Int> {
        guard let first = word.firstIndex(where: { $0.isLetterFast || $0.isNumberFast }),
              let last = word.lastIndex(where: { $0.isLetterFast || $0.isNumberFast }) else { return 0..<0 }
        return first..<(last + 1)
    }

    /// Characters that make a word markup rather than text for title casing (besides TeX specials).
    static let markup: Set<UInt8> = Set("{}@<>".utf8)

    static func isMarkup(_ ch: Character) -> Bool {
        guard let a = ch.asciiByte else { return false }
        return markup.contains(a)
    }

    /// Characters that may join the parts of a word that title case capitalises ("many-body", "don't").
    static let wordJoiners: Set<Character> = ["-", "'", "\u{2019}", "/"]

    /// The word with the first letter of each hyphen-separated part capitalised, unless it is a small word that
    /// does not open the title or a subtitle. Text that is not a word (TeX commands, braces, URLs) is left as it
    /// is, so it prints literally.
    static func titleCased(_ word: [Character], core: Range<Int>, opens: Bool) -> [Character] {
        guard !core.isEmpty, !word.contains(where: { TeXEscaper.isSpecial($0) || isMarkup($0) }),
              word[core].allSatisfy({ $0.isLetterFast || $0.isNumberFast || wordJoiners.contains($0) }) else { return word }
        var text = ""
        for ch in word[core] { text.append(ch) }
        text = text.lowercased()
        if !opens, smallWords.contains(text) { return word }
        var out = word
        var atPartStart = true
        for i in core {
            let ch = out[i]
            if atPartStart, ch.isLowercaseFast {
                let upper = ch.uppercased()
                if upper.count == 1 { out[i] = Character(upper) }
            }
            atPartStart = ch == "-" || ch == "/"
        }
        return out
    }

    /// A capital letter after the first letter of the word: "HAT", "iPhone", "CO2", "McDonald".
    static func hasInnerCapital<S: Sequence<Character>>(_ word: S) -> Bool {
        var seenLetter = false
        var hasCapital = false
        var hasDigitAfterLetter = false
        for ch in word {
            if ch.isLetterFast {
                if seenLetter && ch.isUppercaseFast { return true }
                if ch.isUppercaseFast { hasCapital = true }
                seenLetter = true
            } else if ch.isNumberFast, seenLetter {
                hasDigitAfterLetter = true
            }
        }
        // "H2O", "CO2": a digit inside a word with capitals marks a formula or code.
        return hasCapital && hasDigitAfterLetter
    }

    static func startsWithCapital<S: Sequence<Character>>(_ word: S) -> Bool {
        word.first(where: { $0.isLetterFast })?.isUppercaseFast == true
    }

    /// "I", "I'm", "I've", "I'd", "I'll" (straight or curly apostrophe).
    static func isPronounI(_ core: [Character]) -> Bool {
        guard core.first == "I" else { return false }
        return core.count == 1 || core[1] == "'" || core[1] == "\u{2019}"
    }

    private static func hasLetters(_ word: [Character]) -> Bool { word.contains(where: { $0.isLetterFast }) }

    private static func isAllCaps<S: Sequence<Character>>(_ word: S) -> Bool {
        word.filter { $0.isLetterFast }.allSatisfy { $0.isUppercaseFast }
    }

    /// Most later words (of three letters or more, outside subtitles' first words) start in lower case.
    static func isSentenceCase(_ words: [[Character]], _ cores: [Range<Int>]) -> Bool {
        var lower = 0
        var upper = 0
        for i in words.indices.dropFirst() {
            let word = words[i][cores[i]]
            guard word.lazy.filter({ $0.isLetterFast }).count >= 3, !hasInnerCapital(word) else { continue }
            if words[i - 1].last.map(endsSentence) == true { continue }
            if startsWithCapital(word) { upper += 1 } else if word.first(where: { $0.isLetterFast })?.isLowercaseFast == true { lower += 1 }
        }
        return lower > 0 && lower >= 2 * upper
    }
}
