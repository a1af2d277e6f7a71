/// A button's or link's words that a browser's copy glued to the text beside them, with no space between
/// ("Author links open overlay panelKati Finzel", "https://doi.org/10.1016/j.comptc.2018.10.004Get rights and
/// content"): inline elements are copied without a separator, so page furniture (`ArticleTextTables.furniture`)
/// opens or ends a line of the article's own text. The furniture is cut off; each line keeps its place, so the
/// page's indents still line up.
enum GluedFurniture {
    /// The furniture phrases of two words or more, lower-cased ASCII bytes: a single word glued to a name or a DOI
    /// cannot be told from the name's or the DOI's own letters.
    static let phrases: [[UInt8]] = ArticleTextTables.furniture
        .filter { $0.contains(" ") && $0.utf8.allSatisfy { $0 < 0x80 } }
        .sorted { $0.utf8.count > $1.utf8.count }
        .map { Array($0.utf8) }

    /// The first and last bytes of the phrases, lower-cased: a line that neither opens nor ends with one is passed.
    static let firstBytes = Set(phrases.compactMap(\.first))
    static let lastBytes = Set(phrases.compactMap(\.last))

    /// `lines` with glued furniture cut from their ends.
    static func separated(_ lines: [String]) -> [String] {
        lines.map(separated)
    }

    /// `line` without furniture glued to its start (followed at once by a capital letter or a digit) or to its end
    /// (right after a character that is not a space).
    static func separated(_ line: String) -> String {
        guard line.utf8.count > 8, let first = line.utf8.first, let last = line.utf8.last,
              firstBytes.contains(first | 0x20) || lastBytes.contains(last | 0x20) else { return line }
        let bytes = Array(line.utf8)
        var start = 0, end = bytes.count
        for p in phrases where p.count < bytes.count && matches(p, bytes, at: 0) {
            let next = bytes[p.count]
            if (next >= UInt8(ascii: "A") && next <= UInt8(ascii: "Z")) || (next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")) {
                start = p.count
                break
            }
        }
        for p in phrases where p.count < end - start && matches(p, bytes, at: end - p.count) {
            let before = bytes[end - p.count - 1]
            if before != 0x20, before != 0x09 {
                end -= p.count
                break
            }
        }
        guard start > 0 || end < bytes.count else { return line }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Whether `bytes` hold the lower-case phrase `p` at `offset`, ASCII case ignored.
    private static func matches(_ p: [UInt8], _ bytes: [UInt8], at offset: Int) -> Bool {
        guard offset >= 0, offset + p.count <= bytes.count else { return false }
        for k in 0..<p.count {
            var b = bytes[offset + k]
            if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") { b += 0x20 }
            if b != p[k] { return false }
        }
        return true
    }
}
