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
        let anchor = needle.indices.min { rank(needle[$0]) < rank(needle[$1]) }!
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

    /// Lower-case letters by how often they occur in English text, most frequent first.
    private static let letterOrder = Array("etaoinsrhldcumfpgwybvkxjqz".utf8)

    /// How common a byte is in page text and attribute values: higher is more common.
    private static func rank(_ b: UInt8) -> Int {
        if let i = letterOrder.firstIndex(of: b) { return 40 - i }
        switch b {
        case 0x20, 0x2D, 0x2E, 0x2F, 0x5F, 0x3D, 0x22: return 30  // space - . / _ = "
        default: return 0
        }
    }
}
