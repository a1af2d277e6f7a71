import BibModel
import CLibXML2
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every element of a parsed HTML document in document order, with its tag, its parent and its attribute
/// values packed into one byte buffer per attribute name. A plan finds the elements whose `class` holds a
/// literal with one scan of the `class` values instead of an XPath predicate evaluated on each element.
/// Built in one walk; the document tells it which subtrees it removes (their elements are then never
/// returned). Only the attributes plans have asked about are copied (`QueriedAttributes`); a name asked
/// about for the first time gets its column built then, from the live elements.
final class ElementIndex {
    /// The elements in document order (removed ones stay, marked dead, and are never dereferenced).
    let elements: [xmlNodePtr]
    /// Each element's exact tag name (nil for names over 16 bytes).
    private let tags: [TagKey?]
    /// The positions (live or not) of the elements of each tag name asked about so far, ascending.
    private var byTag: [TagKey: [Int]] = [:]
    /// The position of each element's parent element, -1 for top-level elements.
    private let parents: [Int]
    /// The values of each attribute name indexed so far.
    private var columns: [TagKey?: AttributeColumn]
    /// Element `i`'s descendants are the elements `i + 1 ..< subtreeEnds[i]`.
    private let subtreeEnds: [Int]
    private var alive: [Bool]
    /// Scratch counts for `candidates`, all zero between queries.
    private var passed: [Int] = []

    init(_ doc: xmlDocPtr) {
        var elements: [xmlNodePtr] = [], tags: [TagKey?] = [], parents: [Int] = []
        let wanted = QueriedAttributes.shared.names
        var columns: [AttributeColumn] = wanted.map { AttributeColumn(name: $0) }
        let columnOf: [TagKey?: Int] = Dictionary(uniqueKeysWithValues: wanted.enumerated().map { ($1, $0) })
        // A one-entry-per-slot cache in front of the dictionary: the column (or -1: not indexed) of a
        // repeated name, found without hashing it.
        var recent = [(key: TagKey?, column: Int)?](repeating: nil, count: 64)
        var open: [Int] = []  // positions of the elements whose children are being walked
        TreeWalk.walk(childrenOf: UnsafeMutableRawPointer(doc), first: doc.pointee.children, enter: { node in
            guard node.pointee.type == XML_ELEMENT_NODE else { return .skip }
            let position = elements.count
            // libxml2 leaves `_private` to applications: it holds the position (plus one) for `forget`.
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: position + 1)
            elements.append(node)
            tags.append(node.pointee.name.flatMap(TagKey.init(exactly:)))
            parents.append(open.last ?? -1)
            var attr = node.pointee.properties
            while let a = attr {
                if let name = a.pointee.name {
                    // Names over 16 bytes share one column (nil key).
                    let key = TagKey(exactly: name)
                    let slot = key.map { Int(truncatingIfNeeded: $0.low ^ $0.high >> 3) & 63 } ?? 0
                    let column: Int
                    if let cached = recent[slot], cached.key == key { column = cached.column }
                    else { column = columnOf[key] ?? -1; recent[slot] = (key, column) }
                    if column >= 0 { columns[column].add(a, of: position) }
                }
                attr = a.pointee.next
            }
            open.append(position)
            return .descend
        }, leave: { _ in
            open.removeLast()
            return true
        })
        var ends = elements.indices.map { $0 + 1 }
        for i in elements.indices.reversed() where parents[i] >= 0 {
            ends[parents[i]] = max(ends[parents[i]], ends[i])
        }
        self.elements = elements
        self.tags = tags
        self.parents = parents
        self.columns = Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0) })
        self.subtreeEnds = ends
        self.alive = Array(repeating: true, count: elements.count)
    }

    /// The column of attribute `key`, built from the live elements when no plan asked about it before (and
    /// from then on indexed with every document).
    private func column(_ key: TagKey?) -> AttributeColumn {
        if let known = columns[key] { return known }
        var column = AttributeColumn(name: key)
        for position in elements.indices where alive[position] {
            var attr = elements[position].pointee.properties
            while let a = attr {
                if let name = a.pointee.name, TagKey(exactly: name) == key { column.add(a, of: position) }
                attr = a.pointee.next
            }
        }
        columns[key] = column
        QueriedAttributes.shared.insert(key)
        return column
    }

    /// Marks `node` and its descendants as removed; call it before the node is freed.
    func forget(subtreeOf node: xmlNodePtr) {
        guard node.pointee.type == XML_ELEMENT_NODE, let mark = node.pointee._private else { return }
        let p = Int(bitPattern: mark) - 1
        guard elements.indices.contains(p), elements[p] == node else { return }
        for i in p..<subtreeEnds[p] { alive[i] = false }
    }

    /// Positions of the live elements with `tag` (any tag when nil) that pass every filter (each filter: one
    /// of its tests), ascending.
    func candidates(tag: String?, filters: [[XPathText.FactorTest]]) -> [Int] {
        if filters.isEmpty, let tag { return positions(named: tag) }
        var passing: [Int]
        if filters.isEmpty {
            passing = Array(elements.indices)
        } else if filters.count == 1, filters[0].count == 1, !filters[0][0].isChild {
            // One tag or literal test: its positions are already ascending and distinct.
            passing = positions(passing: filters[0][0])
        } else {
            // passed[i]: how many filters element i passes (each filter counted once). The buffer is reused:
            // a fresh array per query would be a large allocation, which makes malloc consolidate its bins.
            if passed.count != elements.count { passed = Array(repeating: 0, count: elements.count) }
            for (k, filter) in filters.enumerated() {
                for test in filter { for p in positions(passing: test) where passed[p] == k { passed[p] = k + 1 } }
            }
            passing = elements.indices.filter { passed[$0] == filters.count }
            for i in passed.indices { passed[i] = 0 }
        }
        if let tag { return positions(named: tag, among: passing) }
        return passing.filter { alive[$0] }
    }

    /// Positions (live or not) of the elements that pass `test`.
    private func positions(passing test: XPathText.FactorTest) -> [Int] {
        switch test {
        case .tag(let t):
            return positions(named: t)
        case .literal(let l):
            return positions(holding: l)
        case .child(let t, let literal):
            let children = literal.map { positions(named: t, among: positions(holding: $0)) }
                ?? positions(named: t)
            return children.map { parents[$0] }.filter { $0 >= 0 }
        }
    }

    /// The positions of all live elements named `name`.
    private func positions(named name: String) -> [Int] {
        guard let key = TagKey(lowercasing: name.utf8, exact: true) else {
            return positions(named: name, among: Array(elements.indices))
        }
        if byTag[key] == nil {
            var found: [Int] = []
            for i in tags.indices where tags[i] == key { found.append(i) }
            byTag[key] = found
        }
        return (byTag[key] ?? []).filter { alive[$0] }
    }

    /// The positions among `positions` of the live elements named `name`.
    private func positions(named name: String, among positions: [Int]) -> [Int] {
        guard let key = TagKey(lowercasing: name.utf8, exact: true) else {
            let wanted: [xmlChar] = Array(name.utf8) + [0]
            return positions.filter { i in
                guard alive[i], let n = elements[i].pointee.name else { return false }
                return wanted.withUnsafeBufferPointer { xmlStrEqual(n, $0.baseAddress) != 0 }
            }
        }
        return positions.filter { alive[$0] && tags[$0] == key }
    }

    /// Positions of the elements (live or not) whose attribute `literal.attribute` holds `literal.value`,
    /// ascending. (An attribute name over 16 bytes is looked up among all long names: more candidates.)
    private func positions(holding literal: XPathText.AttributeLiteral) -> [Int] {
        column(TagKey(lowercasing: literal.attribute.utf8, exact: true)).owners(holding: Array(literal.value.utf8))
    }
}

