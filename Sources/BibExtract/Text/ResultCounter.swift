/// The counter a search engine prints above its hits ("148 results", "About 1,230 results", "Showing 1-20 of 148
/// results", "2,551 document results", "37 hits"): a page that prints one near its top lists works, it is not one.
enum ResultCounter {
    /// How many lines from the top are looked at.
    static let headLines = 60
    /// Words that count hits, after the number.
    static let hitWords: Set<String> = ["result", "results", "hits", "hit", "records", "matches", "documents", "résultats", "treffer", "resultados",
                                        "articles", "статей", "статьи", "статья", "результатов", "ergebnisse", "risultati", "resultaten"]
    /// Words that open a counter line before its number ("About 1,230 results", "Found 37 articles", "Найдено 4 318
    /// статей"), lower-cased.
    static let leadWords: Set<String> = ["about", "showing", "found", "найдено", "gefunden:", "encontrados"]

    static func opensList(_ lines: [String]) -> Bool {
        lines.prefix(headLines).contains(where: isCounter)
    }

    /// A short line that is a count of hits: optionally "About"/"Showing … of", a number, a hit word, and at most a
    /// "for …" / "found" after it; or the hit word first, the range shown and the total ("Hits 1 - 4 of 2,318").
    static func isCounter(_ line: String) -> Bool {
        guard line.utf8.count <= 120, let firstByte = line.utf8.first else { return false }
        let opensWithDigit = firstByte >= 0x30 && firstByte <= 0x39
        let words = line.lowercased().split(separator: " ").map(String.init)
        func isNumber(_ w: String) -> Bool { w.first?.isNumber == true && w.allSatisfy { $0.isNumber || $0 == "," || $0 == "." } }
        // "Hits 1 - 4 of 2,318 for …", "Results 1–20 of 148": the hit word first, a range, then "of" and the total.
        if let first = words.first, hitWords.contains(first), let of = words.prefix(8).firstIndex(of: "of"), of > 1,
           of + 1 < words.count, isNumber(words[of + 1]), words[1..<of].contains(where: { $0.first?.isNumber == true }) {
            return true
        }
        guard opensWithDigit || words.first.map(leadWords.contains) == true else { return false }
        guard let n = words.firstIndex(where: isNumber), n + 1 < words.count else { return false }
        var k = n + 1
        // A number printed in groups of three digits ("4 318").
        while k < words.count, words[k].count == 3, words[k].allSatisfy(\.isNumber) { k += 1 }
        guard k < words.count else { return false }
        if words[k] == "document" || words[k] == "search", k + 1 < words.count { k += 1 }
        guard hitWords.contains(words[k]) else { return false }
        let rest = words[(k + 1)...]
        return rest.isEmpty || rest.first == "for" || rest.first == "found"
    }
}
