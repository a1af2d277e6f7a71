/// One BibTeX/biblatex entry as written: lower-cased type and field names, values with `@string` macros and
/// `#` concatenation resolved but TeX still in them (braces included).
public struct BibTeXEntry: Sendable, Equatable {
    public var type: String
    public var key: String
    public var fields: [String: String]
    /// Field names in the order the entry gives them.
    public var order: [String]
    /// 1-based line of the `@` that opens the entry.
    public var line: Int

    public subscript(_ name: String) -> String? { fields[name] }

    mutating func set(_ name: String, _ value: String) {
        if fields.updateValue(value, forKey: name) == nil { order.append(name) }
    }
}

/// A problem with one entry of a record file, located by line: the other entries are still read.
public struct RecordProblem: Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) { self.line = line; self.message = message }

    public var description: String { "line \(line): \(message)" }
}

/// A tolerant BibTeX/biblatex parser over UTF-8 bytes.
///
/// Follows BibTeX's own reading: text outside entries is a comment; `@comment` and `@preamble` are skipped;
/// `@string` defines macros used later (bare words and `#` concatenation); the standard month macros are
/// predefined; entries may be delimited by braces or parentheses. An entry that breaks (an unclosed brace,
/// a missing `=`) is reported with its line and reading resumes at the next line that opens an entry, so
/// one bad entry never takes the rest of the file with it.
public struct BibTeXParser {
    /// The month macros every BibTeX style defines.
    public static let monthMacros: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
        "jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
    ]

    public private(set) var entries: [BibTeXEntry] = []
    public private(set) var problems: [RecordProblem] = []

    /// Parses the whole text.
    public init(_ text: String) {
        var text = text
        let (entries, problems) = text.withUTF8 { bytes in
            var reading = Reading(b: bytes)
            reading.run()
            return (reading.entries, reading.problems)
        }
        self.entries = entries
        self.problems = problems
    }
}

extension BibTeXParser {
    /// One pass over the UTF-8 of the text (valid while the text is held).
    private struct Reading {
        let b: UnsafeBufferPointer<UInt8>
        var entries: [BibTeXEntry] = []
        var problems: [RecordProblem] = []
        private var macros: [String: String] = BibTeXParser.monthMacros
        private var i = 0
        private var line = 1

        init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

        private struct Failure: Error { let line: Int; let message: String }

        mutating func run() {
            while let at = nextEntryStart() {
                let startLine = line
                i = at + 1
                do {
                    try entry(line: startLine)
                } catch let f as Failure {
                    problems.append(RecordProblem(line: startLine, message: f.message))
                    resync(after: at)
                } catch {}
            }
        }

        /// The next `@` followed by a name and an opening delimiter (text in between is a comment).
        private mutating func nextEntryStart() -> Int? {
            while i < b.count {
                let c = b[i]
                if c == 0x0A { line += 1 } else if c == 0x40, looksLikeEntry(at: i) { return i }
                i += 1
            }
            return nil
        }

        /// Whether `@name{` or `@name(` (spaces allowed before the delimiter) starts at `p`.
        private func looksLikeEntry(at p: Int) -> Bool {
            var k = p + 1
            let nameStart = k
            while k < b.count, Self.isNameByte(b[k]) { k += 1 }
            guard k > nameStart else { return false }
            while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
            return k < b.count && (b[k] == 0x7B || b[k] == 0x28)
        }

        /// After a broken entry: continue at the next line whose first non-blank character opens an entry.
        private mutating func resync(after at: Int) {
            i = at + 1
            line = 1 + b[..<i].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            while i < b.count {
                if b[i] == 0x0A {
                    line += 1
                    var k = i + 1
                    while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
                    if k < b.count, b[k] == 0x40, looksLikeEntry(at: k) { i = k; return }
                }
                i += 1
            }
        }

