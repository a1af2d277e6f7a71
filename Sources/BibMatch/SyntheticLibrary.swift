import BibModel

/// A reproducible synthetic library for benchmarks: works exported by several databases, each export
/// with the usual damage (typos, case, abbreviated journals, initials instead of given names, missing
/// fields, diacritics dropped). `truth` gives the work each record belongs to.
public struct SyntheticLibrary: Sendable {
    public private(set) var records: [(id: String, record: Record)] = []
    /// Work number of each record, aligned with `records`.
    public private(set) var truth: [Int] = []

    /// About `count` records; each work is exported one to four times.
    public init(count: Int, seed: UInt64 = 42) {
        var rng = SplitMix64(seed: seed)
        let words = (0..<4000).map { _ in Self.word(&rng, syllables: 2 + Int(rng.next() % 3)) }
        let families = (0..<20000).map { _ in Self.word(&rng, syllables: 2 + Int(rng.next() % 2)).capitalized }
        let givens = (0..<600).map { _ in Self.word(&rng, syllables: 2).capitalized }
        let journals = (0..<800).map { _ in (1...3).map { _ in words[Int(rng.next() % 4000)] } }
        var work = 0
        while records.count < count {
            let title = (0..<(4 + Int(rng.next() % 10))).map { _ in words[Int(rng.next() % 4000)] }
            let authors = (0..<(1 + Int(rng.next() % 6))).map { _ in
                (families[Int(rng.next() % 20000)], givens[Int(rng.next() % 600)])
            }
            let journal = journals[Int(rng.next() % 800)]
            let year = 1990 + Int(rng.next() % 35)
            let volume = String(1 + rng.next() % 80)
            let first = 1 + Int(rng.next() % 900)
            let doi = "10.\(1000 + rng.next() % 9000)/syn.\(work)"
            for copy in 0..<(1 + Int(rng.next() % 4)) where records.count < count {
                var r = Record(type: .journalArticle)
                r.title = Self.damage(title, copy: copy, &rng)
                r.authors = authors.map { family, given in
                    let f = Self.accent(family, copy: copy)
                    return copy % 2 == 0 ? Person(family: f, given: given) : Person(family: f, given: String(given.prefix(1)))
                }
                r.containerTitle = copy == 1 ? journal.map { String($0.prefix(4)) }.joined(separator: " ")
                    : "Journal of " + journal.joined(separator: " ").capitalized
                if rng.next() % 10 != 0 { r.issued = PartialDate(year: year) }
                if rng.next() % 3 != 0 { r.volume = volume }
                if rng.next() % 3 != 0 { r.page = "\(first)-\(first + 5 + Int(rng.next() % 20))" }
                if rng.next() % 2 == 0 { r.doi = doi }
                records.append(("s\(records.count)", r))
                truth.append(work)
            }
            work += 1
        }
    }

    private static func word(_ rng: inout SplitMix64, syllables: Int) -> String {
        let onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st", "tr", "ch", "gr"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ou", "io"]
        return (0..<syllables).map { _ in onsets[Int(rng.next() % 20)] + vowels[Int(rng.next() % 8)] }.joined()
    }

    /// Copy 0 as printed; later copies change case, drop a letter or swap two letters.
    private static func damage(_ title: [String], copy: Int, _ rng: inout SplitMix64) -> String {
        var words = title
        switch copy {
        case 1: return words.joined(separator: " ").uppercased()
        case 2:
            let i = Int(rng.next() % UInt64(words.count))
            if words[i].count > 3 { words[i].remove(at: words[i].index(words[i].startIndex, offsetBy: 2)) }
        case 3:
            let i = Int(rng.next() % UInt64(words.count))
            var chars = Array(words[i])
            if chars.count > 3 { chars.swapAt(1, 2) }
            words[i] = String(chars)
        default: break
        }
        return words.joined(separator: " ").prefix(1).uppercased() + words.joined(separator: " ").dropFirst()
    }

    /// Copies 0 and 3 print the name with diacritics; the other databases print it without.
    private static func accent(_ name: String, copy: Int) -> String {
        guard copy == 0 || copy == 3 else { return name }
        return name.replacingFirst("e", with: "é").replacingFirst("o", with: "ö")
    }
}

/// SplitMix64: a tiny, fast, reproducible random source.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

extension String {
    func replacingFirst(_ target: Character, with replacement: String) -> String {
        guard let i = firstIndex(of: target) else { return self }
        return String(self[..<i]) + replacement + String(self[index(after: i)...])
    }
}
