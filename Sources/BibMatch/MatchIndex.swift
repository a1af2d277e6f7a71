import BibModel

/// The incremental index the store uses as records arrive: block key → records, with the features of
/// each record computed once. `add` files a record; `candidates` and `decisions` find and judge the
/// records it may duplicate, without comparing it with the whole library.
public struct MatchIndex: Sendable {
    public let matcher: Matcher
    private(set) var ids: [String] = []
    private(set) var features: [MatchFeatures] = []
    private var blocks: [UInt64: [Int32]] = [:]
    private var recurring = RecurringTitles()

    public init(matcher: Matcher = Matcher()) { self.matcher = matcher }

    /// How many records the index holds.
    public var count: Int { ids.count }

    /// Files a record under its block keys. Returns its position in the index.
    @discardableResult
    public mutating func add(id: String, record: Record) -> Int {
        add(id: id, features: MatchFeatures(record))
    }

    @discardableResult
    mutating func add(id: String, features f: MatchFeatures) -> Int {
        let ordinal = ids.count
        ids.append(id)
        features.append(f)
        for key in BlockKeys.keys(for: f) {
            blocks[StableHash.of(key), default: []].append(Int32(ordinal))
        }
        recurring.add(f)
        return ordinal
    }

    /// Ids of the indexed records that share a block with `record`.
    public func candidates(for record: Record) -> [String] {
        candidateOrdinals(for: MatchFeatures(record), below: Int.max).map { ids[$0] }
    }

    /// The matcher's decision between `record` and every candidate that is not plainly distinct.
    public func decisions(for record: Record) -> [(id: String, decision: PairDecision)] {
        let f = MatchFeatures(record)
        return candidateOrdinals(for: f, below: Int.max).compactMap { j in
            let d = decide(f, j)
            return d.outcome == .distinct ? nil : (ids[j], d)
        }
    }

    /// Candidates among the first `below` records, in index order, each once.
    func candidateOrdinals(for f: MatchFeatures, below limit: Int) -> [Int] {
        var seen = Set<Int32>()
        for key in BlockKeys.keys(for: f) {
            guard let block = blocks[StableHash.of(key)], block.count <= matcher.config.maxBlockSize else { continue }
            for j in block where Int(j) < limit { seen.insert(j) }
        }
        return seen.map(Int.init).sorted()
    }

    /// Decision between features `f` and the indexed record at `j`.
    func decide(_ f: MatchFeatures, _ j: Int) -> PairDecision {
        matcher.decide(f, features[j], recurringTitle: recurring.isRecurring(f) || recurring.isRecurring(features[j]))
    }

    /// Decision between two indexed records.
    func decide(_ i: Int, _ j: Int) -> PairDecision {
        decide(features[i], j)
    }
}
