#if canImport(Glibc)
import Glibc
#endif

/// Turns bytes into a Swift string with iconv (always present in glibc), for any charset a page declares.
public enum TextDecoder {
    /// Decodes `bytes` from `encoding` (an iconv name); `nil` when the bytes are not valid in it.
    public static func decode(_ bytes: [UInt8], encoding: String) -> String? {
        var input = bytes
        if encoding == "UTF-8" {
            let body = input.starts(with: [0xEF, 0xBB, 0xBF]) ? input[3...] : input[...]
            // One pass: validated while it is copied.
            if #available(macOS 15, *) { return String(validating: body, as: UTF8.self) }
            return CharsetSniffer.isValidUTF8(Array(body)) ? String(decoding: body, as: UTF8.self) : nil
        }
        if encoding == "WINDOWS-1252" { return decodeWindows1252(input) }
        let cd = iconv_open("UTF-8", encoding)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var out = [UInt8](repeating: 0, count: max(16, input.count * 4 + 16))
        let used: Int? = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                return r == -1 || inLeft != 0 ? nil : outBuf.count - outLeft
            }
        }
        guard let used else { return nil }
        var s = String(decoding: out.prefix(used), as: UTF8.self)
        if s.hasPrefix("\u{FEFF}") { s.removeFirst() }
        return s
    }

    /// windows-1252 done by table: iconv's CP1252 refuses the five undefined bytes that real pages contain.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
                              0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
                              0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + bytes.count / 8)
        for b in bytes {
            if b < 0x80 { utf8.append(b); continue }
            let v: UInt32 = b <= 0x9F ? high[Int(b) - 0x80] : UInt32(b)
            utf8.append(contentsOf: Unicode.UTF8.encode(Unicode.Scalar(v)!)!)
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Text with many NULs or control characters is a binary file, not a page.
    public static func looksBinary(_ text: String) -> Bool {
        // ASCII text: each byte is a scalar.
        var copy = text
        let ascii: Bool? = copy.withUTF8 { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(8192))
            guard !head.contains(where: { $0 >= 0x80 }) else { return nil }
            var controls = 0
            for b in head where b == 0 || (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) { controls += 1 }
            return !head.isEmpty && (controls * 100 / head.count > 2)
        }
        if let ascii { return ascii }
        var controls = 0
        var total = 0
        for s in text.unicodeScalars {
            if total == 8192 { break }
            total += 1
            if s.value == 0 || (s.value < 0x20 && s.value != 0x09 && s.value != 0x0A && s.value != 0x0D && s.value != 0x0C) {
                controls += 1
            }
        }
        return total > 0 && (controls * 100 / total > 2)
    }

    /// The XML text re-encoded as UTF-8 with its encoding declaration rewritten to say so.
    static func utf8XML(_ text: String) -> [UInt8] {
        var t = text
        if t.hasPrefix("<?xml"), let end = t.firstIndex(of: ">") {
            let decl = String(t[...end])
            if decl.lowercased().contains("encoding") {
                t = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + t[t.index(after: end)...]
            }
        }
        return Array(t.utf8)
    }
}
