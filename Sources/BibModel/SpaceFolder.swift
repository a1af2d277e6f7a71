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
            if b < 0x80 {
                if b <= 0x20 || b == 0x7F {
                    pendingSpace = !out.isEmpty
                    i += 1
                    continue
                }
                // A run of printable ASCII is copied in one go.
                var end = i + 1
                while end < bytes.count, bytes[end] > 0x20, bytes[end] < 0x7F { end += 1 }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<end]))
                i = end
                continue
            }
            let length = Swift.min(b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4, bytes.count - i)
            var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<Swift.max(length, 1) { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            if (0x80...0x9F).contains(value) || Unicode.Scalar(value)?.properties.isWhitespace == true {
                pendingSpace = !out.isEmpty
            } else {
                for k in 0..<length { put(bytes[i + k]) }
            }
            i += length
        }
    }

    /// Appends a line break (white space, so a single space at most).
    public mutating func appendLineBreak() { pendingSpace = !out.isEmpty }

    private mutating func put(_ byte: UInt8) {
        if pendingSpace { out.append(0x20); pendingSpace = false }
        out.append(byte)
    }

    /// The folded text.
    public var string: String { String(decoding: out, as: UTF8.self) }
}
