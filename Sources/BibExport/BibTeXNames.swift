import BibModel

/// Writes author lists in BibTeX's "von Last, Jr, First" form, joined by " and ".
///
/// Organisations and one-part names are braced so they are never split ("{World Health Organization}").
/// A family name BibTeX would misread (starting in lower case, or holding "and" or a comma) is braced too.
/// A source that shows only part of the list ends it with "and others".
enum BibTeXNames {
    static func format(_ people: [Person], truncated: Bool, encoding: TeXEncoding) -> String? {
        guard !people.isEmpty else { return nil }
        var names = people.map { format($0, encoding: encoding) }
        if truncated { names.append("others") }
        return names.joined(separator: " and ")
    }

    static func format(_ p: Person, encoding: TeXEncoding) -> String {
        func esc(_ s: String) -> String { TeXEscaper.escape(s, encoding: encoding) }
        if let literal = p.literal { return "{" + esc(literal) + "}" }
        guard let family = p.family else { return "{" + esc(p.given ?? "") + "}" }
        var head = needsBraces(family) ? "{" + esc(family) + "}" : esc(family)
        if let particle = p.particle { head = esc(particle) + " " + head }
        var parts = [head]
        if let suffix = p.suffix { parts.append(needsBraces(suffix) ? "{" + esc(suffix) + "}" : esc(suffix)) }
        if let given = p.given { parts.append(needsBraces(given) ? "{" + esc(given) + "}" : esc(given)) }
        // "von Last, Jr, First" needs a First part; an empty group keeps biber from warning about a comma.
        else if p.suffix != nil { parts.append("{}") }
        return parts.joined(separator: ", ")
    }

    /// Text BibTeX's name parser would split or reorder.
    static func needsBraces(_ part: String) -> Bool {
        if part.utf8.contains(0x2C) { return true }
        // One word: only "and" (no other character lower-cases to one of its letters) needs braces.
        if !part.utf8.contains(0x20) { return part.utf8.count == 3 && part.lowercased() == "and" }
        if part.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII words, read from their bytes: the same questions as below.
            var count = 0
            var lowerStart = false
            for word in part.utf8.split(separator: 0x20) {
                count += 1
                if word.count == 3, word.elementsEqual("and".utf8, by: { ASCIIBytes.lowercased($0) == $1 }) { return true }
                if let first = word.first, ASCIIBytes.isLower(first) { lowerStart = true }
            }
            return count > 1 && lowerStart
        }
        let words = part.split(separator: " ")
        if words.contains(where: { $0.lowercased() == "and" }) { return true }
        // Lower-case words are read as a "von" part; braces keep them in the family name ("{de Souza}").
        return words.count > 1 && words.contains(where: { $0.first?.isLowercase == true })
    }
}
