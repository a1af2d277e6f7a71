import BibModel

extension CitekeyFormula {
    /// Title words no key should be built from (articles, pronouns, auxiliaries, prepositions, conjunctions).
    static let functionWords: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "being",
        "am", "do", "does", "did", "has", "have", "had", "it", "its", "we", "our", "you", "your", "they", "their",
        "i", "my", "he", "she", "his", "her", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without",
        "and", "or", "but", "nor", "as", "into", "onto", "about", "over", "under", "via", "vs", "versus", "not",
        "no", "how", "what", "why", "when", "where", "which", "who", "whom", "whose", "can", "could", "should",
        "would", "will", "may", "might", "must", "than", "then", "there", "here", "so", "if", "all", "some",
        "der", "die", "das", "ein", "eine", "und", "le", "la", "les", "un", "une", "des", "du", "el", "los",
        "las", "y", "de", "del", "il", "lo",
    ]

    /// The key this formula gives a record, before any uniqueness suffix. Always ASCII, never empty.
    ///
    /// Nothing is invented: a record without a date gives no year part, and a name in a script with no
    /// ASCII spelling gives an empty `auth`, so the next alternative is tried. The last resort is `anon`.
    public func base(for record: Record) -> String {
        base(forSanitized: RecordSanitizer.sanitize(record).record)
    }

    /// `base(for:)` of a record already sanitized (`RecordSanitizer.sanitize`).
    func base(forSanitized r: Record) -> String {
        for alternative in alternatives {
            let key = alternative.map { evaluate($0, r) }.joined()
            if let first = key.first, first.isASCII, first.isLetterFast { return key }
        }
        return "anon"
    }

    func evaluate(_ term: Term, _ r: Record) -> String {
        var text: String
        switch term.value {
        case .literal(let s): text = s
        case .auth: text = r.authors.first.map(Self.familyKey) ?? ""
        case .authors(let n): text = r.authors.prefix(n).map(Self.familyKey).joined()
        case .year: text = r.issued.map { String($0.year) } ?? ""
        case .shorttitle(let n): text = Self.titleWords(r.title ?? "", limit: n).joined()
        case .journal: text = Self.words(r.containerTitleShort ?? r.containerTitle ?? "").joined()
        }
        for filter in term.filters {
            switch filter {
            case .lower: text = text.lowercased()
            case .upper: text = text.uppercased()
            case .capitalize: text = text.prefix(1).uppercased() + text.dropFirst()
            case .prefix(let n): text = String(text.prefix(n))
            }
        }
        return text
    }

    /// The family name without its particle ("van Doorn" → "Doorn"); for an organisation, its first
    /// significant word ("World Health Organization" → "World").
    static func familyKey(_ p: Person) -> String {
        if let family = p.family { return ASCIIFold.fold(family) }
        let name = p.literal ?? p.given ?? ""
        return titleWords(name, limit: 1).first ?? ""
    }

    /// The title's first `limit` ASCII-folded words, function words and bare numbers left out.
    static func titleWords(_ title: String, limit: Int = .max) -> [String] {
        var out: [String] = []
        guard limit > 0 else { return out }
        for word in words(title) where !functionWords.contains(word.lowercased()) && !word.allSatisfy(\.isNumberFast) {
            out.append(word)
            if out.count == limit { break }
        }
        return out
    }

    /// ASCII-folded words, split at white space and punctuation.
    static func words(_ text: String) -> [String] {
        // ASCII text: its words are the runs of letters and digits, which folding leaves as they are.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split(whereSeparator: { !ASCIIBytes.isAlphanumeric($0) }).map { String(decoding: $0, as: UTF8.self) }
        }
        return text.split(whereSeparator: { !($0.isLetterFast || $0.isNumberFast) }).map { ASCIIFold.fold(String($0)) }.filter { !$0.isEmpty }
    }
}
