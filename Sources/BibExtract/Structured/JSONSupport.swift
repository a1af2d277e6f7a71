import Foundation
import BibModel
import BibParse

/// A JSON value parsed by `JSONSerialization`, read leniently: a missing key, a wrong type or `null` all give
/// `nil`, so the record readers can chain lookups the way their formats nest them.
struct JSONNode {
    let value: Any?

    subscript(key: String) -> JSONNode { JSONNode(value: (value as? [String: Any])?[key]) }
    subscript(index: Int) -> JSONNode {
        guard let a = value as? [Any], a.indices.contains(index) else { return JSONNode(value: nil) }
        return JSONNode(value: a[index])
    }

    var object: [String: Any]? { value as? [String: Any] }
    var isObject: Bool { object != nil }
    var isNull: Bool { value == nil || value is NSNull }

    /// The elements of an array; a single value counts as a list of one (formats switch between the two).
    var list: [JSONNode] {
        if let a = value as? [Any] { return a.map { JSONNode(value: $0) } }
        return isNull ? [] : [self]
    }

    /// A string, or a number written out ("2019", "12"); booleans and containers give `nil`.
    var string: String? {
        switch value {
        case let s as String: return TextCleaner.clean(s)
        case let i as Int: return String(i)
        case let d as Double: return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default: return nil
        }
    }

    /// The string without markup or entity decoding: for values whose characters matter as stated.
    var rawString: String? { value as? String }

    /// An integer, or a string holding one.
    var int: Int? {
        if let i = value as? Int { return i }
        return string.flatMap { Int($0) }
    }

    /// The first string of a list, or the string itself (`title` is an array in Crossref, a string in CSL).
    var firstString: String? { list.lazy.compactMap(\.string).first }
}

/// Reading JSON record files: the parse of a page (done once, whichever reader asks first) and the
/// values several JSON formats share.
enum JSONSupport {
    /// Largest JSON file read (bytes). Foundation's parse holds the whole object tree, about ten times the
    /// text, so a bigger export is refused (with this limit in the message) instead of swamping memory.
    static let maxBytes = 32 * 1024 * 1024

    /// Whether the text opens like a JSON object or array of values (a page dump opening with "[Skip to
    /// content]" does not). An empty array or object is JSON only when nothing follows it: a text browser's
    /// dump opens with an empty form field ("[                    ] [Go]") as often as an export with "[]".
    static func looksLikeJSON(_ text: String) -> Bool {
        var it = text.unicodeScalars.makeIterator()
        var opened = false
        while let u = it.next() {
            if u == "\u{FEFF}" || u.properties.isWhitespace { continue }
            if !opened {
                guard u == "{" || u == "[" else { return false }
                opened = true
                continue
            }
            if u == "}" || u == "]" {
                while let rest = it.next() { if !rest.properties.isWhitespace { return false } }
                return true
            }
            return u == "\"" || u == "{" || u == "["
        }
        return false
    }

    /// The parsed JSON of a text page, or the reason it does not parse; `nil` when the page is not JSON.
    static func parse(_ page: Page) -> Result<JSONNode, JSONFileError>? {
        guard page.kind == .text, looksLikeJSON(page.text) else { return nil }
        return cache.value(for: page) {
            let size = page.text.utf8.count
            if size > maxBytes { return .failure(.tooLarge(size, limit: maxBytes)) }
            var text = page.text
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            do {
                return .success(JSONNode(value: try JSONSerialization.jsonObject(with: Data(text.utf8), options: [])))
            } catch {
                return .failure(.malformed(JSONSupport.reason(error)))
            }
        }
    }

    /// Drops the kept parse of `page`: the JSON reader that extracts a page calls it when done, so a large
    /// tree is not held until the next JSON file arrives.
    static func release(_ page: Page) { cache.release(page) }

    /// The parsed JSON of a page, when it parses.
    static func document(_ page: Page) -> JSONNode? {
        if case .success(let node)? = parse(page) { return node }
        return nil
    }

