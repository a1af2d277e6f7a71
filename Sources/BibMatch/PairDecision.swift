import BibModel

/// Thresholds of the match decision, read from the config file.
public struct MatchConfig: Codable, Sendable, Equatable {
    /// Score at or above which two records are merged automatically.
    public var mergeThreshold: Double
    /// Score at or above which (and below `mergeThreshold`) a pair is held for review.
    public var reviewThreshold: Double
    /// Lowest title similarity with which a pair may be merged on score.
    public var minimumTitleSimilarity: Double
    /// Share of a shorter abstract found in the other above which one repeats the other.
    public var abstractContainment: Double
    /// Blocks holding more records than this are searched by sorted neighbourhood instead of pair by pair (`BlockSearch`).
    public var maxBlockSize: Int

    public init(mergeThreshold: Double = 0.88, reviewThreshold: Double = 0.7, minimumTitleSimilarity: Double = 0.85,
                abstractContainment: Double = 0.9, maxBlockSize: Int = 64) {
        self.mergeThreshold = mergeThreshold; self.reviewThreshold = reviewThreshold
        self.minimumTitleSimilarity = minimumTitleSimilarity; self.abstractContainment = abstractContainment
        self.maxBlockSize = maxBlockSize
    }
}

/// The outcome of comparing two records, with the rule that decided and the evidence it used.
public struct PairDecision: Sendable, Equatable, Codable {
    /// `.same`, `.review`, `.distinct`, `.preprintOf`, `.publishedVersionOf` (`PairOutcome`).
    public typealias Outcome = PairOutcome
    public var outcome: Outcome
    /// Weighted field similarity in [0, 1] (1 for identifier matches, 0 when a rule decided first).
    public var score: Double
    /// The stage and rule that decided ("same DOI", "years far apart", "weighted similarity").
    public var rule: String
    /// Human-readable facts behind the decision ("title 0.97", "2003 vs 2005").
    public var evidence: [String]
    /// A distinct decision that no agreement elsewhere can outweigh (different identifiers): clustering
    /// never joins two groups across such a pair.
    public var isVeto: Bool

    public init(_ outcome: Outcome, score: Double = 0, rule: String, evidence: [String] = [], isVeto: Bool = false) {
        self.outcome = outcome; self.score = score; self.rule = rule; self.evidence = evidence; self.isVeto = isVeto
    }

    /// A person's decision in the matcher's place: merged or kept apart whatever the fields say.
    public init(_ person: PersonDecision) {
        switch person {
        case .same: self.init(.same, score: 1, rule: "merged by a person")
        case .distinct: self.init(.distinct, rule: "kept apart by a person")
        }
    }
}