        private static func isNameByte(_ c: UInt8) -> Bool {
            (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) || (0x30...0x39).contains(c)
                || c == 0x5F || c == 0x2D || c == 0x2E || c == 0x3A || c == 0x2B || c == 0x2F || c >= 0x80
        }

        private mutating func skipSpace() {
            while i < b.count {
                switch b[i] {
                case 0x0A: line += 1; i += 1
                case 0x20, 0x09, 0x0D, 0x0C: i += 1
                default: return
                }
            }
        }

        /// The name at `i`, lower-cased (ASCII names on their bytes).
        private mutating func lowercasedName() -> String {
            let start = i
            var ascii = true
            while i < b.count, Self.isNameByte(b[i]) { ascii = ascii && b[i] < 0x80; i += 1 }
            guard ascii else { return String(decoding: b[start..<i], as: UTF8.self).lowercased() }
            return String(unsafeUninitializedCapacity: i - start) { out in
                for k in out.indices { out[k] = (0x41...0x5A).contains(b[start + k]) ? b[start + k] | 0x20 : b[start + k] }
                return out.count
            }
        }

        private mutating func name() -> String {
            let start = i
            while i < b.count, Self.isNameByte(b[i]) { i += 1 }
            return String(decoding: b[start..<i], as: UTF8.self)
        }

        /// Whether a line that opens a new entry starts at `p` (just after a line feed): the sign of an unclosed brace.
        private func newEntryLine(at p: Int) -> Bool {
            var k = p
            while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
            guard k < b.count, b[k] == 0x40, looksLikeEntry(at: k) else { return false }
            var n = k + 1
            while n < b.count, Self.isNameByte(b[n]) { n += 1 }
            let type = String(decoding: b[(k + 1)..<n], as: UTF8.self).lowercased()
            return BibTeXTypes.known(type)
        }

        private mutating func entry(line startLine: Int) throws {
            let type = lowercasedName()
            skipSpace()
            guard i < b.count else { throw Failure(line: startLine, message: "the file ends inside @\(type)") }
            let closer: UInt8 = b[i] == 0x28 ? 0x29 : 0x7D
            i += 1
            switch type {
            case "comment":
                try skipGroup(closer: closer, startLine: startLine)
                return
            case "preamble":
                skipSpace()
                _ = try value(startLine: startLine)
                skipSpace()
                if i < b.count, b[i] == closer { i += 1 }
                return
            case "string":
                skipSpace()
                let macro = lowercasedName()
                skipSpace()
                guard i < b.count, b[i] == 0x3D else { throw Failure(line: startLine, message: "@string without '='") }
                i += 1
                skipSpace()
                macros[macro] = try value(startLine: startLine)
                skipSpace()
                if i < b.count, b[i] == closer { i += 1 }
                return
            default:
                break
            }
            skipSpace()
            // The key runs to the first comma (leading spaces and DOIs with slashes allowed).
            let keyStart = i
            while i < b.count, b[i] != 0x2C, b[i] != closer, b[i] != 0x0A { i += 1 }
            let key = String(decoding: b[keyStart..<i], as: UTF8.self).trimmingSpaces
            var e = BibTeXEntry(type: type, key: key, fields: Dictionary(minimumCapacity: 16), order: [], line: startLine)
            while true {
                skipSpace()
                while i < b.count, b[i] == 0x2C { i += 1; skipSpace() }
                guard i < b.count else { throw Failure(line: startLine, message: "@\(type){\(key): the file ends before the entry closes") }
                if b[i] == closer { i += 1; break }
                let fieldLine = line
                if b[i] == 0x40, looksLikeEntry(at: i) {
                    throw Failure(line: startLine, message: "@\(type){\(key): unclosed brace: the entry is still open where the next one begins (line \(line))")
                }
                let field = lowercasedName()
                if field.isEmpty {
                    throw Failure(line: fieldLine, message: "@\(type){\(key): unexpected '\(Character(Unicode.Scalar(b[i])))' where a field name belongs")
                }
                skipSpace()
                guard i < b.count, b[i] == 0x3D else {
                    throw Failure(line: fieldLine, message: "@\(type){\(key): field '\(field)' has no '='")
                }
                i += 1
                skipSpace()
                e.set(field, try value(startLine: startLine, key: key))
            }
            entries.append(e)
        }

