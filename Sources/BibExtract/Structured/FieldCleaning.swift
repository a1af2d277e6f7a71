import BibModel

/// Cleaning of record-file field values: exactly what `TextCleaner.clean` gives — entities decoded twice, tags
/// removed, white space folded — taken on the UTF-8 bytes where that gives the same text: the usual value (no
/// `<`, no `&`, no zero-width space) needs only its white space folded, and tags are cut from bytes unless a
/// character around them is one the bytes cannot settle (then `TextCleaner` cuts them).
enum FieldCleaning {
    /// Clean text, or `nil` when nothing but white space remains.
    static func clean(_ raw: String) -> String? {
        var s = raw
        if s.containsByte(0x26) { s = HTMLEntities.decode(HTMLEntities.decode(s)) }
        if s.containsByte(0x3C) { s = withoutTags(s) ?? TextCleaner.stripTags(s) }
        if s.containsBytes(zeroWidthSpace) { s = blankingZeroWidthSpaces(s) }
        let out = s.collapsingSpaces
        return out.isEmpty ? nil : out
    }

    /// How far past `<` a tag's `>` is looked for, in characters (as `TextCleaner.stripTags` does).
    static let tagReach = 400

    /// `s` without its tags — a `<` before a letter or `/`, up to the first `>` within `tagReach` characters —
    /// or `nil` when a tag's neighbourhood holds a non-ASCII character whose grouping into characters the
    /// bytes do not settle. Characters are bytes here, but for CR LF, which is one.
    static func withoutTags(_ s: String) -> String? {
        var copy = s
        return copy.withUTF8 { b -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var i = 0
            while i < b.count {
                let c = b[i]
                guard c == 0x3C, i + 1 < b.count else { out.append(c); i += 1; continue }
                let next = b[i + 1]
                if next >= 0x80 { return nil }
                let letter = (0x41...0x5A).contains(next) || (0x61...0x7A).contains(next)
                guard letter || next == 0x2F else { out.append(c); i += 1; continue }
                if next == 0x2F, i + 2 < b.count, b[i + 2] >= 0x80 { return nil }
                var k = i + 1
                var characters = 0
                var close: Int? = nil
                while k < b.count {
                    if b[k] >= 0x80 {
                        if characters >= tagReach { break }
                        return nil
                    }
                    if !(b[k] == 0x0A && b[k - 1] == 0x0D) {
                        characters += 1
                        if characters > tagReach { break }
                    }
                    if b[k] == 0x3E { close = k; break }
                    k += 1
                }
                guard let close else { out.append(c); i += 1; continue }
                if close + 1 < b.count, b[close + 1] >= 0x80 { return nil }
                i = close + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static let zeroWidthSpace = "\u{200B}"

    /// `s` with U+200B ZERO WIDTH SPACE (E2 80 8B) turned into a space: a space to `TextCleaner`, though not
    /// Unicode white space (the other spaces it maps are white space, which `collapsingSpaces` folds).
    static func blankingZeroWidthSpaces(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { b in
            var i = 0
            while i + 2 < b.count, !(b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x8B) { i += 1 }
            guard i + 2 < b.count else { return s }
            var out = Array(b)
            while i + 2 < out.count {
                if out[i] == 0xE2, out[i + 1] == 0x80, out[i + 2] == 0x8B { out.replaceSubrange(i..<(i + 3), with: [0x20]) }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
