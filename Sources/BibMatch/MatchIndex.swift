import BibModel

/// The in-memory index of a batch run (`BatchDedup`): block key → records, with the features of each record
/// computed once. `add` files a record; `candidates` and `decisions` find and judge the records it may
/// duplicate, without comparing it with the whole library. Its blocks are searched by `BlockSearch`, as the
/// store's are (`BlockSearch.candidates(for:own:in:config:)`).
public struct MatchIndex: Sendable {
    public let matcher: Matcher
    private(set) var ids: [String] = []
    private(set) var features: [MatchFeatures] = []
    private var blocks: [UInt64: [Int32]] = [:]
    /// Blocks larger than `maxBlockSize`, kept sorted for a neighbourhood search (`BlockSearch`).
    private var sortedBlocks: [UInt64: BlockSearch.SortedBlock] = [:]
    private var recurring = RecurringTitles()
    /// The hashed block keys of each indexed record, so that judging it does not rebuild them.
    private var keyHashes: [[UInt64]] = []

    public init(matcher: Matcher = Matcher()) { self.matcher = matcher }

    /// How many records the index holds.
    public var count: Int { ids.count }

    /// Files a record under its block keys. Returns its position in the index.
    @discardableResult
    public mutating func add(id: String, record: Record) -> Int {
        add(id: id, features: MatchFeatures(record))
    }

    /// Room for `records` more records filed under `keys` block keys in all, so that filing a batch does not
    /// grow the tables step by step.
    mutating func reserveCapacity(records: Int, keys: Int) {
        ids.reserveCapacity(ids.count + records)
        features.reserveCapacity(features.count + records)
        keyHashes.reserveCapacity(keyHashes.count + records)
        blocks.reserveCapacity(blocks.count + keys)
    }

    /// The hashed block keys under which `f` is filed.
    static func keyHashes(for f: MatchFeatures) -> [UInt64] {
        BlockKeys.keys(for: f).map { StableHash.of($0) }
    }

    /// Files a record whose features are computed; `hashes` are its `keyHashes(for:)` when the caller has them.
    @discardableResult
    mutating func add(id: String, features f: MatchFeatures, hashes known: [UInt64]? = nil) -> Int {
        let ordinal = ids.count
        ids.append(id)
        features.append(f)
        let hashes = known ?? Self.keyHashes(for: f)
        keyHashes.append(hashes)
        for h in hashes {
            blocks[h, default: []].append(Int32(ordinal))
            let size = blocks[h]?.count ?? 0
            if BlockSearch.method(forBlockOf: size, config: matcher.config) == .sortedNeighbourhood {
                if sortedBlocks[h] == nil {
                    sortedBlocks[h] = BlockSearch.SortedBlock(members: blocks[h] ?? [], keys: features)
                } else {
                    sortedBlocks[h]?.insert(Int32(ordinal), BlockSearch.SortKeys(f), keys: features)
                }
            }
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

    /// Candidates among the first `below` records, in index order, each once: every member of a small
    /// block, and the neighbours in sorted order of a big one (`BlockSearch`). `ordinal` is the record's
    /// own position when it is indexed (so that it sorts exactly where it stands).
    func candidateOrdinals(for f: MatchFeatures, below limit: Int, ordinal: Int? = nil) -> [Int] {
        var found: [Int32] = []
        let me = ordinal.map(Int32.init) ?? Int32.max
        let hashes = ordinal.map { keyHashes[$0] } ?? Self.keyHashes(for: f)
        for h in hashes {
            guard let block = blocks[h] else { continue }
            // A block is sorted for neighbourhood search once it has grown past the limit (blocks never shrink).
            if BlockSearch.method(forBlockOf: block.count, config: matcher.config) == .sortedNeighbourhood,
               let sorted = sortedBlocks[h] {
                sorted.neighbours(of: BlockSearch.SortKeys(f), ordinal: me, keys: features, into: &found)
            } else {
                // Members are filed in index order.
                for j in block {
                    if Int(j) >= limit { break }
                    found.append(j)
                }
            }
        }
        found.sort()
        var out: [Int] = []
        out.reserveCapacity(found.count)
        for j in found where Int(j) < limit && Int(j) != out.last { out.append(Int(j)) }
        return out
    }

    /// The keys two indexed records share, each with its block's size and whether the pair meets in it
    /// (always in a small block; as neighbours in sorted order in a big one).
    func sharedBlocks(_ i: Int, _ j: Int) -> [(key: String, size: Int, compared: Bool)] {
        let other = Set(BlockKeys.keys(for: features[j]))
        return BlockKeys.keys(for: features[i]).filter(other.contains).map { key in
            let h = StableHash.of(key)
            let size = blocks[h]?.count ?? 0
            guard let sorted = sortedBlocks[h] else { return (key, size, true) }
            var near: [Int32] = []
            sorted.neighbours(of: BlockSearch.SortKeys(features[i]), ordinal: Int32(i), keys: features, into: &near)
            return (key, size, near.contains(Int32(j)))
        }
    }

    /// Position of the record with `id`, if indexed.
    func ordinal(of id: String) -> Int? { ids.firstIndex(of: id) }

    /// Decision between features `f` and the indexed record at `j`.
    func decide(_ f: MatchFeatures, _ j: Int) -> PairDecision {
        matcher.decide(f, features[j], recurringTitle: recurring.isRecurring(f) || recurring.isRecurring(features[j]))
    }

    /// Decision between two indexed records.
    func decide(_ i: Int, _ j: Int) -> PairDecision {
        decide(features[i], j)
    }

    /// Whether each indexed record's title recurs (`RecurringTitles`): a batch reads it once per record
    /// instead of once per pair.
    func recurringTitles() -> [Bool] { features.map(recurring.isRecurring) }

    /// Decision between two indexed records, `recurring` being `recurringTitles()`: the same as `decide(i, j)`.
    func decide(_ i: Int, _ j: Int, recurring: [Bool]) -> PairDecision {
        matcher.decide(features[i], features[j], recurringTitle: recurring[i] || recurring[j])
    }
}
