/// Character classes of ASCII bytes, for the fast paths that handle ASCII text byte by byte.
///
/// Each answer is the one `Character`'s own property gives for that ASCII character (`isLetter` is A–Z and a–z,
/// `isNumber` is 0–9), so a fast path and the general path agree on every ASCII text.
public enum ASCIIBytes {
    @inlinable public static func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    @inlinable public static func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
    @inlinable public static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inlinable public static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inlinable public static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }
    @inlinable public static func lowercased(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }
    @inlinable public static func uppercased(_ b: UInt8) -> UInt8 { isLower(b) ? b & ~0x20 : b }
}

extension Character {
    /// The character's byte when it is one ASCII byte (`"\r\n"` is two), read from its UTF-8 (cheaper than
    /// `asciiValue`, which validates the character's scalars).
    @inlinable public var asciiByte: UInt8? {
        let bytes = utf8
        guard bytes.count == 1, let b = bytes.first, b < 0x80 else { return nil }
        return b
    }
}
