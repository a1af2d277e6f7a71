import BibModel

/// The records of a batch run as the engine reads them: each id with its match features, in input order. The
/// records themselves are not kept, so that a million records fit in memory as features alone.
public struct DedupBatch: Sendable {
    public let ids: [String]
    let features: [MatchFeatures]
    /// Ids met again after their first record (those later records are dropped), in input order.
    public let duplicateIds: [String]

    init(ids: [String], features: [MatchFeatures], duplicateIds: [String]) {
        self.ids = ids; self.features = features; self.duplicateIds = duplicateIds
    }

    /// The features of `records`, computed over all cores.
    public init(_ records: [(id: String, record: Record)]) {
        self.init(ids: records.map(\.id), features: BatchDedup.computeFeatures(records), duplicateIds: [])
    }

    /// How many records the batch holds.
    public var count: Int { ids.count }
}
