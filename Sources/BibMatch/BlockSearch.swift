/// How a block is searched. A block of at most `MatchConfig.maxBlockSize` records is compared pair by
/// pair. A larger block says the key is common (a work cited or exported many times, a common first
/// author, "Editorial"), not that its pairs differ, so it is searched by sorted neighbourhood: its
/// records are kept in two orders, by title and by first author + year + title, and a record is compared
/// with the `window` records on each side of it in each order. Cost per record and big block is at most
/// 4 × `window` comparisons, whatever the block's size; a work's records, adjacent in at least one order,
/// are linked into a chain that clustering closes.
public enum BlockSearch {
    /// Neighbours on each side compared in each order of a big block.
    public static let window = 10

    /// The two orders of a big block.
    enum Order: Int, CaseIterable, Sendable {
        case title, author
    }

    /// The sort key of a record in one order (the record's ordinal breaks ties).
    static func sortKey(_ f: MatchFeatures, _ order: Order) -> [UInt8] {
        switch order {
        case .title: return f.titleKey
        case .author: return f.authorOrderKey
        }
    }

    /// A big block's members in both orders.
    struct SortedBlock: Sendable {
        var orders: [[Int32]] = Array(repeating: [], count: Order.allCases.count)

        /// Inserts `ordinal` (whose features are `f`) at its place in each order.
        mutating func insert(_ ordinal: Int32, _ f: MatchFeatures, features: [MatchFeatures]) {
            for order in Order.allCases {
                let key = BlockSearch.sortKey(f, order)
                let at = Self.position(of: key, ordinal, in: orders[order.rawValue], order: order, features: features)
                orders[order.rawValue].insert(ordinal, at: at)
            }
        }

        /// The members within `window` of the place where (`f`, `ordinal`) sorts, in each order (a member
        /// near in both orders is appended twice).
        func neighbours(of f: MatchFeatures, ordinal: Int32, features: [MatchFeatures], into out: inout [Int32]) {
            for order in Order.allCases {
                let list = orders[order.rawValue]
                let key = BlockSearch.sortKey(f, order)
                let at = Self.position(of: key, ordinal, in: list, order: order, features: features)
                let lo = max(0, at - BlockSearch.window), hi = min(list.count, at + BlockSearch.window + 1)
                for k in lo..<hi where list[k] != ordinal { out.append(list[k]) }
            }
        }

        /// First position whose (key, ordinal) is not below (`key`, `ordinal`).
        static func position(of key: [UInt8], _ ordinal: Int32, in list: [Int32], order: Order, features: [MatchFeatures]) -> Int {
            var lo = 0, hi = list.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let other = list[mid]
                let otherKey = BlockSearch.sortKey(features[Int(other)], order)
                let below = otherKey.lexicographicallyPrecedes(key) || (otherKey == key && other < ordinal)
                if below { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }
}
