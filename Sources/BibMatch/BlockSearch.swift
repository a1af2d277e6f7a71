/// How a block is searched, for the batch index and for the store alike. A block of at most
/// `MatchConfig.maxBlockSize` records is compared pair by pair. A larger block says the key is common (a
/// work cited or exported many times, a common first author, "Editorial"), not that its pairs differ, so
/// it is searched by sorted neighbourhood: its records are kept in two orders, by title and by first
/// author + year + title (ties in the order records were filed), and a record is compared with the
/// `window` records on each side of it in each order. Cost per record and big block is at most
/// 4 × `window` comparisons, whatever the block's size; a work's records, adjacent in at least one order,
/// are linked into a chain that clustering closes.
public enum BlockSearch {
    /// Neighbours on each side compared in each order of a big block.
    public static let window = 10

    /// How a block of some size is searched.
    public enum Method: String, Sendable, Codable {
        case allPairs = "all pairs"
        case sortedNeighbourhood = "sorted neighbourhood"
    }

    /// The search for a block of `size` records under `config`.
    public static func method(forBlockOf size: Int, config: MatchConfig) -> Method {
        size > config.maxBlockSize ? .sortedNeighbourhood : .allPairs
    }

    /// The two orders of a big block.
    enum Order: Int, CaseIterable, Sendable {
        case title, author
    }

    /// A record's sort keys in the two orders of a big block (the store keeps them beside its block keys).
    public struct SortKeys: Sendable, Equatable {
        /// The folded title without spaces.
        public let title: [UInt8]
        /// First author, year and title.
        public let author: [UInt8]

        public init(title: [UInt8], author: [UInt8]) { self.title = title; self.author = author }

        init(_ f: MatchFeatures) { title = f.titleKey; author = f.authorOrderKey }

        subscript(order: Order) -> [UInt8] {
            switch order {
            case .title: return title
            case .author: return author
            }
        }
    }

    /// The sort key of a record in one order (the record's ordinal breaks ties).
    static func sortKey(_ f: MatchFeatures, _ order: Order) -> [UInt8] {
        switch order {
        case .title: return f.titleKey
        case .author: return f.authorOrderKey
        }
    }

    /// A big block's members in both orders. Members are ordinals; `keys` reads their sort keys.
    struct SortedBlock: Sendable {
        var orders: [[Int32]] = Array(repeating: [], count: Order.allCases.count)

        init() {}

        /// The block of `members`, sorted at once (the same orders as inserting them one by one).
        init<Keys: SortKeyTable>(members: [Int32], keys: Keys) {
            for order in Order.allCases {
                orders[order.rawValue] = members.sorted { x, y in
                    let kx = keys.sortKey(of: x, in: order), ky = keys.sortKey(of: y, in: order)
                    return kx.lexicographicallyPrecedes(ky) || (kx == ky && x < y)
                }
            }
        }

        /// Inserts `ordinal` (whose sort keys are `own`) at its place in each order.
        mutating func insert<Keys: SortKeyTable>(_ ordinal: Int32, _ own: SortKeys, keys: Keys) {
            for order in Order.allCases {
                let at = Self.position(of: own[order], ordinal, in: orders[order.rawValue], order: order, keys: keys)
                orders[order.rawValue].insert(ordinal, at: at)
            }
        }

        /// The members within `window` of the place where (`own`, `ordinal`) sorts, in each order (a member
        /// near in both orders is appended twice).
        func neighbours<Keys: SortKeyTable>(of own: SortKeys, ordinal: Int32, keys: Keys, into out: inout [Int32]) {
            for order in Order.allCases {
                let list = orders[order.rawValue]
                let at = Self.position(of: own[order], ordinal, in: list, order: order, keys: keys)
                let lo = max(0, at - BlockSearch.window), hi = min(list.count, at + BlockSearch.window + 1)
                for k in lo..<hi where list[k] != ordinal { out.append(list[k]) }
            }
        }

        /// First position whose (key, ordinal) is not below (`key`, `ordinal`).
        static func position<Keys: SortKeyTable>(of key: [UInt8], _ ordinal: Int32, in list: [Int32], order: Order,
                                                 keys: Keys) -> Int {
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let other = list[mid]
                let otherKey = keys.sortKey(of: other, in: order)
                let below = otherKey.lexicographicallyPrecedes(key) || (otherKey == key && other < ordinal)
                if below { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }
}

/// Where a sorted block reads the sort keys of its members (ordinals).
protocol SortKeyTable {
    func sortKey(of member: Int32, in order: BlockSearch.Order) -> [UInt8]
}

extension Array: SortKeyTable where Element == MatchFeatures {
    func sortKey(of member: Int32, in order: BlockSearch.Order) -> [UInt8] {
        BlockSearch.sortKey(self[Int(member)], order)
    }
}

/// Sort keys listed by member (a block read from the store: member k is the k-th filed).
struct ListedSortKeys: SortKeyTable {
    let keys: [BlockSearch.SortKeys]
    func sortKey(of member: Int32, in order: BlockSearch.Order) -> [UInt8] { keys[Int(member)][order] }
}
