extension String {
    /// What `lowercased()` returns, built scalar by scalar into one byte buffer (the standard library builds a
    /// string per non-ASCII scalar).
    public var lowercasedScalars: String { self[...].lowercasedScalars }
}

extension Substring {
    /// What `lowercased()` returns, built scalar by scalar into one byte buffer (the standard library builds a
    /// string per non-ASCII scalar).
    public var lowercasedScalars: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        for s in String(self).unicodeScalars {
            if s.isASCII {
                let b = UInt8(s.value)
                out.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
            } else if s.properties.changesWhenLowercased {
                out.append(contentsOf: s.properties.lowercaseMapping.utf8)
            } else {
                // Unchanged by lower-casing (checked for every scalar): its own bytes.
                out.append(contentsOf: UTF8.encode(s)!)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Folds runs of white space and control characters to one space and trims both ends, fed UTF-8 a piece at a
/// time: the streaming form of `String.collapsingSpaces` (same result for the same text). Non-ASCII scalars
/// are decoded only to test them for white space.
public struct SpaceFolder {
    private var out: [UInt8] = []
    private var pendingSpace = false

    public init(capacity: Int = 0) { out.reserveCapacity(capacity) }

    /// Appends valid UTF-8 made of whole scalars.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b <= 0x20 || b == 0x7F {
                pendingSpace = !out.isEmpty
                i += 1
                continue
            }
            if b < 0x80 || !Self.mayBeSpace(lead: b) {
                // A run of printable ASCII and of scalars that cannot be white space is copied in one go.
                var end = i + 1
                while end < bytes.count {
                    let c = bytes[end]
                    guard c > 0x20, c != 0x7F, c < 0x80 || !Self.mayBeSpace(lead: c) else { break }
                    end += 1
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
                continue
            }
            let length = Swift.min(b < 0xE0 ? 2 : 3, bytes.count - i)
            if Self.isSpace(bytes, at: i, length: length) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]))
            }
            i += length
        }
    }

    /// Lead bytes of every white space and control character outside ASCII: U+0080–U+00A0 (C2), U+1680 (E1),
    /// U+2000–U+205F (E2), U+3000 (E3). Every other byte at or above 0x80 belongs to a scalar kept as it is.
    @inline(__always)
    static func mayBeSpace(lead b: UInt8) -> Bool { b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 }

    /// Whether the scalar of `length` bytes at `i` (its lead one of `mayBeSpace`) is a C1 control or Unicode
    /// white space: U+0080–U+009F, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
    private static func isSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, length: Int) -> Bool {
        let b1 = length > 1 ? bytes[i + 1] : 0
        switch bytes[i] {
        case 0xC2: return b1 <= 0x9F || b1 == 0xA0
        case 0xE1: return length == 3 && b1 == 0x9A && bytes[i + 2] == 0x80
        case 0xE2:
            guard length == 3 else { return false }
            let b2 = bytes[i + 2]
            return (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF)) || (b1 == 0x81 && b2 == 0x9F)
        default: return length == 3 && b1 == 0x80 && bytes[i + 2] == 0x80
        }
    }

    /// Appends a line break (white space, so a single space at most).
    public mutating func appendLineBreak() { pendingSpace = !out.isEmpty }

    /// The folded text.
    public var string: String { String(decoding: out, as: UTF8.self) }
}
