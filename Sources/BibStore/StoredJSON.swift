import BibModel

/// The stored JSON of records and works, written field by field: the bytes `JSONEncoder` with sorted keys gives
/// (`StoreTransaction.encodeJSON`: keys in byte order, absent optionals left out, `/` written `\/`, control
/// characters as `\b`, `\n`… or `\u00xx`), at a tenth of its cost. A value whose bytes this writer does not vouch
/// for (a dictionary key other than letters and `-`, a string holding NUL) is handed to `JSONEncoder`.
/// `StoredJSONTests` holds the two to the same bytes and counts the fields of each type written here.
enum StoredJSON {
    /// Why a value is left to `JSONEncoder`.
    struct NotVouchedFor: Error {}

    /// The stored JSON of a work.
    static func text(of work: Work) throws -> String {
        var w = Writer()
        do { try w.work(work) } catch is NotVouchedFor { return try StoreTransaction.encodeJSON(work) }
        return w.text
    }

    /// The stored JSON of a record.
    static func text(of record: Record) throws -> String {
        var w = Writer()
        do { try w.record(record) } catch is NotVouchedFor { return try StoreTransaction.encodeJSON(record) }
        return w.text
    }

    /// The bytes written so far, and whether the object being written needs a comma before its next key.
    struct Writer {
        private(set) var bytes: [UInt8] = []
        private var afterValue = false

        static let hexDigits = Array("0123456789abcdef".utf8)

        init() { bytes.reserveCapacity(4_096) }

        var text: String { String(decoding: bytes, as: UTF8.self) }

        // MARK: the model's types (keys in byte order)

        mutating func work(_ w: Work) throws {
            try object {
                try $0.key("aliases"); try $0.strings(w.aliases)
                if let k = w.citekey { try $0.key("citekey"); try $0.string(k) }
                try $0.key("id"); try $0.string(w.id)
                try $0.key("provenance")
                try $0.dictionary(w.provenance) { w, list in try w.array(list) { try $0.provenance($1) } }
                try $0.key("record"); try $0.record(w.record)
                try $0.key("relations"); try $0.array(w.relations) { try $0.relation($1) }
                try $0.key("sources"); try $0.array(w.sources) { try $0.sourceRef($1) }
            }
        }

        mutating func record(_ r: Record) throws {
            try object {
                try $0.optional("abstract", r.abstract)
                try $0.optional("arxiv", r.arxiv)
                try $0.key("authors"); try $0.array(r.authors) { try $0.person($1) }
                try $0.key("authorsTruncated"); $0.bool(r.authorsTruncated)
                if let d = r.availableOnline { try $0.key("availableOnline"); try $0.date(d) }
                try $0.optional("containerTitle", r.containerTitle)
                try $0.optional("containerTitleShort", r.containerTitleShort)
                try $0.optional("doi", r.doi)
                try $0.key("evidence"); try $0.dictionary(r.evidence) { try $0.string($1) }
                try $0.key("issn"); try $0.strings(r.issn)
                try $0.optional("issue", r.issue)
                if let d = r.issued { try $0.key("issued"); try $0.date(d) }
                try $0.key("keywords"); try $0.strings(r.keywords)
                try $0.optional("language", r.language)
                try $0.optional("number", r.number)
                try $0.optional("page", r.page)
                try $0.optional("pmcid", r.pmcid)
                try $0.optional("pmid", r.pmid)
                try $0.optional("publisher", r.publisher)
                if let s = r.source { try $0.key("source"); try $0.sourceRef(s) }
                try $0.optional("title", r.title)
                try $0.optional("type", r.type?.rawValue)
                try $0.optional("url", r.url)
                try $0.optional("volume", r.volume)
            }
        }

        mutating func person(_ p: Person) throws {
            try object {
                try $0.key("affiliations"); try $0.strings(p.affiliations)
                try $0.optional("family", p.family)
                try $0.optional("given", p.given)
                try $0.optional("literal", p.literal)
                try $0.optional("particle", p.particle)
                try $0.optional("suffix", p.suffix)
            }
        }

