import BibModel
import Foundation

/// One judged pair, as `--explain` prints it.
public struct PairExplanation: Codable, Sendable, Equatable {
    public let a: String
    public let b: String
    public let outcome: PairDecision.Outcome
    public let rule: String
    public let score: Double
    public let evidence: [String]

    init(_ a: String, _ b: String, _ d: PairDecision) {
        self.a = a; self.b = b; outcome = d.outcome; rule = d.rule; score = (d.score * 1000).rounded() / 1000; evidence = d.evidence
    }
}

/// What a batch run found: the works with more than one record, and the pairs behind them.
public struct DedupResult: Sendable {
    /// Ids of each work that has more than one record.
    public var clusters: [[String]]
    /// The links that built the clusters (a spanning set, strongest first).
    public var merged: [PairExplanation]
    /// Pairs held for review.
    public var review: [PairExplanation]
    /// Preprint ↔ published version links.
    public var versions: [PairExplanation]
    /// `.same` links not applied because a pair across the two groups is distinct, with that pair.
    public var refused: [PairExplanation]
    /// How many judged pairs were not distinct.
    public var comparisons: Int
}

/// The batch form of the engine: index every record, judge each against the candidates filed before
/// it, then cluster. The store, one record at a time, searches its blocks with the same `BlockSearch` and
/// judges with the same `Matcher`.
public enum BatchDedup {
    public static func run(_ input: [(id: String, record: Record)], matcher: Matcher = Matcher()) -> DedupResult {
        run(DedupBatch(input), matcher: matcher)
    }

    /// `run(_:matcher:)` on records already reduced to their features.
    public static func run(_ batch: DedupBatch, matcher: Matcher = Matcher()) -> DedupResult {
        run(index: indexed(batch, matcher: matcher))
    }

    /// How each stage judged the records `a` and `b` of `input`.
    public static func explain(pair a: String, _ b: String, in input: [(id: String, record: Record)],
                               matcher: Matcher = Matcher()) throws -> PairReport {
        try explain(pair: a, b, in: DedupBatch(input), matcher: matcher)
    }

    /// `explain(pair:_:in:matcher:)` on records already reduced to their features.
    public static func explain(pair a: String, _ b: String, in batch: DedupBatch,
                               matcher: Matcher = Matcher()) throws -> PairReport {
        let index = indexed(batch, matcher: matcher)
        guard let i = index.ordinal(of: a) else { throw UnknownRecordID(id: a) }
        guard let j = index.ordinal(of: b) else { throw UnknownRecordID(id: b) }
        let blocks = index.sharedBlocks(i, j).map {
            PairReport.SharedBlock(key: $0.key, size: $0.size, compared: $0.compared,
                                   search: BlockSearch.method(forBlockOf: $0.size, config: matcher.config))
        }
        let decision = index.decide(max(i, j), min(i, j))
        let result = run(index: index)
        let work = result.clusters.first { $0.contains(a) }
        let sameWork = work?.contains(b) ?? false
        var apart: PairExplanation?
        if !sameWork {
            let other = result.clusters.first { $0.contains(b) }
            apart = result.refused.first { r in
                let x = [r.a, r.b]
                return x.contains { work?.contains($0) ?? ($0 == a) } && x.contains { other?.contains($0) ?? ($0 == b) }
            }
        }
        return PairReport(a: a, b: b, sharedBlocks: blocks, compared: blocks.contains(where: \.compared),
                          decision: PairExplanation(a, b, decision), sameWork: sameWork, keptApartBy: apart)
    }

    /// Every record of `batch` filed in one index.
    static func indexed(_ batch: DedupBatch, matcher: Matcher) -> MatchIndex {
        var index = MatchIndex(matcher: matcher)
        let features = batch.features
        let hashes = ParallelMap.indices(features.count) { MatchIndex.keyHashes(for: features[$0]) }
        index.reserveCapacity(records: features.count, keys: hashes.reduce(0) { $0 + $1.count })
        for (k, f) in features.enumerated() { index.add(id: batch.ids[k], features: f, hashes: hashes[k]) }
        return index
    }

