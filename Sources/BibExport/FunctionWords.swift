/// Articles, prepositions and conjunctions of English and of the other languages titles commonly come in.
///
/// Used only to decide how to case a title whose language no source states: a title with more non-English
/// function words than English ones is not title-cased (`TitleProtector`). The language itself is never
/// guessed into an export field.
enum FunctionWords {
    static let english: Set<String> = ["the", "of", "and", "in", "on", "for", "with", "a", "an", "to", "from", "by", "is", "are"]
    /// German, French, Spanish, Italian, Portuguese and Dutch function words that are not also English words or
    /// parts of names in English titles ("die", "do", "per", "y", "van" are left out).
    static let other: Set<String> = [
        "der", "das", "und", "als", "mit", "für", "von", "zur", "zum", "im", "ein", "eine", "über", "bei",
        "le", "la", "les", "des", "du", "et", "une", "dans", "pour", "sur", "avec", "aux", "au", "de",
        "el", "los", "las", "del", "en", "con", "para", "por", "una", "sobre",
        "il", "della", "delle", "dei", "gli", "nel", "nella", "di",
        "da", "dos", "das", "em", "uma", "não",
        "het", "een", "voor", "met", "bij",
    ]

    /// The longest word of either list, in characters: a longer word is in neither.
    static let longestWord = english.union(other).map(\.count).max() ?? 0

    /// Whether the words hold more of `other` than of `english` (letters only, compared in lower case).
    static func outnumberEnglish<Word: Collection<Character>>(in words: [Word]) -> Bool {
        var english = 0
        var other = 0
        for word in words {
            var letters = ""
            var count = 0
            for ch in word where ch.isLetterFast {
                count += 1
                if count > longestWord { break }
                letters.append(ch)
            }
            guard count <= longestWord else { continue }
            let w = letters.lowercased()
            if Self.english.contains(w) { english += 1 } else if Self.other.contains(w) { other += 1 }
        }
        return other > english
    }
}