        mutating func date(_ d: PartialDate) throws {
            try object {
                if let day = d.day { try $0.key("day"); $0.int(day) }
                if let month = d.month { try $0.key("month"); $0.int(month) }
                try $0.key("year"); $0.int(d.year)
            }
        }

        mutating func sourceRef(_ s: SourceRef) throws {
            try object {
                try $0.key("extractor"); try $0.string(s.extractor)
                try $0.key("file"); try $0.string(s.file)
                if let line = s.line { try $0.key("line"); $0.int(line) }
                if let position = s.position { try $0.key("position"); $0.int(position) }
                try $0.key("sha256"); try $0.string(s.sha256)
            }
        }

        mutating func provenance(_ p: Provenance) throws {
            try object {
                try $0.key("file"); try $0.string(p.file)
                if let position = p.position { try $0.key("position"); $0.int(position) }
                try $0.key("rule"); try $0.string(p.rule)
                try $0.key("sha256"); try $0.string(p.sha256)
            }
        }

        mutating func relation(_ r: Relation) throws {
            try object {
                try $0.key("kind"); try $0.string(r.kind.rawValue)
                try $0.key("target"); try $0.string(r.target)
            }
        }

        // MARK: JSON

        mutating func object(_ body: (inout Writer) throws -> Void) throws {
            bytes.append(UInt8(ascii: "{"))
            let outer = afterValue
            afterValue = false
            try body(&self)
            afterValue = outer
            bytes.append(UInt8(ascii: "}"))
        }

        mutating func key(_ name: String) throws {
            if afterValue { bytes.append(UInt8(ascii: ",")) }
            afterValue = true
            try string(name)
            bytes.append(UInt8(ascii: ":"))
        }

        mutating func optional(_ name: String, _ value: String?) throws {
            guard let value else { return }
            try key(name)
            try string(value)
        }

        mutating func array<T>(_ items: [T], _ each: (inout Writer, T) throws -> Void) throws {
            bytes.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                try each(&self, item)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        mutating func strings(_ items: [String]) throws { try array(items) { try $0.string($1) } }

        /// A dictionary's entries in byte order of their keys; only keys of letters and `-` are vouched for (the
        /// order `JSONEncoder` gives other keys may differ).
        mutating func dictionary<V>(_ d: [String: V], _ each: (inout Writer, V) throws -> Void) throws {
            guard d.keys.allSatisfy(Writer.isPlainKey) else { throw NotVouchedFor() }
            try object { w in
                for (k, v) in d.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    try w.key(k)
                    try each(&w, v)
                }
            }
        }

        static func isPlainKey(_ k: String) -> Bool {
            k.utf8.allSatisfy { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0 | 0x20) || $0 == UInt8(ascii: "-") }
        }

        mutating func bool(_ b: Bool) { append(b ? "true" : "false") }

        mutating func append(_ s: StaticString) { s.withUTF8Buffer { bytes.append(contentsOf: $0) } }

        mutating func int(_ n: Int) { bytes.append(contentsOf: String(n).utf8) }

        mutating func string(_ s: String) throws {
            bytes.append(UInt8(ascii: "\""))
            var s = s
            try s.withUTF8 { u in
                var mark = 0
                for (i, b) in u.enumerated() {
                    let escape: StaticString
                    switch b {
                    case UInt8(ascii: "\""): escape = "\\\""
                    case UInt8(ascii: "\\"): escape = "\\\\"
                    case UInt8(ascii: "/"): escape = "\\/"
                    case 0x08: escape = "\\b"
                    case 0x0C: escape = "\\f"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case 0x00: throw NotVouchedFor()
                    case 0x01...0x1F: escape = "\\u00"
                    default: continue
                    }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark..<i]))
                    append(escape)
                    if escape.utf8CodeUnitCount == 4 {  // \u00 and two lower-case hex digits
                        bytes.append(Writer.hexDigits[Int(b >> 4)])
                        bytes.append(Writer.hexDigits[Int(b & 0xF)])
                    }
                    mark = i + 1
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[mark...]))
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