/// The attribute names plans have asked about in this process: what the next element index copies.
final class QueriedAttributes: Sendable {
    static let shared = QueriedAttributes()

    private let known = Mutex<[TagKey?]>([])

    var names: [TagKey?] { known.withLock { $0 } }

    func insert(_ name: TagKey?) {
        known.withLock { if !$0.contains(name) { $0.append(name) } }
    }
}

/// The values one attribute name takes across a document: each followed by a 0 byte in one buffer, with
/// the element that holds it.
private struct AttributeColumn {
    /// The attribute name; nil for the column of all names over 16 bytes.
    let name: TagKey?
    private var bytes: [UInt8] = []
    private var starts: [Int] = []
    private var holders: [Int] = []

    init(name: TagKey?) { self.name = name }

    /// Appends the value of `attr`, held by the element at `position`.
    mutating func add(_ attr: xmlAttrPtr, of position: Int) {
        starts.append(bytes.count)
        holders.append(position)
        var part = attr.pointee.children
        while let p = part {
            if let content = p.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            part = p.pointee.next
        }
        bytes.append(0)
    }

    /// The elements whose value holds `needle`, in document order (an element once).
    func owners(holding needle: [UInt8]) -> [Int] {
        guard !needle.isEmpty else { return holders }
        var out: [Int] = []
        var from = 0
        while let at = ByteSearch.firstIndex(of: needle, in: bytes, from: from) {
            let value = index(ofByteAt: at)
            if out.last != holders[value] { out.append(holders[value]) }
            from = value + 1 < starts.count ? starts[value + 1] : bytes.count
        }
        return out
    }

    /// The value whose bytes hold position `byte` (binary search over `starts`).
    private func index(ofByteAt byte: Int) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= byte { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
