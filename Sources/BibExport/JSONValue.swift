import BibModel

/// A JSON value with a deterministic serializer: object keys sorted, fixed indentation, no locale or
/// platform dependence, so the same works always produce the same bytes.
public enum JSONValue: Sendable, Equatable, Encodable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value as JSON text. `pretty` indents by two spaces (one member per line); otherwise compact.
    public func serialized(pretty: Bool = true) -> String {
        serialized(indentLevel: pretty ? 0 : nil)
    }

    /// Pretty text whose nested lines start at `indentLevel` (two spaces each); `nil` is compact.
    /// Lets a caller place items inside an enclosing array line by line (per-entry caching).
    func serialized(indentLevel: Int?) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        write(into: &out, indent: indentLevel)
        return String(decoding: out, as: UTF8.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// Appends the value's UTF-8 text to `out`.
    func write(into out: inout [UInt8], indent: Int?) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .int(let i): out += String(i).utf8
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            guard !items.isEmpty else { out += "[]".utf8; return }
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                item.write(into: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append(0x5D)
        case .object(let members):
            guard !members.isEmpty else { out += "{}".utf8; return }
            out.append(0x7B)
            // Keys sort by Unicode scalars (UTF-8 bytes sort the same way), so the order never depends on
            // locale or collation.
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSONValue.newline(&out, indent.map { $0 + 1 })
                JSONValue.writeString(key, into: &out)
                out.append(0x3A)
                if indent != nil { out.append(0x20) }
                members[key, default: .null].write(into: &out, indent: indent.map { $0 + 1 })
            }
            JSONValue.newline(&out, indent)
            out.append(0x7D)
        }
    }

    private static func newline(_ out: inout [UInt8], _ indent: Int?) {
        guard let indent else { return }
        out.append(0x0A)
        for _ in 0..<(2 * indent) { out.append(0x20) }
    }

    /// A JSON string: `"` and `\` escaped, `\n \r \t` by name, other control characters and U+2028/U+2029
    /// as `\uXXXX`; everything else as its UTF-8 bytes.
    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        var s = s
        let special = needsEscapeCheck
        s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                // A run of bytes written as they are is copied in one go.
                var end = i
                while end < bytes.count, !special[Int(bytes[end])] { end += 1 }
                if end > i {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                    i = end
                    continue
                }
                let b = bytes[i]
                switch b {
                case 0x22: out += [0x5C, 0x22]
                case 0x5C: out += [0x5C, 0x5C]
                case 0x0A: out += [0x5C, 0x6E]
                case 0x0D: out += [0x5C, 0x72]
                case 0x09: out += [0x5C, 0x74]
                case 0..<0x20: unicodeEscape(UInt32(b), into: &out)
                case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    i += 2
                default: out.append(b)
                }
                i += 1
            }
        }
        out.append(0x22)
    }

    /// Bytes `writeString` must look at: `"`, `\`, control characters, and 0xE2 (which starts U+2028 and U+2029).
    private static let needsEscapeCheck: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }

    private static func unicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
        let hex = String(value, radix: 16)
        out += "\\u".utf8
        for _ in 0..<(4 - hex.count) { out.append(0x30) }
        out += hex.utf8
    }
}

extension JSONValue {
    /// A string value, or `nil` when the text is absent or blank.
    static func text(_ s: String?) -> JSONValue? {
        guard let s, !s.trimmingSpaces.isEmpty else { return nil }
        return .string(s)
    }
}
