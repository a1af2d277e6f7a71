import BibModel

/// Blocks kept outside the batch index (the store keeps them in SQL): what `BlockSearch.candidates(for:own:in:config:)`
/// asks of them. Which keys a record has and how a big block is searched stay in BibMatch; the storage lists members.
public protocol BlockStorage {
    /// A record filed in the storage (for the store, a source id).
    associatedtype Member: Hashable
    /// How many members each of `keys` has; a key without members may be absent.
    func blockSizes(_ keys: [String]) throws -> [String: Int]
    /// Every member filed under one of `keys`.
    func members(ofBlocks keys: [String]) throws -> [Member]
    /// Every member filed under `key` with its sort keys (`BlockSearch.SortKeys`), in the order the members were filed.
    func sortedMembers(ofBlock key: String) throws -> [(member: Member, keys: BlockSearch.SortKeys)]
}

extension BlockSearch {
    /// The members of `storage` that `subject` is compared with: every member of each block of at most
    /// `maxBlockSize`, and the neighbours of `subject` in sorted order in each larger block, as the batch index
    /// searches them. `own`: the subject's own member when it is filed already (it then sorts where it stands, and
    /// is not its own candidate).
    public static func candidates<Storage: BlockStorage>(for subject: Matcher.Subject, own: Storage.Member? = nil,
                                                         in storage: Storage, config: MatchConfig) throws -> Set<Storage.Member> {
        let keys = Array(Set(BlockKeys.keys(for: subject.features))).sorted()
        guard !keys.isEmpty else { return [] }
        let sizes = try storage.blockSizes(keys)
        var allPairs: [String] = [], sorted: [String] = []
        for key in keys {
            guard let size = sizes[key], size > 0 else { continue }
            switch method(forBlockOf: size, config: config) {
            case .allPairs: allPairs.append(key)
            case .sortedNeighbourhood: sorted.append(key)
            }
        }
        var found = allPairs.isEmpty ? [] : Set(try storage.members(ofBlocks: allPairs))
        let me = SortKeys(subject.features)
        for key in sorted {
            let listed = try storage.sortedMembers(ofBlock: key)
            let table = ListedSortKeys(keys: listed.map(\.keys))
            let ordinal = own.flatMap { o in listed.firstIndex { $0.member == o } }.map(Int32.init) ?? Int32.max
            let block = SortedBlock(members: Array(0..<Int32(listed.count)), keys: table)
            var near: [Int32] = []
            block.neighbours(of: me, ordinal: ordinal, keys: table, into: &near)
            for j in near { found.insert(listed[Int(j)].member) }
        }
        if let own { found.remove(own) }
        return found
    }
}
