import BibModel

/// Removes what HTML leaves in text values: tags ("<i>", "</sup>") and character entities ("&amp;",
/// "&#8217;", "&#x2013;"). Applied to titles, abstracts and container titles from any extractor.
enum HTMLText {
    /// The text with tags removed and entities decoded.
    static func clean(_ text: String) -> String {
        decodeEntities(stripTags(text))
    }

    /// Drops "<tag …>" and "</tag>" runs; a "<" that does not open a tag ("p < 0.05") stays.
    static func stripTags(_ text: String) -> String {
        guard text.containsByte(0x3C) else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "<", let close = tagEnd(text, from: i) {
                i = text.index(after: close)
                continue
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    private static func tagEnd(_ text: String, from start: String.Index) -> String.Index? {
        let next = text.index(after: start)
        guard next < text.endIndex, text[next].isLetter || text[next] == "/" || text[next] == "!" else { return nil }
        var j = next
        var count = 0
        while j < text.endIndex, count < 200 {
            if text[j] == ">" { return j }
            if text[j] == "<" { return nil }
            j = text.index(after: j); count += 1
        }
        return nil
    }

    /// Decodes "&name;", "&#NNN;" and "&#xHH;"; an unknown entity is left as printed.
    static func decodeEntities(_ text: String) -> String { HTMLEntities.decode(text) }
}