    static func run(index: MatchIndex) -> DedupResult {
        let n = index.count
        let recurring = index.recurringTitles()
        let decided = judgeAll(index, count: n, recurring: recurring)

        var sameLinks: [Clustering.Link] = []
        var review: [PairExplanation] = [], versions: [PairExplanation] = []
        var known: [PairKey: PairDecision] = [:]
        for (i, j, d) in decided {
            known[PairKey(i, j)] = d
            switch d.outcome {
            case .same: sameLinks.append(Clustering.Link(a: j, b: i, decision: d))
            case .review: review.append(PairExplanation(index.ids[j], index.ids[i], d))
            case .preprintOf, .publishedVersionOf: versions.append(PairExplanation(index.ids[i], index.ids[j], d))
            case .distinct: break
            }
        }
        var clustering = Clustering(count: n)
        clustering.build(from: sameLinks) { u, v in known[PairKey(u, v)] ?? index.decide(max(u, v), min(u, v), recurring: recurring) }
        let clusters = clustering.groups().map { $0.map { index.ids[$0] } }
        let merged = clustering.links.map { PairExplanation(index.ids[$0.a], index.ids[$0.b], $0.decision) }
        let refused = clustering.refused.map { link, blocker in
            PairExplanation(index.ids[blocker.0], index.ids[blocker.1], blocker.2)
        }
        return DedupResult(clusters: clusters, merged: merged, review: review, versions: versions, refused: refused,
                           comparisons: decided.count)
    }

    /// Features of every record, computed over all cores in contiguous slices, each with its own cache.
    static func computeFeatures(_ input: [(id: String, record: Record)]) -> [MatchFeatures] {
        let n = input.count
        guard n > 0 else { return [] }
        let slices = sliceCount(n)
        let box = SliceBox<MatchFeatures>(slices: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { s in
            var cache = FeatureCache()
            box.set(s, ((n * s / slices)..<(n * (s + 1) / slices)).map { MatchFeatures(input[$0].record, cache: &cache) })
        }
        return box.all()
    }

    /// Slices a batch of `n` items is cut into: several per core, so that a slow slice does not hold up the rest.
    static func sliceCount(_ n: Int) -> Int {
        max(1, min(ProcessInfo.processInfo.activeProcessorCount * 4, n / 2000 + 1))
    }

    /// Every candidate pair (j < i) that is not distinct (the clustering guard re-judges the few
    /// cross pairs it needs, so distinct pairs are not kept in memory). Work is
    /// split over the cores in contiguous slices; each slice writes only its own result array.
    static func judgeAll(_ index: MatchIndex, count n: Int, recurring: [Bool]) -> [(Int, Int, PairDecision)] {
        let slices = sliceCount(n)
        let box = SliceBox<(Int, Int, PairDecision)>(slices: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { s in
            var local: [(Int, Int, PairDecision)] = []
            let lo = n * s / slices, hi = n * (s + 1) / slices
            for i in lo..<hi {
                let f = index.features[i]
                for j in index.candidateOrdinals(for: f, below: i, ordinal: i) {
                    let d = index.decide(i, j, recurring: recurring)
                    if d.outcome != .distinct { local.append((i, j, d)) }
                }
            }
            box.set(s, local)
        }
        return box.all()
    }
}

/// An unordered pair of record positions.
struct PairKey: Hashable {
    let lo: Int
    let hi: Int
    init(_ a: Int, _ b: Int) { lo = min(a, b); hi = max(a, b) }
}

/// Per-slice results written from concurrent workers under a lock, each slot by one worker only.
final class SliceBox<Element>: @unchecked Sendable {
    private var slots: [[Element]]
    private let lock = NSLock()
    init(slices: Int) { slots = Array(repeating: [], count: slices) }
    func set(_ s: Int, _ value: [Element]) { lock.lock(); slots[s] = value; lock.unlock() }
    func all() -> [Element] { lock.lock(); defer { lock.unlock() }; return slots.flatMap { $0 } }
}
