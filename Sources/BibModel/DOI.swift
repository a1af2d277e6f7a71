/// Parses DOIs to bibd's canonical form: bare (`10.xxxx/...`), lower-case, no prefix, no trailing punctuation.
public enum DOI {
    /// The canonical DOI inside `text` (a bare DOI, `doi:…`, or a doi.org / dx.doi.org URL), or `nil`.
    public static func parse(_ text: String) -> String? {
        find(in: text).first
    }

    /// Every DOI found in running text, canonical, in order of appearance, without repeats.
    public static func find(in text: String) -> [String] {
        // Read on the UTF-8: every byte of a DOI is ASCII, and no byte of another scalar is a DOI character.
        var copy = text
        return copy.withUTF8 { chars in
            var out: [String] = []
            var i = 0
            while i + 3 < chars.count {
                if chars[i] == 0x31, chars[i + 1] == 0x30, chars[i + 2] == 0x2E,
                   i == 0 || !isDOIByte(chars[i - 1]) || chars[i - 1] == 0x2F || chars[i - 1] == 0x3A {
                    var j = i + 3
                    var digits = 0
                    while j < chars.count, (0x30...0x39).contains(chars[j]) || chars[j] == 0x2E { j += 1; digits += 1 }
                    if digits >= 4, j < chars.count, chars[j] == 0x2F {
                        var k = j + 1
                        while k < chars.count, isDOIByte(chars[k]) { k += 1 }
                        let doi = trimTrailing(String(decoding: chars[i..<k], as: UTF8.self))
                        if doi.count > digits + 4 {
                            let canonical = (doi.removingPercentEncoding ?? doi).lowercased()
                            if !out.contains(canonical) { out.append(canonical) }
                        }
                        i = k
                        continue
                    }
                }
                i += 1
            }
            return out
        }
    }

    private static func isDOIByte(_ c: UInt8) -> Bool { c < 0x80 && doiBytes[Int(c)] }

    /// Printable ASCII but the characters that end a DOI in running text, by byte value.
    private static let doiBytes: [Bool] = (0..<128).map { value in
        value >= 0x21 && value <= 0x7E && !"\"<>{}|\\^`".utf8.contains(UInt8(value))
    }

    /// Drops punctuation that ends a sentence rather than the DOI, and unbalanced closing brackets.
    private static func trimTrailing(_ s: String) -> String {
        var s = s
        while let last = s.last {
            if ".,;:'".contains(last) { s.removeLast(); continue }
            if last == ")" && s.filter({ $0 == "(" }).count < s.filter({ $0 == ")" }).count { s.removeLast(); continue }
            if last == "]" && s.filter({ $0 == "[" }).count < s.filter({ $0 == "]" }).count { s.removeLast(); continue }
            break
        }
        return s
    }
}

extension String {
    /// Decodes `%XX` escapes; `nil` when an escape is malformed (Foundation-free).
    var removingPercentEncoding: String? {
        guard containsByte(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var it = Array(utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%") {
                guard it.count >= 2, let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) else { return nil }
                bytes.append(v); it = it.dropFirst(2)
            } else { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
