#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on bytes: `memchr` jumps to each occurrence of the needle's rarest byte (common letters
/// would stop it every few bytes), `memcmp` checks the whole needle around it.
public enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `hay` at or after `from`.
    public static func firstIndex(of needle: [UInt8], in hay: [UInt8], from: Int = 0) -> Int? {
        hay.withUnsafeBytes { h in needle.withUnsafeBytes { n in firstIndex(of: n, in: h, from: from) } }
    }

    /// The offset of the first occurrence of `needle` in `hay` at or after `from`.
    public static func firstIndex(of needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, from: Int = 0) -> Int? {
        guard !needle.isEmpty, let base = hay.baseAddress, let pin = needle.baseAddress else { return nil }
        if hay.count - from < 64 { return naiveIndex(of: needle, in: hay, from: from) }
        var anchor = 0
        for i in needle.indices where commonness[Int(needle[i])] < commonness[Int(needle[anchor])] { anchor = i }
        // Candidate starts run from `from` to `last`; the anchor byte sits `anchor` bytes into each.
        let last = hay.count - needle.count
        var start = from
        while start <= last,
              let hit = memchr(base + start + anchor, Int32(needle[anchor]), last - start + 1) {
            let candidate = base.distance(to: UnsafeRawPointer(hit)) - anchor
            if memcmp(base + candidate, pin, needle.count) == 0 { return candidate }
            start = candidate + 1
        }
        return nil
    }

    /// A plain scan: cheaper than `memchr` calls on short haystacks (ids, class names).
    private static func naiveIndex(of needle: UnsafeRawBufferPointer, in hay: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard hay.count - needle.count >= from else { return nil }
        let first = needle[0]
        for i in from...(hay.count - needle.count) where hay[i] == first {
            var k = 1
            while k < needle.count, hay[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
        }
        return nil
    }

    /// How common each byte is in page text and attribute values (higher is more common): space, markup and
    /// URL/class punctuation, then lower-case letters by their frequency in English; everything else is rare.
    private static let commonness: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for (i, b) in "etaoinsrhldcumfpgwybvkxjqz".utf8.enumerated() { table[Int(b)] = UInt8(60 - i) }
        for b in [0x20, 0x2D, 0x2E, 0x2F, 0x5F, 0x3D, 0x22, 0x3C, 0x3E] as [UInt8] { table[Int(b)] = 70 }  // space - . / _ = " < >
        return table
    }()
}

extension StringProtocol {
    /// Whether the UTF-8 of the text holds `byte`: one `memchr` over contiguous storage (the generic
    /// `utf8.contains` walks the view byte by byte through its iterator).
    public func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ b in
            b.isEmpty ? false : memchr(b.baseAddress!, Int32(byte), b.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
