import BibModel

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

    static func protect(_ title: String, language: Language? = nil, encoding: TeXEncoding) -> String {
        var t = TitleText(title)
        let english = (language?.isEnglish ?? true) && !FunctionWords.outnumberEnglish(in: t.words.map { t.chars[$0] })
        let shouting = t.words.count > 1 && t.words.indices.filter { t.any(t.words[$0], .letter) }
            .allSatisfy { isAllCaps(t, t.cores[$0]) }
        let sentenceCase = !english || isSentenceCase(t)
        var protect = [Bool](repeating: false, count: t.words.count)
        for i in t.words.indices where !shouting {
            let c = t.cores[i]
            guard !c.isEmpty else { continue }
            let opens = t.opens(i)
            if hasInnerCapital(t, c) { protect[i] = true }
            if sentenceCase, !opens, startsWithCapital(t, c) { protect[i] = true }
            if english, isPronounI(t.chars[c]) { protect[i] = true }
            if i == 0, c.lowerBound > t.words[i].lowerBound, startsWithCapital(t, c) { protect[i] = true }
        }
        if english, !shouting {
            for i in t.words.indices where !protect[i] { titleCase(&t, word: i, opens: t.opens(i)) }
        }
        // Escape the title as a whole so braces pair across words, then cut the pieces back into words.
        let spellings = TeXEscaper.needsSpelling(title, encoding: encoding) ? TeXEscaper.spellings(t.chars, encoding: encoding) : nil
        var out: [UInt8] = []
        out.reserveCapacity(t.chars.count + 16)
        func write(_ range: Range<Int>) {
            for i in range {
                if let spelled = spellings?[i] { out += spelled.utf8 } else if let b = t.chars[i].asciiByte { out.append(b) } else {
                    out += t.chars[i].utf8
                }
            }
        }
        for (i, word) in t.words.enumerated() {
            if i > 0 { out.append(0x20) }
            guard protect[i] else { write(word); continue }
            let core = t.cores[i]
            write(word.lowerBound..<core.lowerBound)
            out.append(0x7B)
            write(core)
            out.append(0x7D)
            write(core.upperBound..<word.upperBound)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Characters that make a word markup rather than text for title casing (besides TeX specials).
    static let markup: Set<UInt8> = Set("{}@<>".utf8)

    /// Characters that may join the parts of a word that title case capitalises ("many-body", "don't").
    static let wordJoiners: Set<Character> = ["-", "'", "\u{2019}", "/"]

    /// The longest of `smallWords`, in characters: a longer word is never one of them.
    private static let longestSmallWord = smallWords.map(\.count).max() ?? 0

    /// Word `w` with the first letter of each hyphen-separated part capitalised, unless it is a small word that
    /// does not open the title or a subtitle. Text that is not a word (TeX commands, braces, URLs) is left as it
    /// is, so it prints literally.
    static func titleCase(_ t: inout TitleText, word w: Int, opens: Bool) {
        let word = t.words[w]
        let core = t.cores[w]
        guard !core.isEmpty, !t.any(word, .markup),
              core.allSatisfy({ t.has($0, [.letter, .number, .joiner]) }) else { return }
        if !opens, core.count <= longestSmallWord {
            var text = ""
            for i in core { text.append(t.chars[i]) }
            if smallWords.contains(text.lowercased()) { return }
        }
        var atPartStart = true
        for i in core {
            if atPartStart, t.has(i, .lower) {
                if let b = t.chars[i].asciiByte {
                    t.chars[i] = Character(Unicode.Scalar(ASCIIBytes.uppercased(b)))
                } else {
                    let upper = t.chars[i].uppercased()
                    if upper.count == 1 { t.chars[i] = Character(upper) }
                }
            }
            atPartStart = t.has(i, .partBreak)
        }
    }

    /// A capital letter after the first letter of the word: "HAT", "iPhone", "CO2", "McDonald".
    static func hasInnerCapital(_ t: TitleText, _ range: Range<Int>) -> Bool {
        var seenLetter = false
        var hasCapital = false
        var hasDigitAfterLetter = false
        for i in range {
            if t.has(i, .letter) {
                let upper = t.has(i, .upper)
                if seenLetter && upper { return true }
                if upper { hasCapital = true }
                seenLetter = true
            } else if t.has(i, .number), seenLetter {
                hasDigitAfterLetter = true
            }
        }
        // "H2O", "CO2": a digit inside a word with capitals marks a formula or code.
        return hasCapital && hasDigitAfterLetter
    }

    static func startsWithCapital(_ t: TitleText, _ range: Range<Int>) -> Bool {
        range.first(where: { t.has($0, .letter) }).map { t.has($0, .upper) } == true
    }

    /// "I", "I'm", "I've", "I'd", "I'll" (straight or curly apostrophe).
    static func isPronounI(_ core: ArraySlice<Character>) -> Bool {
        guard core.first == "I" else { return false }
        guard let second = core.dropFirst().first else { return true }
        return second == "'" || second == "\u{2019}"
    }

    private static func isAllCaps(_ t: TitleText, _ range: Range<Int>) -> Bool {
        range.allSatisfy { !t.has($0, .letter) || t.has($0, .upper) }
    }

    /// Most later words (of three letters or more, outside subtitles' first words) start in lower case.
    static func isSentenceCase(_ t: TitleText) -> Bool {
        var lower = 0
        var upper = 0
        for i in t.words.indices.dropFirst() {
            let core = t.cores[i]
            guard core.count(where: { t.has($0, .letter) }) >= 3, !hasInnerCapital(t, core) else { continue }
            if t.opens(i) { continue }
            guard let first = core.first(where: { t.has($0, .letter) }) else { continue }
            if t.has(first, .upper) { upper += 1 } else if t.has(first, .lower) { lower += 1 }
        }
        return lower > 0 && lower >= 2 * upper
    }
}
