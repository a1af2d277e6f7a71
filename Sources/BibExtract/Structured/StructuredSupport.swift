import Foundation
import BibModel
import BibParse

/// Reading helpers shared by the structured (XML and tagged-text) readers.
enum StructuredSupport {
    /// The first clean value an XPath selects.
    static func first(_ doc: MarkupDocument, _ xpath: String) -> String? {
        var first: String? = nil
        doc.forEachString(xpath) { raw in
            first = TextCleaner.clean(raw)
            return first == nil
        }
        return first
    }

    /// Every clean value an XPath selects.
    static func all(_ doc: MarkupDocument, _ xpath: String) -> [String] {
        doc.strings(xpath).compactMap(TextCleaner.clean)
    }

    /// A `Person` from separate family and given parts (a family alone is kept as a family name).
    static func person(family: String?, given: String?, literal: String? = nil) -> Person? {
        if let f = family.flatMap(TextCleaner.clean) {
            return Person(family: f, given: given.flatMap(TextCleaner.clean))
        }
        if let l = literal.flatMap(TextCleaner.clean) { return Person(literal: l) }
        return nil
    }

    /// Whether the root element of an XML page is one of `names`.
    static func root(_ page: Page, isOneOf names: [String]) -> Bool {
        guard page.kind == .xml, let doc = page.document else { return false }
        return names.contains { doc.count("/\($0)") > 0 }
    }

    /// TeX accents in arXiv metadata ("\'Edgar Rold\'an", "{\"u}") turned into Unicode letters.
    static func decodeTeX(_ s: String) -> String {
        let marks: [Character: String] = ["'": "\u{0301}", "`": "\u{0300}", "\"": "\u{0308}", "^": "\u{0302}",
                                          "~": "\u{0303}", "c": "\u{0327}", "v": "\u{030C}", "=": "\u{0304}",
                                          ".": "\u{0307}", "u": "\u{0306}", "H": "\u{030B}"]
        var out = ""
        var chars = Array(s)[...]
        while let c = chars.popFirst() {
            if c == "\\", let m = chars.first, let mark = marks[m] {
                var rest = chars.dropFirst()
                if m.isLetter, rest.first != "{", rest.first != " " { out.append(c); continue }
                if rest.first == " " { rest = rest.dropFirst() }
                var braced = false
                if rest.first == "{" { braced = true; rest = rest.dropFirst() }
                if let letter = rest.first, letter.isLetter {
                    rest = rest.dropFirst()
                    if braced, rest.first == "}" { rest = rest.dropFirst() }
                    out += String(letter) + mark
                    chars = rest
                    continue
                }
            }
            if c == "{" || c == "}" { continue }
            out.append(c)
        }
        return out.precomposedStringWithCanonicalMapping
    }
}
