import BibModel
import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every element of a parsed HTML document in document order, with the values of its attributes packed
/// into one byte buffer. A query finds the elements whose attributes hold a literal with one scan of the
/// buffer instead of an XPath predicate evaluated on each element. Built in one walk; the document tells
/// it which subtrees it removes (their elements are then never returned).
final class ElementIndex {
    /// The elements in document order (removed ones stay, marked dead, and are never dereferenced).
    let elements: [xmlNodePtr]
    /// Each element's attribute values, each value followed by a 0 byte; element `i` owns
    /// `valueStarts[i]..<valueStarts[i + 1]`.
    private let values: [UInt8]
    private let valueStarts: [Int]
    /// Element `i`'s descendants are the elements `i + 1 ..< subtreeEnds[i]`.
    private let subtreeEnds: [Int]
    private var alive: [Bool]
    /// Positions of the elements by exact tag name (names over 16 bytes are left out).
    private let byTag: [TagKey: [Int]]
    /// Where each element stands in `elements`, built on the first removal.
    private var positionOf: [xmlNodePtr: Int]?

    init(_ doc: xmlDocPtr) {
        var elements: [xmlNodePtr] = [], values: [UInt8] = [], starts: [Int] = [], ends: [Int] = []
        var byTag: [TagKey: [Int]] = [:]
        // Entries are (node, nil) to enter a node and (node, position) to close the element at position.
        var stack: [(node: xmlNodePtr, closing: Int?)] = []
        ElementIndex.pushChildren(doc.pointee.children, onto: &stack)
        while let (node, closing) = stack.popLast() {
            if let p = closing { ends[p] = elements.count; continue }
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            stack.append((node, elements.count))
            if let name = node.pointee.name,
               let key = TagKey(lowercasing: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))), exact: true) {
                byTag[key, default: []].append(elements.count)
            }
            elements.append(node)
            starts.append(values.count)
            ends.append(0)
            var attr = node.pointee.properties
            while let a = attr {
                var part = a.pointee.children
                while let p = part {
                    if let content = p.pointee.content {
                        values.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                    }
                    part = p.pointee.next
                }
                values.append(0)
                attr = a.pointee.next
            }
            ElementIndex.pushChildren(node.pointee.children, onto: &stack)
        }
        starts.append(values.count)
        self.elements = elements
        self.values = values
        self.valueStarts = starts
        self.subtreeEnds = ends
        self.byTag = byTag
        self.alive = Array(repeating: true, count: elements.count)
    }

    /// Pushes a sibling list so that the first sibling is popped first.
    private static func pushChildren(_ first: xmlNodePtr?, onto stack: inout [(node: xmlNodePtr, closing: Int?)]) {
        let mark = stack.count
        var child = first
        while let c = child { stack.append((c, nil)); child = c.pointee.next }
        stack[mark...].reverse()
    }

    /// Marks `node` and its descendants as removed; call it before the node is freed.
    func forget(subtreeOf node: xmlNodePtr) {
        if positionOf == nil {
            positionOf = Dictionary(uniqueKeysWithValues: elements.enumerated().map { ($1, $0) })
        }
        guard let p = positionOf?[node] else { return }
        for i in p..<subtreeEnds[p] { alive[i] = false }
    }

    /// Positions of the candidates of a plan branch: live elements with `tag` (any tag when nil) that carry
    /// one of the filter's tags or attribute literals (every element with `tag` when there is no filter),
    /// ascending.
    func candidates(tag: String?, filter: (tags: [String], literals: [String])?) -> [Int] {
        guard let filter else { return tag.map { positions(named: [$0]) } ?? elements.indices.filter { alive[$0] } }
        var found = Set(filter.tags.isEmpty ? [] : positions(named: filter.tags))
        for literal in filter.literals { found.formUnion(positions(withValueContaining: literal)) }
        let sorted = found.sorted().filter { alive[$0] }
        return tag.map { positions(named: [$0], among: sorted) } ?? sorted
    }

    /// Positions of the live elements (among `positions`, else all) whose tag is one of `names`, ascending.
    func positions(named names: [String], among positions: [Int]? = nil) -> [Int] {
        let keys = Set(names).map { TagKey(lowercasing: $0.utf8, exact: true) }
        guard !keys.contains(nil) else { return scan(named: names, among: positions) }
        var found = keys.flatMap { byTag[$0!] ?? [] }
        if keys.count > 1 { found.sort() }
        if let positions {
            let wanted = Set(positions)
            found.removeAll { !wanted.contains($0) }
        }
        return found.filter { alive[$0] }
    }

    /// `positions(named:among:)` by comparing names (for names too long for a `TagKey`).
    private func scan(named names: [String], among positions: [Int]?) -> [Int] {
        let wanted: [[xmlChar]] = names.map { Array($0.utf8) + [0] }
        return (positions ?? Array(elements.indices)).filter { i in
            guard alive[i], let name = elements[i].pointee.name else { return false }
            return wanted.contains { w in w.withUnsafeBufferPointer { xmlStrEqual(name, $0.baseAddress) != 0 } }
        }
    }

    /// Positions of the elements (live or not) holding `literal` inside an attribute value, ascending.
    func positions(withValueContaining literal: String) -> [Int] {
        let needle = Array(literal.utf8)
        guard !needle.isEmpty else { return Array(elements.indices) }
        var out: [Int] = []
        var from = 0
        while let at = ByteSearch.firstIndex(of: needle, in: values, from: from) {
            let owner = owner(ofByteAt: at)
            out.append(owner)
            from = valueStarts[owner + 1]
        }
        return out
    }

    /// The element whose attribute bytes hold position `byte` (binary search over `valueStarts`).
    private func owner(ofByteAt byte: Int) -> Int {
        var low = 0, high = elements.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if valueStarts[mid] <= byte { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
