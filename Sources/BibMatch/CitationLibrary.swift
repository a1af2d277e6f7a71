import BibModel

/// A reproducible library of citation-style records for the large-cluster measure: each work is cited
/// `citationsPerWork` times (100–300 by default), and each citation is damaged the way reference lists
/// damage a work: the title in another case, with a typo, with its subtitle cut or its end truncated;
/// the author list cut to the first one or three names with "et al." and given names as initials; the
/// journal abbreviated word by word or left out; the year off by one or missing; volume and pages often
/// missing, the last page abbreviated ("615-21"). Works are made to be confusable: groups of works share
/// their first author, journal and year, and some titles share all words but a number. `truth` gives
/// each record's work.
public struct CitationLibrary: Sendable {
    public private(set) var records: [(id: String, record: Record)] = []
    /// Work number of each record, aligned with `records`.
    public private(set) var truth: [Int] = []

    /// Each record's id → its work.
    public var workOfID: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(records.map(\.id), truth))
    }

    public init(works: Int, citationsPerWork: ClosedRange<Int> = 100...300, seed: UInt64 = 7) {
        var rng = SplitMix64(seed: seed)
        let vocabulary = (0..<3000).map { _ in Self.word(&rng, syllables: 2 + Int(rng.next() % 3)) }
        let families = (0..<2000).map { _ in Self.word(&rng, syllables: 2 + Int(rng.next() % 2)).capitalized }
        let givens = (0..<300).map { _ in Self.word(&rng, syllables: 2).capitalized }
        let journals = (0..<40).map { _ in (0..<(2 + Int(rng.next() % 3))).map { _ in vocabulary[Int(rng.next() % 3000)].capitalized } }
        var work = 0
        while work < works {
            // A group of up to three works by one first author in one journal and year.
            let group = min(works - work, 1 + Int(rng.next() % 3))
            let first = (families[Int(rng.next() % 2000)], givens[Int(rng.next() % 300)])
            let journal = journals[Int(rng.next() % 40)]
            let year = 1995 + Int(rng.next() % 30)
            let sharedTitle = (0..<(6 + Int(rng.next() % 6))).map { _ in vocabulary[Int(rng.next() % 3000)] }
            for member in 0..<group {
                var title = (0..<(5 + Int(rng.next() % 8))).map { _ in vocabulary[Int(rng.next() % 3000)] }
                // The second work of a group may repeat the first one's title with another number.
                if member == 1, rng.next() % 2 == 0 { title = sharedTitle + ["\(2 + rng.next() % 8)"] }
                if member == 0 { title = rng.next() % 2 == 0 ? sharedTitle + ["1"] : title }
                if rng.next() % 3 == 0 { title += ["a"] + (0..<3).map { _ in vocabulary[Int(rng.next() % 3000)] } }
                let subtitleAt = rng.next() % 2 == 0 ? min(title.count - 2, 4 + Int(rng.next() % 3)) : nil
                let others = (0..<(1 + Int(rng.next() % 6))).map { _ in (families[Int(rng.next() % 2000)], givens[Int(rng.next() % 300)]) }
                let authors = [first] + others
                let volume = 1 + Int(rng.next() % 60)
                let page = 1 + Int(rng.next() % 1500)
                let span = 4 + Int(rng.next() % 25)
                let n = citationsPerWork.lowerBound + Int(rng.next() % UInt64(citationsPerWork.count))
                for _ in 0..<n {
                    var r = Record(type: rng.next() % 4 == 0 ? nil : .journalArticle)
                    r.title = Self.cite(title, subtitleAt: subtitleAt, &rng)
                    let kept = rng.next() % 10
                    let listed = kept < 5 ? 1 : kept < 8 ? min(3, authors.count) : authors.count
                    r.authors = authors.prefix(listed).map { family, given in
                        rng.next() % 3 == 0 ? Person(family: family, given: given) : Person(family: family, given: String(given.prefix(1)))
                    }
                    r.authorsTruncated = listed < authors.count
                    switch rng.next() % 5 {
                    case 0: r.containerTitle = nil
                    case 1, 2: r.containerTitle = journal.map { String($0.prefix(4)) }.joined(separator: " ")
                    default: r.containerTitle = "Journal of " + journal.joined(separator: " ")
                    }
                    let drift = rng.next() % 20
                    if drift == 0 { r.issued = nil } else { r.issued = PartialDate(year: year + (drift == 1 ? 1 : drift == 2 ? -1 : 0)) }
                    if rng.next() % 10 < 7 { r.volume = String(volume) }
                    switch rng.next() % 5 {
                    case 0, 1: r.page = "\(page)-\(page + span)"
                    case 2: r.page = "\(page)-\(String(page + span).suffix(2))"
                    case 3: r.page = "\(page)"
                    default: r.page = nil
                    }
                    records.append(("c\(records.count)", r))
                    truth.append(work)
                }
                work += 1
            }
        }
    }

    /// A title as one reference list prints it.
    private static func cite(_ title: [String], subtitleAt: Int?, _ rng: inout SplitMix64) -> String {
        var words = title
        switch rng.next() % 10 {
        case 0: if let cut = subtitleAt { words = Array(words.prefix(cut)) }
        case 1:
            let i = Int(rng.next() % UInt64(words.count))
            if words[i].count > 4 { words[i].remove(at: words[i].index(words[i].startIndex, offsetBy: 2)) }
        case 2: if words.count > 8 { words = Array(words.prefix(words.count - 2)) }
        default: break
        }
        var text = words.enumerated().map { i, w in i == subtitleAt ? ": " + w : (i == 0 ? "" : " ") + w }.joined()
        switch rng.next() % 4 {
        case 0: text = text.uppercased()
        case 1: text = text.prefix(1).uppercased() + text.dropFirst() + "."
        default: text = text.prefix(1).uppercased() + text.dropFirst()
        }
        return text
    }

    private static func word(_ rng: inout SplitMix64, syllables: Int) -> String {
        let onsets = ["b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st", "tr", "ch", "gr"]
        let vowels = ["a", "e", "i", "o", "u", "ai", "ou", "io"]
        return (0..<syllables).map { _ in onsets[Int(rng.next() % 20)] + vowels[Int(rng.next() % 8)] }.joined()
    }
}

/// Pairwise precision and recall of clusters against known works, as the labelled-set scorer counts them.
public struct PairwiseScore: Sendable, Equatable {
    public let precision: Double
    public let recall: Double
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// `work` gives each id's true work; ids missing from it are works of their own.
    public init(clusters: [[String]], work: [String: Int]) {
        var tp = 0, found = 0
        for c in clusters {
            found += c.count * (c.count - 1) / 2
            var counts: [Int: Int] = [:]
            for id in c { if let w = work[id] { counts[w, default: 0] += 1 } }
            tp += counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        }
        var sizes: [Int: Int] = [:]
        for w in work.values { sizes[w, default: 0] += 1 }
        let truePairs = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        precision = found == 0 ? 1 : Double(tp) / Double(found)
        recall = truePairs == 0 ? 1 : Double(tp) / Double(truePairs)
    }
}
