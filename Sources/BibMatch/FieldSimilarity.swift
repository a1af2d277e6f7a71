/// Field-by-field similarity in [0, 1]; `nil` when either record lacks the field.
enum FieldSimilarity {
    /// Title similarity: exact, a truncated title that is the start of the other, a dropped subtitle,
    /// else the better of word overlap (Dice) and character edit similarity (typos, spacing).
    static func title(_ a: MatchFeatures, _ b: MatchFeatures) -> Double? {
        guard a.hasTitle, b.hasTitle else { return nil }
        if a.titleKey == b.titleKey { return 1 }
        let (short, long) = a.titleKey.count <= b.titleKey.count ? (a, b) : (b, a)
        if short.titleKey.count >= 50, long.titleKey.starts(with: short.titleKey) { return 0.97 }
        let dice = dice(a.titleStems, b.titleStems)
        var best = dice
        // Databases differ in small words ("impact of the web" / "impact on web"): compare topic words too.
        if a.contentStems.count >= 3, b.contentStems.count >= 3 {
            best = max(best, self.dice(a.contentStems, b.contentStems))
        }
        // A subtitle or a label ("Tutorial:", "SIGMOD challenges paper:") present in one title only.
        if short.titleWords.count >= 3,
           long.titleWords.starts(with: short.titleWords) || long.titleWords.reversed().starts(with: short.titleWords.reversed()) {
            best = max(best, 0.9)
        }
        // A title quoted whole inside a longer one ("Review of X by Y. Publisher, 2002").
        if short.titleWords.count >= 4, contains(long.titleWords, run: short.titleWords) {
            best = max(best, 0.9)
        }
        if dice >= 0.5 && dice < 0.97 {
            let maxLen = max(a.titleKey.count, b.titleKey.count)
            let limit = maxLen / 5
            let d = EditDistance.levenshtein(a.titleKey, b.titleKey, limit: limit)
            if d <= limit { best = max(best, 1 - Double(d) / Double(maxLen)) }
        }
        return best
    }

    /// Whether `run` occurs in `words` as consecutive words.
    static func contains(_ words: [String], run: [String]) -> Bool {
        guard run.count <= words.count, let first = run.first else { return false }
        for start in 0...(words.count - run.count) where words[start] == first {
            if words[start..<(start + run.count)].elementsEqual(run) { return true }
        }
        return false
    }

    /// Dice coefficient over two sorted lists of unique word hashes.
    static func dice(_ x: [UInt64], _ y: [UInt64]) -> Double {
        guard !x.isEmpty || !y.isEmpty else { return 0 }
        return 2 * Double(sharedCount(x, y)) / Double(x.count + y.count)
    }

    /// How many hashes two sorted unique lists share.
    static func sharedCount(_ x: [UInt64], _ y: [UInt64]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { shared += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// A word without a plural "s", so that plural and singular count as one word ("objects" → "object"; "access", "gas" and "its" unchanged).
    static func singular(_ w: String) -> String {
        guard w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else { return w }
        return String(w.dropLast())
    }

    /// How two author lists agree.
    struct Authors: Sendable {
        /// Authors found in both lists.
        let matched: Int
        /// Matched share of the shorter list.
        let overlap: Double
        /// Matched share of the longer list (ignored when either list is truncated).
        let coverage: Double
        let firstAgree: Bool
        let truncated: Bool

        /// One figure for scoring.
        /// Databases often list only some authors, so agreement on the shorter list counts most.
        var similarity: Double { truncated ? overlap : 0.75 * overlap + 0.25 * coverage }
    }

    /// Author agreement; `nil` when either list is empty or names a group instead of people.
    /// Each list is compared as a whole: lone-word fragments ("John" split off "Smith, John") count
    /// neither for nor against; a shorter list that is the start of the longer one is a truncated list
    /// ("Smith J, Doe A" against eight names) even without "et al."; the first author's agreement is kept.
    static func authors(_ a: MatchFeatures, _ b: MatchFeatures) -> Authors? {
        let x = a.comparedAuthors, y = b.comparedAuthors
        guard !x.isEmpty, !y.isEmpty else { return nil }
        var used = [Bool](repeating: false, count: y.count)
        var matched = 0
        var matchedTo = [Int?](repeating: nil, count: x.count)
        for (i, author) in x.enumerated() {
            let exact = y.indices.first { !used[$0] && y[$0].family == author.family && author.initialsAgree(y[$0]) }
            if let j = exact ?? y.indices.first(where: { !used[$0] && author.agrees(with: y[$0]) }) {
                used[j] = true; matched += 1; matchedTo[i] = j
            }
        }
        if matched == 0 {
            // A database that swapped family and given names: count loose agreement instead.
            matched = x.filter { p in y.contains { p.looselyAgrees(with: $0) } }.count
        }
        // The shorter list is the start of the longer one, name for name: a list cut short.
        let prefixOfOther = x.count != y.count && (0..<min(x.count, y.count)).allSatisfy { matchedTo[$0] == $0 }
        let truncated = a.authorsTruncated || b.authorsTruncated || prefixOfOther
        let shorter = a.authorsTruncated != b.authorsTruncated ? (a.authorsTruncated ? x.count : y.count) : min(x.count, y.count)
        let longer = max(x.count, y.count)
        return Authors(matched: matched, overlap: min(1, Double(matched) / Double(max(1, shorter))),
                       coverage: min(1, Double(matched) / Double(longer)), firstAgree: x[0].agrees(with: y[0]), truncated: truncated)
    }

    /// The people of an author list that `authors` compares: no group authors, and no lone-word fragments
    /// unless nothing else is left.
    static func comparedAuthors(_ list: [AuthorKey]) -> [AuthorKey] {
        // Usually nothing is left out: then the list shares the record's storage.
        if !list.contains(where: { $0.isGroup || $0.isFragment }) { return list }
        return withoutFragments(list.filter { !$0.isGroup })
    }

    /// The list without lone-word fragments, unless nothing else is left.
    static func withoutFragments(_ list: [AuthorKey]) -> [AuthorKey] {
        guard list.contains(where: { !$0.isFragment }) else { return list }
        return list.filter { !$0.isFragment }
    }

    /// Share of the smaller abstract's shingles found in the other: 1 when one abstract repeats the other.
    static func abstractContainment(_ a: MatchFeatures, _ b: MatchFeatures) -> Double? {
        guard a.abstractShingles.count >= 8, b.abstractShingles.count >= 8 else { return nil }
        let (small, large) = a.abstractShingles.count <= b.abstractShingles.count ? (a, b) : (b, a)
        let shared = small.abstractShingles.intersection(large.abstractShingles).count
        return Double(shared) / Double(small.abstractShingles.count)
    }

    /// Topic words the two titles share.
    static func sharedContentWords(_ a: MatchFeatures, _ b: MatchFeatures) -> Int {
        sharedCount(a.contentStems, b.contentStems)
    }
}
