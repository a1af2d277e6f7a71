import CLibXML2

/// Boilerplate removal: subtrees selected by XPath, by id/class text or as sections under a heading are
/// unlinked and freed, and the element index is told which elements are gone.
extension MarkupDocument {
    /// Removes every node an XPath selects (boilerplate stripping); returns how many were removed.
    @discardableResult
    public func remove(_ xpath: String) -> Int {
        let targets: [xmlNodePtr] = withNodes(xpath) { $0 }
        // Unlink deepest first so that a removed ancestor never frees a node still in the list.
        var removed = 0
        for node in targets.reversed() where node.pointee.type != XML_ATTRIBUTE_NODE {
            elementIndexStore?.forget(subtreeOf: node)
            xmlUnlinkNode(node)
            xmlFreeNode(node)
            removed += 1
        }
        return removed
    }

    /// Removes every element (with its subtree) whose lower-cased "id class" text `match` accepts, unless its
    /// tag is one of `keptTags` (lower case) or its subtree holds a `<protectedTag>` element (the page's title
    /// heading, say). One walk over the tree reading two attributes per element, into one reused buffer: far
    /// cheaper than an XPath that lower-cases attributes with `translate()` once per token. Returns how many
    /// subtrees were removed.
    @discardableResult
    public func removeElements(unlessContaining protectedTag: String?, keeping keptTags: Set<String> = [],
                               where match: (_ idClass: UnsafeBufferPointer<UInt8>) -> Bool) -> Int {
        guard let root = xmlDocGetRootElement(doc) else { return 0 }
        var doomed: [xmlNodePtr] = []
        var idClass: [UInt8] = []
        func isDoomed(_ n: xmlNodePtr) -> Bool {
            guard MarkupDocument.lowercasedIdClass(n, into: &idClass), idClass.withUnsafeBufferPointer(match) else {
                return false
            }
            return !keptTags.contains(MarkupDocument.name(of: n).lowercased())
                && !(protectedTag.map { MarkupDocument.subtree(of: n, contains: $0) } ?? false)
        }
        if isDoomed(root) {
            doomed.append(root)
        } else {
            TreeWalk.walk(childrenOf: UnsafeMutableRawPointer(root), first: root.pointee.children, enter: { n in
                guard n.pointee.type == XML_ELEMENT_NODE else { return .skip }
                if isDoomed(n) { doomed.append(n); return .skip }
                return .descend
            }, leave: { _ in true })
        }
        for n in doomed {
            elementIndexStore?.forget(subtreeOf: n)
            xmlUnlinkNode(n)
            xmlFreeNode(n)
        }
        return doomed.count
    }

    /// Puts the element's "id class" text, lower-cased, in `out`; false when both attributes are missing or
    /// empty. Plain ASCII values are read and lower-cased in place; other values go through `attribute` and
    /// `lowercased()`.
    private static func lowercasedIdClass(_ n: xmlNodePtr, into out: inout [UInt8]) -> Bool {
        let none = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var id: UnsafeBufferPointer<UInt8>? = nil, cls: UnsafeBufferPointer<UInt8>? = nil
        var plain = true
        var attr = n.pointee.properties
        while let a = attr, plain {
            let isID = id == nil && xmlStrEqual(a.pointee.name, "id") != 0
            let isClass = !isID && cls == nil && xmlStrEqual(a.pointee.name, "class") != 0
            if isID || isClass {
                let value = plainValue(a)
                plain = value.map { v in !v.contains { $0 >= 0x80 } } ?? false
                if isID { id = value ?? none } else { cls = value ?? none }
            }
            attr = a.pointee.next
        }
        out.removeAll(keepingCapacity: true)
        guard plain else {
            let i = attribute(n, "id") ?? "", c = attribute(n, "class") ?? ""
            if i.isEmpty && c.isEmpty { return false }
            out.append(contentsOf: (i + " " + c).lowercased().utf8)
            return true
        }
        let first = id ?? none, second = cls ?? none
        if first.isEmpty && second.isEmpty { return false }
        for b in first { out.append((0x41...0x5A).contains(b) ? b | 0x20 : b) }
        out.append(0x20)
        for b in second { out.append((0x41...0x5A).contains(b) ? b | 0x20 : b) }
        return true
    }

    /// The value of an attribute held in one text node, read in place; nil for any other shape.
    private static func plainValue(_ attr: xmlAttrPtr) -> UnsafeBufferPointer<UInt8>? {
        guard let text = attr.pointee.children else { return UnsafeBufferPointer(start: nil, count: 0) }
        guard text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content else {
            return nil
        }
        return UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
    }

    private static func subtree(of node: xmlNodePtr, contains tag: String) -> Bool {
        let key = TagKey(lowercasing: tag.utf8)
        var stack: [xmlNodePtr] = []
        var child = node.pointee.children
        while let c = child { stack.append(c); child = c.pointee.next }
        while let n = stack.popLast() {
            guard n.pointee.type == XML_ELEMENT_NODE else { continue }
            if has(n, lowercasedName: tag, key: key) { return true }
            var c = n.pointee.children
            while let x = c { stack.append(x); c = x.pointee.next }
        }
        return false
    }

    /// Whether the element's name, lower-cased, is `tag` (`key`: its packed form): ASCII names are compared
    /// packed, without building a string.
    private static func has(_ node: xmlNodePtr, lowercasedName tag: String, key: TagKey?) -> Bool {
        guard let name = node.pointee.name else { return tag.isEmpty }
        if let key, let packed = TagKey(lowercasingASCII: name) { return packed == key }
        return String(cString: name).lowercased() == tag
    }

    /// Removes each element an XPath selects (a section heading) together with its following siblings up to
    /// the next heading of the same or a higher level; returns how many nodes were removed.
    @discardableResult
    public func removeSections(_ headingXPath: String) -> Int {
        let headings: [xmlNodePtr] = withNodes(headingXPath) { $0 }
        var doomed: [xmlNodePtr] = []
        for h in headings where h.pointee.type == XML_ELEMENT_NODE {
            let level = MarkupDocument.headingLevel(MarkupDocument.name(of: h).lowercased()) ?? 6
            doomed.append(h)
            var next = h.pointee.next
            while let n = next {
                if n.pointee.type == XML_ELEMENT_NODE,
                   let l = MarkupDocument.headingLevel(MarkupDocument.name(of: n).lowercased()), l <= level { break }
                doomed.append(n)
                next = n.pointee.next
            }
        }
        // A doomed node inside another doomed node (a listed heading within the section of another) goes with
        // it: freeing it on its own as well would free it twice.
        let marked = Set(doomed.map { UnsafeMutableRawPointer($0) })
        func insideAnother(_ n: xmlNodePtr) -> Bool {
            var up = n.pointee.parent
            while let p = up {
                if marked.contains(UnsafeMutableRawPointer(p)) { return true }
                up = p.pointee.parent
            }
            return false
        }
        let roots = doomed.filter { !insideAnother($0) }
        var seen = Set<UnsafeMutableRawPointer>()
        var removed = 0
        for n in roots where seen.insert(UnsafeMutableRawPointer(n)).inserted {
            elementIndexStore?.forget(subtreeOf: n)
            xmlUnlinkNode(n)
            xmlFreeNode(n)
            removed += 1
        }
        return removed
    }

    private static func headingLevel(_ tag: String) -> Int? {
        guard tag.count == 2, tag.first == "h", let d = tag.last?.wholeNumberValue, (1...6).contains(d) else { return nil }
        return d
    }
}
