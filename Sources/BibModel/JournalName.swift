/// Rules for journal names as sources print them.
///
/// - A final period is a stray one ("Psychoneuroendocrinology.") unless the name is written with abbreviated
///   words ("Proc. Natl. Acad. Sci."), that is, unless another word of it also ends with a period.
/// - An abbreviation fits a full name when each of its words, in order, abbreviates a later word of the full name
///   (its letters appear in that word in order, starting with its first letter: "Natl" for "National", "J" for
///   "Journal"; words such as "of" and "&" may be skipped), or when it is an acronym in capitals of the full
///   name's words ("BMJ" for "British Medical Journal"). Anything else ("dmj", a site's slug) does not fit.
public enum JournalName {
    public static func withoutStrayPeriod(_ name: String) -> String {
        guard name.hasSuffix("."), !name.hasSuffix("..") else { return name }
        let words = name.split(separator: " ")
        if words.dropLast().contains(where: { $0.hasSuffix(".") }) { return name }
        let trimmed = String(name.dropLast()).trimmingSpaces
        return trimmed.isEmpty ? name : trimmed
    }

    public static func abbreviation(_ short: String, fits full: String) -> Bool {
        let a = words(short)
        let f = words(full)
        guard !a.isEmpty, !f.isEmpty else { return false }
        if a == f { return true }
        if a.count == 1, short.contains(where: \.isLetter), short.filter(\.isLetter).allSatisfy(\.isUppercase),
           isSubsequence(Array(a[0]), of: f.compactMap(\.first)) {
            return true
        }
        var j = 0
        for word in a {
            while j < f.count, !abbreviates(word, f[j]) { j += 1 }
            guard j < f.count else { return false }
            j += 1
        }
        return true
    }

    /// Lower-case ASCII-folded words, split at spaces and punctuation.
    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { ASCIIFold.fold(String($0)).lowercased() }
            .filter { !$0.isEmpty }
    }

    /// `word` starts like `full` and its letters appear in `full` in order.
    static func abbreviates(_ word: String, _ full: String) -> Bool {
        guard word.first == full.first else { return false }
        return isSubsequence(Array(word), of: Array(full))
    }

    static func isSubsequence(_ a: [Character], of b: [Character]) -> Bool {
        var i = 0
        for ch in b where i < a.count && ch == a[i] { i += 1 }
        return i == a.count
    }
}
