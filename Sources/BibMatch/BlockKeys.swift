/// Blocking: the keys under which a record is filed so that candidate pairs meet without comparing
/// every record with every other. Several independent keys, so that a typo or a gap in one field
/// cannot hide a pair: identifiers, the start and the end of the title, first author with year, with
/// the first title word or with the second author, volume with first page, and a sample of abstract shingles.
enum BlockKeys {
    /// Title words used by the title keys.
    static let titleWords = 4
    /// Abstract shingles whose hash falls in 1/`shingleSampling` of the range become keys. The sample
    /// is fixed (not per record), so a fragment's sampled shingles are also sampled in the full text.
    static let shingleSampling: UInt64 = 32
    static let maxShingleKeys = 6

    static func keys(for f: MatchFeatures) -> [String] {
        var keys: [String] = []
        if let d = f.doi { keys.append("doi:" + d) }
        if let p = f.pmid { keys.append("pmid:" + p) }
        if let a = f.arxiv { keys.append("arxiv:" + a) }
        if f.hasTitle {
            let head = f.titleWords.prefix(titleWords).joined(separator: " ")
            keys.append("t:" + head)
            if f.titleWords.count > titleWords {
                keys.append("tl:" + f.titleWords.suffix(titleWords).joined(separator: " "))
            }
        }
        if f.titleKey.count >= 24 {
            // Character ends of the title: a typo inside the first or last words leaves one of them whole.
            keys.append("tc:" + String(decoding: f.titleKey.prefix(16), as: UTF8.self))
            keys.append("te:" + String(decoding: f.titleKey.suffix(16), as: UTF8.self))
        }
        if let first = f.firstFamily.map({ $0.filter { $0 != "?" } }), first.count >= 2 {
            if let y = f.year { keys.append("fy:\(first) \(y)") }
            // The first two authors survive a retitled preprint and a missing year.
            if f.authors.count >= 2 { keys.append("f2:\(first) \(f.authors[1].family.filter { $0 != "?" })") }
            if let w = f.titleWords.first(where: { !MatchFeatures.stopWords.contains($0) }) { keys.append("fw:\(first) \(w)") }
        }
        // Author lists printed in different orders still share their alphabetically first name.
        if f.authors.count >= 2, let y = f.year,
           let least = f.authors.lazy.map({ $0.family.filter { $0 != "?" } }).filter({ $0.count >= 2 }).min() {
            keys.append("ay:\(least) \(y)")
        }
        if let v = f.volume, let p = f.pages { keys.append("vp:\(v) \(p.prefix)\(p.first)") }
        let sampled = f.abstractShingles.filter { $0 % shingleSampling == 0 }.sorted().prefix(maxShingleKeys)
        for s in sampled { keys.append("ab:\(s)") }
        return keys
    }
}
