import Foundation
import BibModel
import BibParse

/// Walking a record copied out of an XML file (`MarkupDocument.nodes`): children by local name (any
/// prefix, declared or not, is ignored), clean text, attributes.
extension MarkupNode {
    /// The name without a namespace prefix, lower-cased ("zs:record" → "record").
    var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    /// The element children named `tag` (a local name, lower case).
    func children(_ tag: String) -> [MarkupNode] { children.filter { $0.localName == tag } }

    /// The first element child named `tag`.
    func child(_ tag: String) -> MarkupNode? { children.first { $0.localName == tag } }

    /// The element at a slash-separated path of child names ("titles/title").
    func at(_ path: String) -> MarkupNode? {
        var node: MarkupNode? = self
        for step in path.split(separator: "/") { node = node?.child(String(step)) }
        return node
    }

    /// Every element at a path whose last step may match several ("creators/creator").
    func all(_ path: String) -> [MarkupNode] {
        var steps = path.split(separator: "/").map(String.init)
        guard let last = steps.popLast() else { return [] }
        var nodes: [MarkupNode] = [self]
        for step in steps { nodes = nodes.flatMap { $0.children(step) } }
        return nodes.flatMap { $0.children(last) }
    }

    /// The clean text of the element at `path`, or nil when it is missing or blank.
    func value(_ path: String) -> String? { at(path).flatMap { TextCleaner.clean($0.text) } }

    /// The clean text of every element at `path`.
    func values(_ path: String) -> [String] { all(path).compactMap { TextCleaner.clean($0.text) } }

    /// The clean text of this element.
    var clean: String? { TextCleaner.clean(text) }

    /// An attribute by local name, any case ("xsi:type" answers to "type").
    func attribute(_ key: String) -> String? {
        if let v = attributes[key] { return v }
        return attributes.first { $0.key.split(separator: ":").last.map(String.init) == key }?.value
    }

    /// Every descendant named `tag`, depth first, not looking inside a match.
    func descendants(_ tag: String) -> [MarkupNode] {
        children.flatMap { $0.localName == tag ? [$0] : $0.descendants(tag) }
    }
}

/// Reading helpers shared by the XML record readers.
enum XMLRecordSupport {
    /// The records an XPath selects, copied out of the document.
    static func records(_ page: Page, _ xpath: String) -> [MarkupNode] {
        guard page.kind == .xml, let doc = page.document else { return [] }
        return doc.nodes(xpath)
    }

    /// Whether the local name of the document's root element is one of `names` (lower case).
    static func rootName(_ page: Page) -> String? {
        guard page.kind == .xml, let name = page.document?.rootName else { return nil }
        return (name.split(separator: ":").last.map(String.init) ?? name).lowercased()
    }

    /// A person from a name written as one string in a family-first list ("Family, Given", "Family G").
    static func familyFirst(_ raw: String) -> Person? {
        guard let clean = TextCleaner.clean(raw) else { return nil }
        let trimmed = clean.trimmingCharacters(in: [",", " ", ";"])
        return Person.parse(trimmed, order: trimmed.contains(",") ? .familyFirst : .auto)
    }

    /// "first-last" from two page parts, "first" alone when the last is missing or the same.
    static func pages(_ first: String?, _ last: String?) -> String? {
        guard let first else { return last }
        guard let last, last != first else { return first }
        return "\(first)-\(last)"
    }
}