    /// What Foundation says went wrong, without its object dump.
    private static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let d = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return d }
        return ns.localizedDescription
    }

    private static let cache = LastParse()

    /// A person from a CSL/Crossref name object: `family`/`given`, or `literal`/`name` for an organisation.
    static func person(_ n: JSONNode) -> Person? {
        if let p = StructuredSupport.person(family: n["family"].string, given: n["given"].string) {
            var p = p
            p.particle = n["non-dropping-particle"].string
            p.suffix = n["suffix"].string
            return p
        }
        return StructuredSupport.person(family: nil, given: nil, literal: n["literal"].string ?? n["name"].string)
    }

    /// A CSL date object (`date-parts`, or `raw`/`literal`), as Crossref and CSL-JSON write them.
    static func date(_ n: JSONNode) -> PartialDate? {
        let parts = n["date-parts"][0].list.compactMap(\.int)
        if let y = parts.first, (1000...2999).contains(y) {
            return PartialDate(year: y, month: parts.count > 1 && (1...12).contains(parts[1]) ? parts[1] : nil,
                               day: parts.count > 2 && (1...31).contains(parts[2]) ? parts[2] : nil)
        }
        return (n["raw"].string ?? n["literal"].string ?? n.string).flatMap(PartialDate.parse)
    }
}

/// Why a JSON record file cannot be read.
public enum JSONFileError: Error, CustomStringConvertible, Sendable, Equatable {
    case malformed(String)
    case tooLarge(Int, limit: Int)
    /// Well-formed JSON of no record format bibd reads.
    case unknownFormat

    public var description: String {
        switch self {
        case .malformed(let why): return "the JSON is malformed (truncated or not JSON): \(why)"
        case .tooLarge(let size, let limit):
            return "the JSON file is too large to read (\(size) bytes; JSON record files are read up to \(limit) bytes): split the export"
        case .unknownFormat:
            return "the JSON is of no record format bibd reads (CSL-JSON, Crossref, DataCite, Europe PMC, bibd's own export)"
        }
    }
}

/// The last JSON parse, kept for the page it was made from so that every JSON reader asking about the same
/// page shares one parse.
private final class LastParse: @unchecked Sendable {
    private let lock = NSLock()
    private weak var page: Page?
    private var result: Result<JSONNode, JSONFileError>?

    func value(for page: Page, _ make: () -> Result<JSONNode, JSONFileError>) -> Result<JSONNode, JSONFileError> {
        lock.lock()
        if self.page === page, let result { lock.unlock(); return result }
        lock.unlock()
        let made = make()
        lock.lock()
        self.page = page; result = made
        lock.unlock()
        return made
    }

    func release(_ page: Page) {
        lock.lock()
        if self.page === page || self.page == nil { self.page = nil; result = nil }
        lock.unlock()
    }
}

extension JSONSupport {
    /// Elements whose text is a section heading, not abstract text (JATS `<title>`, Europe PMC `<h4>`).
    /// Elements that open a block of text inside an abstract string.
    static let blockTags: Set<String> = ["p", "jats:p", "sec", "jats:sec", "br", "div", "li"]

    static let headingTags: Set<String> = ["title", "jats:title", "h1", "h2", "h3", "h4", "h5", "h6"]

    /// An abstract held as markup inside a JSON string: heading elements dropped with their text, the other
    /// tags removed, entities decoded.
    static func abstract(_ raw: String) -> String? {
        var out = ""
        var rest = Substring(raw)
        while let lt = rest.firstIndex(of: "<") {
            out += rest[..<lt]
            let after = rest[rest.index(after: lt)...]
            let name = after.prefix { $0 != ">" && $0 != " " && $0 != "/" }.lowercased()
            if headingTags.contains(name), let close = after.range(of: "</" + name, options: .caseInsensitive),
               let end = after[close.upperBound...].firstIndex(of: ">") {
                out += " "
                rest = after[after.index(after: end)...]
                continue
            }
            // A block boundary (a paragraph, a section, a closing tag) separates words; inline tags do not.
            let block = after.hasPrefix("/p") || after.hasPrefix("/jats:p") || blockTags.contains(name)
            out += block ? " <" : "<"
            rest = after
        }
        out += rest
        return TextCleaner.clean(out)
    }
}
