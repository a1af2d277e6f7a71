import BibModel
import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every element of a parsed HTML document in document order, with its tag, its parent and the values of its
/// attributes packed into one byte buffer. A plan finds the elements whose attributes hold a literal with one
/// scan of the buffer instead of an XPath predicate evaluated on each element. Built in one walk; the
/// document tells it which subtrees it removes (their elements are then never returned).
final class ElementIndex {
    /// The elements in document order (removed ones stay, marked dead, and are never dereferenced).
    let elements: [xmlNodePtr]
    /// Each element's exact tag name (nil for names over 16 bytes).
    private let tags: [TagKey?]
    /// The position of each element's parent element, -1 for top-level elements.
    private let parents: [Int]
    /// Each element's attribute values, each value followed by a 0 byte; element `i` owns
    /// `valueStarts[i]..<valueStarts[i + 1]`.
    private let values: [UInt8]
    private let valueStarts: [Int]
    /// Element `i`'s descendants are the elements `i + 1 ..< subtreeEnds[i]`.
    private let subtreeEnds: [Int]
    private var alive: [Bool]

    /// A walk step: enter `node` (a child of the element at `parent`), or close the element at `closing`.
    private typealias Step = (node: xmlNodePtr, parent: Int, closing: Int?)

    init(_ doc: xmlDocPtr) {
        var elements: [xmlNodePtr] = [], tags: [TagKey?] = [], parents: [Int] = []
        var values: [UInt8] = [], starts: [Int] = [], ends: [Int] = []
        var stack: [Step] = []
        ElementIndex.pushChildren(doc.pointee.children, parent: -1, onto: &stack)
        while let (node, parent, closing) = stack.popLast() {
            if let p = closing { ends[p] = elements.count; continue }
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let position = elements.count
            // libxml2 leaves `_private` to applications: it holds the position (plus one) for `forget`.
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: position + 1)
            stack.append((node, parent, position))
            elements.append(node)
            tags.append(node.pointee.name.flatMap {
                TagKey(lowercasing: UnsafeBufferPointer(start: $0, count: Int(xmlStrlen($0))), exact: true)
            })
            parents.append(parent)
            starts.append(values.count)
            ends.append(0)
            var attr = node.pointee.properties
            while let a = attr {
                var part = a.pointee.children
                while let p = part {
                    if let content = p.pointee.content {
                        values.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                    }
                    part = p.pointee.next
                }
                values.append(0)
                attr = a.pointee.next
            }
            ElementIndex.pushChildren(node.pointee.children, parent: position, onto: &stack)
        }
        starts.append(values.count)
        self.elements = elements
        self.tags = tags
        self.parents = parents
        self.values = values
        self.valueStarts = starts
        self.subtreeEnds = ends
        self.alive = Array(repeating: true, count: elements.count)
    }

    /// Pushes a sibling list so that the first sibling is popped first.
    private static func pushChildren(_ first: xmlNodePtr?, parent: Int, onto stack: inout [Step]) {
        let mark = stack.count
        var child = first
        while let c = child { stack.append((c, parent, nil)); child = c.pointee.next }
        stack[mark...].reverse()
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
        var found: Set<Int>? = nil
        for filter in filters {
            let passing = Set(filter.flatMap(positions(passing:)))
            found = found.map { $0.intersection(passing) } ?? passing
        }
        var sorted = found.map { $0.sorted() } ?? Array(elements.indices)
        if let tag { sorted = positions(named: tag, among: sorted) }
        return sorted.filter { alive[$0] }
    }

    /// Positions (live or not) of the elements that pass `test`.
    private func positions(passing test: XPathText.FactorTest) -> [Int] {
        switch test {
        case .tag(let t):
            return positions(named: t, among: Array(elements.indices))
        case .literal(let l):
            return positions(withValueContaining: l)
        case .child(let t, let literal):
            let children = literal.map { positions(named: t, among: positions(withValueContaining: $0)) }
                ?? positions(named: t, among: Array(elements.indices))
            return children.map { parents[$0] }.filter { $0 >= 0 }
        }
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

    /// Positions of the elements (live or not) holding `literal` inside an attribute value, ascending.
    private func positions(withValueContaining literal: String) -> [Int] {
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
