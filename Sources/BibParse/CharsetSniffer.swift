import BibModel
/// Decides the character encoding of a saved page the way browsers do (WHATWG order), because libxml2's
/// own guess garbles common cases: cp1252 labelled iso-8859-1, GBK labelled gb2312, undeclared cp1252.
public enum CharsetSniffer {
    /// The iconv name to decode `bytes` with: BOM → declared `<meta charset>` / http-equiv / XML declaration
    /// in the first 2 KB → UTF-8 if the bytes are valid UTF-8 → windows-1252.
    public static func encoding(of bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        if bytes.count >= 4, bytes[0] == 0x3C, bytes[1] == 0, bytes[2] != 0 { return "UTF-16LE" }
        if bytes.count >= 4, bytes[0] == 0, bytes[1] == 0x3C { return "UTF-16BE" }
        if let declared = declaredLabel(in: bytes) {
            let mapped = canonical(declared)
            let valid = isValidUTF8(bytes)
            // A label the bytes contradict: "utf-8" over Latin-1 bytes, or "utf-16" on a page that has no
            // NUL bytes (it was re-saved as an 8-bit file). The bytes win.
            if mapped == "UTF-8", !valid { return "WINDOWS-1252" }
            if mapped.hasPrefix("UTF-16"), !bytes.prefix(4096).contains(0) { return valid ? "UTF-8" : "WINDOWS-1252" }
            // A page labelled as a single-byte charset whose bytes are valid UTF-8 with multi-byte
            // sequences was re-saved as UTF-8 without fixing the label.
            if mapped != "UTF-8", valid, bytes.contains(where: { $0 >= 0x80 }) { return "UTF-8" }
            return mapped
        }
        return isValidUTF8(bytes) ? "UTF-8" : "WINDOWS-1252"
    }

    /// Maps a declared label to the encoding real pages with that label use.
    public static func canonical(_ label: String) -> String {
        let l = label.lowercased().trimmingSpaces
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
             "x-cp1252", "iso_8859-1":
            return "WINDOWS-1252"
        case "gb2312", "gbk", "x-gbk", "gb18030", "cp936", "euc-cn": return "GB18030"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j": return "SHIFT_JIS"
        case "euc-kr", "ks_c_5601-1987": return "CP949"
        case "big5", "big5-hkscs": return "BIG5-HKSCS"
        case "utf-16", "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return l.uppercased()
        }
    }

    /// A charset named in the first 2 KB: `<meta charset=…>`, `content="…; charset=…"` or `<?xml encoding="…"?>`.
    static func declaredLabel(in bytes: [UInt8]) -> String? {
        // Lower-cased ASCII; other bytes read as spaces.
        let head: [UInt8] = bytes.prefix(2048).map { $0 >= 0x80 ? 0x20 : (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        for marker in ["charset=", "encoding="] {
            let needle = Array(marker.utf8)
            var from = 0
            while let at = ByteSearch.firstIndex(of: needle, in: head, from: from) {
                // `encoding=` names the charset only inside the XML declaration (`<?xml … ?>`); elsewhere it is
                // an ordinary attribute (MODS `<dateIssued encoding="marc">`).
                if marker == "encoding=", !insideXMLDeclaration(head, at) { from = at + needle.count; continue }
                var i = at + needle.count
                while i < head.count, head[i] == 0x22 || head[i] == 0x27 || head[i] == 0x20 { i += 1 }
                let start = i
                while i < head.count, isLabelByte(head[i]) { i += 1 }
                if i > start { return String(decoding: head[start..<i], as: UTF8.self) }
                from = at + needle.count
            }
        }
        return nil
    }

    /// Whether position `at` lies in a tag that opens with `<?` (the XML declaration).
    private static func insideXMLDeclaration(_ head: [UInt8], _ at: Int) -> Bool {
        guard let lt = head[..<at].lastIndex(of: 0x3C) else { return false }
        return lt + 1 < head.count && head[lt + 1] == 0x3F && !head[lt..<at].contains(0x3E)
    }

    /// Letters, digits, `-`, `_`, `:` and `.`: the bytes a charset label is made of.
    private static func isLabelByte(_ b: UInt8) -> Bool {
        (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
    }

    /// Whether `bytes` is well-formed UTF-8.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            let n = raw.count
            var i = 0
            while i < n {
                // Runs of ASCII are skipped eight bytes at a time.
                if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
                let b = raw[i]
                if b < 0x80 { i += 1; continue }
                let len: Int
                if b & 0xE0 == 0xC0, b >= 0xC2 { len = 2 }
                else if b & 0xF0 == 0xE0 { len = 3 }
                else if b & 0xF8 == 0xF0, b <= 0xF4 { len = 4 }
                else { return false }
                if i + len > n { return false }
                for k in 1..<len where raw[i + k] & 0xC0 != 0x80 { return false }
                i += len
            }
            return true
        }
    }
}

extension StringProtocol {
    func range(of needle: String) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}
