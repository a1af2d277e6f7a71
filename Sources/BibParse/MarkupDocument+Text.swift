import BibModel
import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Block-aware text: line breaks around block elements, scripts and styles skipped, built as UTF-8 bytes.
extension MarkupDocument {
    static let blockTags: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
        "section", "article", "header", "footer", "nav", "aside", "dd", "dt", "dl", "blockquote", "pre",
        "figure", "figcaption", "hr", "title", "main", "form", "address", "caption", "tbody", "thead",
    ]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "svg", "iframe", "object"]

    /// How the text walk treats an element.
    enum TextRole { case block, skipped, inline }

    /// The role of each block or skipped tag, keyed by its packed name.
    private static let roles: [TagKey: TextRole] = {
        var out: [TagKey: TextRole] = [:]
        for t in blockTags { out[TagKey(lowercasing: t.utf8)!] = .block }
        for t in skippedTags { out[TagKey(lowercasing: t.utf8)!] = .skipped }
        return out
    }()

    /// The role of an element by its (case-insensitive) name, without building a string for ASCII names.
    static func role(of node: xmlNodePtr) -> TextRole {
        guard let name = node.pointee.name else { return .inline }
        let bytes = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
        if bytes.contains(where: { $0 >= 0x80 }) {
            let tag = String(cString: name).lowercased()
            return blockTags.contains(tag) ? .block : skippedTags.contains(tag) ? .skipped : .inline
        }
        return TagKey(lowercasing: bytes).flatMap { roles[$0] } ?? .inline
    }

    static func text(of node: xmlNodePtr) -> String {
        switch node.pointee.type {
        case XML_ATTRIBUTE_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE:
            guard let c = xmlNodeGetContent(node) else { return "" }
            defer { cxml_free(c) }
            return String(cString: c)
        default:
            var folder = SpaceFolder()
            appendText(node, into: &folder)
            return folder.string
        }
    }

    /// Walks the subtree without recursion (pages nest tags 100,000 deep) and puts line breaks
    /// around block elements so that headings and paragraphs do not run together.
    /// `limit` counts the bytes handed to `out` (text and line breaks, before any folding).
    static func appendText<Sink: BlockTextSink>(_ root: xmlNodePtr, into out: inout Sink, limit: Int = Int.max) {
        var written = 0
        TreeWalk.walk(childrenOf: UnsafeMutableRawPointer(root), first: root.pointee.children, enter: { node in
            if written > limit { return .stop }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let piece = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
                    out.append(piece)
                    written += piece.count
                }
                return .skip
            case XML_ELEMENT_NODE:
                let role = role(of: node)
                if role == .skipped { return .skip }
                if role == .block { out.appendLineBreak(); written += 1 }
                return .descend
            default:
                return .skip
            }
        }, leave: { node in
            guard role(of: node) == .block else { return true }
            if written > limit { return false }
            out.appendLineBreak()
            written += 1
            return true
        })
    }
}

/// Where the text walk writes: raw bytes (line structure kept) or a `SpaceFolder`.
protocol BlockTextSink {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
    mutating func appendLineBreak()
}

extension Array: BlockTextSink where Element == UInt8 {
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
    mutating func appendLineBreak() { append(0x0A) }
}

extension SpaceFolder: BlockTextSink {}

/// A tag name of at most 16 bytes packed into two integers: a dictionary key that needs no string.
struct TagKey: Hashable {
    let low: UInt64, high: UInt64

    /// The key of a NUL-terminated ASCII name, lower-cased; nil for names over 16 bytes or with other bytes.
    init?(lowercasingASCII name: UnsafePointer<UInt8>) {
        var low: UInt64 = 0, high: UInt64 = 0
        var i = 0
        while name[i] != 0 {
            guard i < 16, name[i] < 0x80 else { return nil }
            let b = UInt64((0x41...0x5A).contains(name[i]) ? name[i] | 0x20 : name[i])
            if i < 8 { low |= b << (8 * UInt64(i)) } else { high |= b << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.low = low; self.high = high
    }

    /// The key of a NUL-terminated name as it is; nil for names over 16 bytes.
    init?(exactly name: UnsafePointer<UInt8>) {
        var low: UInt64 = 0, high: UInt64 = 0
        var i = 0
        while name[i] != 0 {
            guard i < 16 else { return nil }
            if i < 8 { low |= UInt64(name[i]) << (8 * UInt64(i)) } else { high |= UInt64(name[i]) << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.low = low; self.high = high
    }

    /// The key of `bytes`, ASCII letters lower-cased unless `exact`; nil for names over 16 bytes.
    init?<Bytes: Collection<UInt8>>(lowercasing bytes: Bytes, exact: Bool = false) {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0, high: UInt64 = 0
        for (i, byte) in bytes.enumerated() {
            let b = UInt64(!exact && (0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            if i < 8 { low |= b << (8 * UInt64(i)) } else { high |= b << (8 * UInt64(i - 8)) }
        }
        self.low = low; self.high = high
    }
}
