import BibModel
import CLibXML2

/// A parsed HTML or XML document. This is the one place that holds libxml2 pointers; callers get Swift
/// strings and `MarkupNode` values only. Not `Sendable`: parse, query and drop it in one task.
public final class MarkupDocument {
    let doc: xmlDocPtr
    public let isHTML: Bool

    private static let htmlOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    private static let xmlOptions = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue
        | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue
        | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue)

    private static let setUp: Void = {
        xmlInitParser()
        cxml_silence_errors()
    }()

    /// Parses HTML bytes with an explicit encoding (an iconv name, see `CharsetSniffer`).
    public convenience init(html bytes: [UInt8], encoding: String) throws {
        self.init(parsedHTML: try bytes.withUnsafeBufferPointer { try MarkupDocument.parseHTML($0, encoding: encoding) })
    }

    /// Parses HTML text; libxml2 reads its UTF-8 in place.
    public convenience init(html text: String) throws {
        var text = text
        self.init(parsedHTML: try text.withUTF8 { try MarkupDocument.parseHTML($0, encoding: "UTF-8") })
    }

    private init(parsedHTML: xmlDocPtr) {
        doc = parsedHTML
        isHTML = true
    }

    private static func parseHTML(_ buf: UnsafeBufferPointer<UInt8>, encoding: String) throws -> xmlDocPtr {
        _ = MarkupDocument.setUp
        cxml_silence_errors()
        guard let base = buf.baseAddress, !buf.isEmpty else { throw ParseError.empty }
        let parsed: xmlDocPtr? = base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
            htmlReadMemory($0, Int32(buf.count), nil, encoding, MarkupDocument.htmlOptions)
        }
        guard let parsed else { throw ParseError.markup("libxml2 could not read the HTML") }
        return parsed
    }

    /// Parses XML bytes; namespaces are removed so that XPath can use plain names.
    public init(xml bytes: [UInt8]) throws {
        _ = MarkupDocument.setUp
        cxml_silence_errors()
        guard !bytes.isEmpty else { throw ParseError.empty }
        let parsed: xmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                xmlReadMemory($0, Int32(buf.count), nil, nil, MarkupDocument.xmlOptions)
            }
        }
        guard let parsed, xmlDocGetRootElement(parsed) != nil else {
            if let parsed { xmlFreeDoc(parsed) }
            throw ParseError.markup("libxml2 could not read the XML")
        }
        doc = parsed
        isHTML = false
        if let root = xmlDocGetRootElement(doc) { MarkupDocument.dropNamespaces(root) }
    }

    /// One XPath context per document, with libxml2's object cache on (created on first query).
    lazy var xpathContext: xmlXPathContextPtr? = {
        let ctx = xmlXPathNewContext(doc)
        if let ctx { xmlXPathContextSetCache(ctx, 1, -1, 0) }
        return ctx
    }()

    /// Whether this document answers XPaths through `XPathPlan`s (tests switch it off to compare with libxml2).
    var usesPlans = true

    /// The elements of the tree, told of every subtree the document removes.
    var elementIndexStore: ElementIndex?
    var elementIndex: ElementIndex {
        if let index = elementIndexStore { return index }
        let index = ElementIndex(doc)
        elementIndexStore = index
        return index
    }

    deinit {
        if let xpathContext { xmlXPathFreeContext(xpathContext) }
        xmlFreeDoc(doc)
    }

    /// The values an XPath selects: attribute values, or block-aware text of elements.
    public func strings(_ xpath: String) -> [String] {
        withNodes(xpath) { nodes in nodes.map { MarkupDocument.text(of: $0) } }
    }

    /// The text of each element an XPath selects with its line structure kept: one line per block element
    /// or `<br>`, white space folded inside lines, blank lines dropped.
    public func lines(_ xpath: String) -> [[String]] {
        withNodes(xpath) { nodes in
            nodes.map { node in
                var out: [UInt8] = []
                MarkupDocument.appendText(node, into: &out)
                return String(decoding: out, as: UTF8.self).split(separator: "\n").map { String($0).collapsingSpaces }.filter { !$0.isEmpty }
            }
        }
    }

    /// The values an XPath selects (as `strings` gives them), read one at a time until `body` returns false:
    /// the text of nodes after the one wanted is never built.
    public func forEachString(_ xpath: String, _ body: (String) -> Bool) {
        withNodes(xpath) { nodes in
            for node in nodes where !body(MarkupDocument.text(of: node)) { break }
        }
    }

    /// The first non-empty value an XPath selects, white space folded.
    public func first(_ xpath: String) -> String? {
        var found: String? = nil
        forEachString(xpath) { value in
            let folded = value.collapsingSpaces
            if !folded.isEmpty { found = folded }
            return found == nil
        }
        return found
    }

    /// How many nodes an XPath selects (nothing is copied out).
    public func count(_ xpath: String) -> Int {
        withNodes(xpath) { $0.count }
    }

    /// The nodes an XPath selects, copied out as values.
    public func nodes(_ xpath: String) -> [MarkupNode] {
        withNodes(xpath) { nodes in nodes.map { MarkupDocument.value(of: $0) } }
    }

    /// Every `<meta>` tag as (key, content): the key is the lower-cased `name`, `property`, `itemprop` or
    /// `id` attribute, the content is white-space folded. A tag that names itself twice
    /// (`property="og:title" name="title"`) is listed under each name. Read in one pass, so 10,000 tags stay cheap.
    public func metaTags() -> [(key: String, content: String)] {
        withNodes("//meta") { nodes in
            nodes.flatMap { node -> [(key: String, content: String)] in
                guard let content = MarkupDocument.attribute(node, "content") else { return [] }
                var keys: [String] = []
                for k in ["name", "property", "itemprop", "id"] {
                    if let key = MarkupDocument.attribute(node, k)?.lowercased().trimmingSpaces, !key.isEmpty, !keys.contains(key) {
                        keys.append(key)
                    }
                }
                guard !keys.isEmpty else { return [] }
                let folded = content.collapsingSpaces
                return keys.map { ($0, folded) }
            }
        }
    }

    /// The values of one attribute on the elements an XPath selects (elements without it are skipped).
    public func attributeValues(_ xpath: String, _ attribute: String) -> [String] {
        withNodes(xpath) { nodes in nodes.compactMap { MarkupDocument.attribute($0, attribute) } }
    }

    /// The value of an element's attribute; the usual single text node is read in place, not copied.
    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard node.pointee.type == XML_ELEMENT_NODE, let attr = xmlHasProp(node, name) else { return nil }
        if attr.pointee.type == XML_ATTRIBUTE_NODE, let text = attr.pointee.children, text.pointee.next == nil,
           text.pointee.type == XML_TEXT_NODE, let content = text.pointee.content {
            return String(cString: content)
        }
        guard let v = xmlGetProp(node, name) else { return nil }
        defer { cxml_free(v) }
        return String(cString: v)
    }

    /// Block-aware visible text of the whole document (or of the `<body>` of an HTML page).
    public var text: String {
        guard let root = xmlDocGetRootElement(doc) else { return "" }
        return MarkupDocument.text(of: root)
    }

    /// The start of the block-aware text: the walk stops once about `limit` UTF-8 bytes are collected, so
    /// heuristics over the top of a 50 MB page stay cheap.
    public func text(limit: Int) -> String {
        guard let root = xmlDocGetRootElement(doc) else { return "" }
        var folder = SpaceFolder(capacity: min(limit, 1 << 16))
        MarkupDocument.appendText(root, into: &folder, limit: limit)
        return folder.string
    }

    /// The visible text as lines, the way a browser's select-all copy breaks it: a line per block element, white
    /// space folded within each line, runs of blank lines kept as one.
    public func textLines(limit: Int) -> [String] {
        guard let root = xmlDocGetRootElement(doc) else { return [] }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(limit, 1 << 16))
        MarkupDocument.appendText(root, into: &bytes, limit: limit)
        var out: [String] = []
        for raw in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let line = String(decoding: raw, as: UTF8.self).collapsingSpaces
            if line.isEmpty, out.last?.isEmpty ?? true { continue }
            out.append(line)
        }
        return out
    }

    // MARK: - libxml2 internals

    static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    /// Element children are copied to `maxCopyDepth` levels; deeper levels are left out (hostile pages).
    static let maxCopyDepth = 48

    private static func value(of node: xmlNodePtr, depth: Int = 0) -> MarkupNode {
        var attributes: [String: String] = [:]
        var attr = node.pointee.type == XML_ELEMENT_NODE ? node.pointee.properties : nil
        while let a = attr {
            let key = a.pointee.name.map { String(cString: $0) } ?? ""
            if let v = xmlGetProp(node, a.pointee.name) {
                attributes[key.lowercased()] = String(cString: v)
                cxml_free(v)
            }
            attr = a.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.type == XML_ELEMENT_NODE && depth < maxCopyDepth ? node.pointee.children : nil
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { children.append(value(of: c, depth: depth + 1)) }
            child = c.pointee.next
        }
        return MarkupNode(name: name(of: node).lowercased(), attributes: attributes, text: text(of: node),
                          children: children)
    }

    /// Clears the namespace of every element and attribute (the definitions stay with their nodes, which
    /// free them), so that XPath can use plain names.
    private static func dropNamespaces(_ root: xmlNodePtr) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            node.pointee.ns = nil
            var attr = node.pointee.properties
            while let a = attr { a.pointee.ns = nil; attr = a.pointee.next }
            var child = node.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { stack.append(c) }
                child = c.pointee.next
            }
        }
    }
}

/// An element copied out of a document: its tag, attributes (lower-cased names), block-aware text and
/// element children.
public struct MarkupNode: Sendable, Equatable {
    public var name: String
    public var attributes: [String: String]
    public var text: String
    public var children: [MarkupNode]

    /// The first descendant (depth-first) with the tag `name`.
    public func descendant(_ tag: String) -> MarkupNode? {
        for c in children {
            if c.name == tag { return c }
            if let d = c.descendant(tag) { return d }
        }
        return nil
    }
}
