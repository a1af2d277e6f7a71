import BibModel

/// How each stage judged one pair (`bibd dedup --explain --pair ID1,ID2`): the block keys the two
/// records share, with each block's size and whether the pair is compared in it; the decision with its
/// rule and evidence; and whether clustering put them in one work (and, if not, what kept them apart).
public struct PairReport: Codable, Sendable, Equatable {
    /// One block key both records are filed under.
    public struct SharedBlock: Codable, Sendable, Equatable {
        public let key: String
        public let size: Int
        /// Always true in a block searched pair by pair; in a big block, whether the two are neighbours.
        public let compared: Bool
        /// `all pairs` or `sorted neighbourhood`.
        public let search: BlockSearch.Method
    }

    public let a: String
    public let b: String
    public let sharedBlocks: [SharedBlock]
    /// Whether blocking brings the pair to the matcher at all.
    public let compared: Bool
    public let decision: PairExplanation
    public let sameWork: Bool
    /// When they are in different works although linked: the pair across the two groups that kept them apart.
    public let keptApartBy: PairExplanation?
}

/// An id asked about that is not in the input.
public struct UnknownRecordID: Error, CustomStringConvertible, Equatable {
    public let id: String
    public var description: String { "no record with id \(id) in the input" }
}