        /// A field value: parts joined by `#`, each a braced group, a quoted string, a number or a macro name.
        /// A value of one group is read in place (a group's content is its bytes as written).
        private mutating func value(startLine: Int, key: String = "") throws -> String {
            var out: [UInt8] = []
            var inPlace: Range<Int>? = nil
            var parts = 0
            while true {
                guard i < b.count else { throw Failure(line: startLine, message: "\(label(key))the file ends inside a value") }
                parts += 1
                if parts == 2, let first = inPlace { out += b[first]; inPlace = nil }
                switch b[i] {
                case 0x7B, 0x22:
                    let closer: UInt8 = b[i] == 0x7B ? 0x7D : 0x22
                    i += 1
                    let content = try group(closer: closer, startLine: startLine, key: key)
                    if parts == 1 { inPlace = content } else { out += b[content] }
                default:
                    let word = name()
                    if word.isEmpty {
                        throw Failure(line: line, message: "\(label(key))unexpected '\(Character(Unicode.Scalar(b[i])))' in a value")
                    }
                    if word.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                        out += Array(word.utf8)
                    } else if let m = macros[word.lowercased()] {
                        out += Array(m.utf8)
                    } else {
                        out += Array(word.utf8)
                    }
                }
                skipSpace()
                guard i < b.count, b[i] == 0x23 else { break }
                i += 1
                skipSpace()
            }
            if let only = inPlace { return String(decoding: b[only], as: UTF8.self) }
            return String(decoding: out, as: UTF8.self)
        }

        private func label(_ key: String) -> String { key.isEmpty ? "" : "entry \(key): " }

        /// The range of a `{…}` or `"…"` group's content (inner braces kept), up to its matching closer, which
        /// reading steps past.
        private mutating func group(closer: UInt8, startLine: Int, key: String) throws -> Range<Int> {
            let start = i
            var depth = 0
            var k = i
            let n = b.count
            while k < n {
                // Only line feeds, backslashes, braces and the closer matter.
                let c = b[k]
                if c != 0x0A, c != 0x5C, c != 0x7B, c != 0x7D, c != closer { k += 1; continue }
                if c == 0x0A {
                    line += 1
                    if newEntryLine(at: k + 1) {
                        i = k
                        throw Failure(line: startLine, message: "\(label(key))unclosed brace: the value is still open where the next entry begins (line \(line))")
                    }
                } else if c == 0x5C, k + 1 < n {
                    if b[k + 1] == 0x0A { line += 1 }
                    k += 2
                    continue
                } else if c == 0x7B {
                    depth += 1
                } else if c == 0x7D {
                    if depth == 0 {
                        i = k
                        if closer == 0x7D { i += 1; return start..<k }
                        throw Failure(line: line, message: "\(label(key))unbalanced '}' inside a quoted value")
                    }
                    depth -= 1
                } else if c == closer, depth == 0 {
                    i = k + 1
                    return start..<k
                }
                k += 1
            }
            i = k
            throw Failure(line: startLine, message: "\(label(key))unclosed brace: the file ends inside a value")
        }

        /// Skips a balanced group (an `@comment{…}`).
        private mutating func skipGroup(closer: UInt8, startLine: Int) throws {
            var depth = 0
            let opener: UInt8 = closer == 0x29 ? 0x28 : 0x7B
            while i < b.count {
                let c = b[i]
                if c == 0x0A { line += 1 }
                if c == opener { depth += 1 } else if c == closer {
                    if depth == 0 { i += 1; return }
                    depth -= 1
                }
                i += 1
            }
            throw Failure(line: startLine, message: "@comment is never closed")
        }
    }
}
