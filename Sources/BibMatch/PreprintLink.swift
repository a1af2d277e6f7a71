/// A preprint (Research Square, bioRxiv, medRxiv, arXiv, SSRN …) and the journal article it probably
/// became. Titles often change on the way, so the link rests on the people (same first author, most
/// of the list shared) plus the topic (shared title words or shared abstract passages); the two are
/// linked as versions and never merged.
enum PreprintLink {
    /// Share of the shorter author list that must be found in the other.
    static let minimumAuthorOverlap = 0.6
    /// Topic words both titles must share when their titles differ.
    static let minimumSharedTitleWords = 4
    /// Abstract shingles shared that show common passages.
    static let minimumAbstractOverlap = 0.08

    static func decide(_ a: MatchFeatures, _ b: MatchFeatures) -> PairDecision {
        let (preprint, published) = a.isPreprint ? (a, b) : (b, a)
        let forward: PairDecision.Outcome = a.isPreprint ? .preprintOf : .publishedVersionOf
        if let x = preprint.year, let y = published.year, x > y + 1 {
            return PairDecision(.distinct, rule: "preprint later than article", evidence: ["\(x) vs \(y)"])
        }
        guard let authors = FieldSimilarity.authors(a, b) else {
            return PairDecision(.distinct, rule: "preprint: no authors to compare")
        }
        var evidence = ["authors overlap \(Matcher.format(authors.overlap))"]
        guard authors.firstAgree, authors.overlap >= minimumAuthorOverlap else {
            evidence.append(authors.firstAgree ? "too few shared authors" : "different first author")
            return PairDecision(.distinct, rule: "preprint: different people", evidence: evidence)
        }
        let title = FieldSimilarity.title(a, b) ?? 0
        let sharedWords = FieldSimilarity.sharedContentWords(a, b)
        let abstract = FieldSimilarity.abstractContainment(a, b) ?? 0
        evidence += ["title \(Matcher.format(title))", "shared title words \(sharedWords)", "abstract overlap \(Matcher.format(abstract))"]
        let sameTopic = title >= 0.85
            || sharedWords >= minimumSharedTitleWords
            || (sharedWords >= 2 && abstract >= minimumAbstractOverlap)
        guard sameTopic else { return PairDecision(.distinct, rule: "preprint: different topic", evidence: evidence) }
        let score = (authors.overlap + max(title, abstract)) / 2
        return PairDecision(forward, score: score, rule: "preprint and published version", evidence: evidence)
    }
}
