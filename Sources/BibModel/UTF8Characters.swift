/// Character questions answered on UTF-8 bytes, for readers that scan bytes but must cut text where the
/// standard library's characters (grapheme clusters) would: where a white space character starts and how long
/// it is, and whether a scalar joins the character before it.
public enum UTF8Characters {
    /// The scalar whose first byte is at `i`, with its byte length; `nil` at a continuation byte.
    @inline(__always)
    public static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int)? {
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xC0 { return nil }
        let length = Swift.min(c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4, b.count - i)
        var value = UInt32(c) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<Swift.max(length, 1) { value = value << 6 | UInt32(b[i + k] & 0x3F) }
        return (value, length)
    }

    /// Whether the scalar starting at byte `p` joins the character before it (a combining mark, a spacing mark,
    /// a zero-width joiner); false at the end and for ASCII.
    public static func extendsCharacter(_ b: UnsafeBufferPointer<UInt8>, at p: Int) -> Bool {
        guard p < b.count, b[p] >= 0x80, let (value, _) = scalar(b, at: p), let s = Unicode.Scalar(value) else { return false }
        return s.properties.isGraphemeExtend || s.properties.generalCategory == .spacingMark || value == 0x200D
    }

    /// The byte length of the white space character starting at `i`, 0 when none starts there. A space takes
    /// the joining scalars after it into its character; a control (tab, line feed, CR LF, U+0085, U+2028,
    /// U+2029) takes none.
    public static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        var length: Int
        if c < 0x80 {
            if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { return 2 }
            if (0x09...0x0D).contains(c) { return 1 }
            guard c == 0x20 else { return 0 }
            length = 1
        } else {
            guard let (value, n) = scalar(b, at: i), let s = Unicode.Scalar(value), s.properties.isWhitespace else { return 0 }
            if value == 0x85 || value == 0x2028 || value == 0x2029 { return n }
            length = n
        }
        while extendsCharacter(b, at: i + length), let (_, n) = scalar(b, at: i + length) { length += n }
        return length
    }

    /// Whether the ASCII byte at `i` is a character of its own (no joining scalar follows it).
    @inline(__always)
    public static func standsAlone(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 1 >= b.count || b[i + 1] < 0x80 || !extendsCharacter(b, at: i + 1)
    }
}

extension String {
    /// What `split(whereSeparator:)` gives when the separators are the ASCII characters `separators` (empty
    /// pieces omitted), cut on the bytes: an ASCII character carrying a joining mark is another character.
    public func splitting(atASCII separators: [UInt8]) -> [String] {
        var copy = self
        return copy.withUTF8 { b in
            var out: [String] = []
            var start = 0
            for k in b.indices where separators.contains(b[k]) && UTF8Characters.standsAlone(b, at: k) {
                if k > start { out.append(String(decoding: b[start..<k], as: UTF8.self)) }
                start = k + 1
            }
            if start < b.count { out.append(String(decoding: b[start...], as: UTF8.self)) }
            return out
        }
    }
}
