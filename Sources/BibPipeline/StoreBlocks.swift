import BibMatch
import BibModel
import BibStore

/// The store's block tables as BibMatch's `BlockStorage`: the store lists the members of a block, and
/// `BlockSearch` decides which of them a new record is compared with, as in `bibd dedup`.
struct StoreBlocks: BlockStorage {
    let tx: StoreTransaction

    func blockSizes(_ keys: [String]) throws -> [String: Int] { try tx.blockSizes(keys) }

    func members(ofBlocks keys: [String]) throws -> [String] { try tx.sourceIDs(inBlocks: keys) }

    func sortedMembers(ofBlock key: String) throws -> [(member: String, keys: BlockSearch.SortKeys)] {
        try tx.sortedBlock(key).map { ($0.sourceID, BlockSearch.SortKeys(title: $0.titleOrder, author: $0.authorOrder)) }
    }
}

extension StoredBlockKeys {
    /// The keys under which the store files a record, and its place in a big block's orders, as BibMatch gives them.
    public init(_ subject: Matcher.Subject) {
        let order = subject.sortKeys
        self.init(subject.blockKeys, titleOrder: order.title, authorOrder: order.author)
    }
}
