import BibModel

/// What kind of input a file is, decided from its content (never from its name).
public enum InputKind: String, Sendable, Codable {
    case html
    /// XML records: PubMed/JATS/OAI and other structured exports.
    case xml
    /// A plain-text dump of a page.
    case text

    /// Tags that open an HTML fragment saved without `<html>`.
    static let htmlRootTags: Set<String> = ["head", "body", "meta", "div", "title", "link", "script", "style", "p",
                                            "table", "span", "h1", "h2", "form", "center", "font", "base"]

    /// Roots of XML record files saved without a declaration, as `firstTagName` reads them (lower case, up to the
    /// first character that is not a letter or digit: "pmc-articleset" is "pmc", "zs:searchRetrieveResponse" "zs").
    static let xmlRecordRoots: Set<String> = ["article", "pmc", "pubmedarticleset", "oai", "feed", "record", "collection",
                                              "mods", "modscollection", "resource", "xml", "responsewrapper", "articleset", "zs"]

    /// The lower-cased name of the first element, skipping comments.
    static func firstTagName(_ text: String) -> String? {
        var rest = Substring(text)
        while let lt = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: lt)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { return nil }
                rest = rest[end.upperBound...]
                continue
            }
            let name = rest.prefix { $0.isLetter || $0.isNumber }
            return name.isEmpty ? nil : name.lowercased()
        }
        return nil
    }

    /// About the first `count` characters of `text` (counted as scalars, CR LF as one) with ASCII letters
    /// lower-cased: every marker `detect` looks for is ASCII, so other letters are left as they are.
    static func lowercasedPrefix(_ text: String, characters count: Int) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var end = 0, characters = 0
            while end < bytes.count, characters < count {
                let b = bytes[end]
                end += b == 0x0D && end + 1 < bytes.count && bytes[end + 1] == 0x0A ? 2 : 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }  // the rest of the scalar
                characters += 1
            }
            return String(decoding: bytes[..<end].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
    }

    /// Looks at the first bytes of decoded text: markup of an HTML page, an XML prolog/root, or plain text.
    public static func detect(_ text: String) -> InputKind {
        let head = lowercasedPrefix(text, characters: 4096)
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!doctype") {
            // An XHTML page names html in its doctype or root; "xhtml" elsewhere (a JATS `table-model`) does not count.
            return head.containsBytes("<html") || head.containsBytes("<!doctype html") ? .html : .xml
        }
        if trimmed.hasPrefix("<") {
            // The first element decides: an HTML tag (after comments) means a page, anything else XML.
            // Case matters for XML roots, so "<Title>" inside a PubMed record is not an HTML title.
            let tag = firstTagName(String(trimmed))
            if let tag, htmlRootTags.contains(tag) { return .html }
            // A record file's root says XML even though the record holds a `<body>` (JATS full text).
            if let tag, xmlRecordRoots.contains(tag), !head.containsBytes("<html") { return .xml }
            if head.containsBytes("<html") || head.containsBytes("<body") { return .html }
            // A root start tag may run long with namespace declarations (JSTOR, OAI-PMH without a prolog).
            if let close = trimmed.firstIndex(of: ">"), trimmed[..<close].count < 2000 { return .xml }
        }
        return .text
    }
}
