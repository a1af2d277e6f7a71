/// Small string distances used by name, title and venue comparison.
enum EditDistance {
    /// Whether `a` and `b` differ by at most one insertion, deletion or substitution.
    static func atMostOne(_ a: String, _ b: String) -> Bool {
        if abs(a.utf8.count - b.utf8.count) > 4 { return false }
        // ASCII text: each byte is one scalar, compared in place.
        let ascii = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.allSatisfy { $0 < 0x80 } && y.allSatisfy { $0 < 0x80 } ? atMostOne(x, y) : nil
            } ?? nil
        } ?? nil
        if let ascii { return ascii }
        return atMostOne(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// `atMostOne` over two sequences of scalars (or of ASCII bytes).
    static func atMostOne<C: RandomAccessCollection>(_ x: C, _ y: C) -> Bool where C.Element: Equatable, C.Index == Int {
        if abs(x.count - y.count) > 1 { return false }
        var i = x.startIndex, j = y.startIndex, edits = 0
        while i < x.endIndex, j < y.endIndex {
            if x[i] == y[j] { i += 1; j += 1; continue }
            edits += 1
            if edits > 1 { return false }
            if x.count > y.count { i += 1 } else if y.count > x.count { j += 1 } else { i += 1; j += 1 }
        }
        return edits + (x.endIndex - i) + (y.endIndex - j) <= 1
    }

    /// Levenshtein distance, computed in a band of width `limit` around the diagonal and abandoned
    /// (returning `limit + 1`) once it exceeds `limit`.
    static func levenshtein(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let big = limit + 1
        var previous = [Int](repeating: big, count: b.count + 1)
        var current = [Int](repeating: big, count: b.count + 1)
        for j in 0...min(b.count, limit) { previous[j] = j }
        for i in 1...a.count {
            let lo = max(1, i - limit), hi = min(b.count, i + limit)
            current[lo - 1] = lo == 1 ? i : big
            var rowMin = current[lo - 1]
            for j in lo...hi {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, big)
                rowMin = min(rowMin, current[j])
            }
            if hi < b.count { current[hi + 1] = big }
            if rowMin > limit { return big }
            swap(&previous, &current)
        }
        return min(previous[b.count], big)
    }

    /// Whether two folded names agree: equal, one typo in names of five letters or more, or equal when
    /// each `?` (a letter a database could not encode) stands for one or two letters ("p?ss" = "poess").
    static func namesAgree(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let wa = a.utf8.contains(UInt8(ascii: "?")), wb = b.utf8.contains(UInt8(ascii: "?"))
        if wa != wb {
            let (pattern, text) = wa ? (Array(a), Array(b)) : (Array(b), Array(a))
            return pattern.filter({ $0 != "?" }).count >= 2 && wildcardMatch(pattern[...], text[...])
        }
        // Cheap refusals first: most name pairs differ in length or in most letters.
        let la = a.utf8.count, lb = b.utf8.count
        if abs(la - lb) > 4 || la < 5 || lb < 5 { return false }
        return a.count >= 5 && b.count >= 5 && (atMostOne(a, b) || isTransposition(a, b))
    }

    /// Whether `b` is `a` with two neighbouring letters swapped ("rosneblatt" / "rosenblatt").
    static func isTransposition(_ a: String, _ b: String) -> Bool {
        if a.utf8.count != b.utf8.count { return false }
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        guard x.count == y.count else { return false }
        let diffs = x.indices.filter { x[$0] != y[$0] }
        return diffs.count == 2 && diffs[1] == diffs[0] + 1 && x[diffs[0]] == y[diffs[1]] && x[diffs[1]] == y[diffs[0]]
    }

    private static func wildcardMatch(_ p: ArraySlice<Character>, _ t: ArraySlice<Character>) -> Bool {
        guard let first = p.first else { return t.isEmpty }
        if first == "?" {
            if !t.isEmpty && wildcardMatch(p.dropFirst(), t.dropFirst()) { return true }
            return t.count >= 2 && wildcardMatch(p.dropFirst(), t.dropFirst(2))
        }
        guard let c = t.first, c == first else { return false }
        return wildcardMatch(p.dropFirst(), t.dropFirst())
    }
}
