import BibModel

/// Decides whether two records describe the same work. Placeholder until the dedup engine lands:
/// only identical DOIs or PMIDs match.
public struct Matcher: Sendable {
    public var config: MatchConfig

    public init(config: MatchConfig = MatchConfig()) { self.config = config }

    /// Strings under which a record is filed so that likely matches meet (DOI, PMID, title, …).
    public func blockKeys(for record: Record) -> [String] {
        var keys: [String] = []
        if let d = record.doi { keys.append("doi:" + d) }
        if let p = record.pmid { keys.append("pmid:" + p) }
        return keys
    }

    /// The decision for one pair, with the rule that made it.
    public func decide(_ a: Record, _ b: Record) -> PairDecision {
        if let x = a.doi, let y = b.doi { return x == y ? PairDecision(.same, rule: "same DOI") : PairDecision(.distinct, rule: "different DOIs") }
        if let x = a.pmid, let y = b.pmid, x == y { return PairDecision(.same, rule: "same PMID") }
        return PairDecision(.distinct, rule: "no evidence")
    }
}

/// Thresholds of the match decision, read from the config file.
public struct MatchConfig: Codable, Sendable, Equatable {
    /// Score at or above which two records are merged automatically.
    public var mergeThreshold: Double
    /// Score at or above which (and below `mergeThreshold`) a pair is held for review.
    public var reviewThreshold: Double

    public init(mergeThreshold: Double = 0.9, reviewThreshold: Double = 0.7) {
        self.mergeThreshold = mergeThreshold; self.reviewThreshold = reviewThreshold
    }
}

/// The outcome of comparing two records.
public struct PairDecision: Sendable, Equatable {
    public enum Outcome: String, Sendable, Codable { case same, review, distinct, preprintOf, publishedVersionOf }
    public var outcome: Outcome
    public var score: Double
    public var rule: String
    public var evidence: [String]

    public init(_ outcome: Outcome, score: Double = 0, rule: String, evidence: [String] = []) {
        self.outcome = outcome; self.score = score; self.rule = rule; self.evidence = evidence
    }
}
