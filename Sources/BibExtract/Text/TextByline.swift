import BibModel

/// Reads the byline of an article page saved as text: all names on one line ("Chinedu N. Okafor1, Priya
/// L. Brandt2 & Marta Teixeira-Lobo1,3", "A a, B b c", "A; B; C") or one name per line with roles,
/// e-mail and affiliation lines between them (PLOS, MDPI).
enum TextByline {
    /// The names of a one-line byline (at least two), or `nil` when the line is not a list of names.
    static func names(inLine line: String) -> [String]? {
        // Two names need a separator between them; most lines of a page hold none.
        guard mayHoldSeparator(line) else { return nil }
        var names: [String] = []
        // The parts are read in order and the reading stops at the first that is not a name.
        let complete = forEachPart(of: line) { part in
            guard let name = clean(part) else { return false }
            names.append(name)
            return true
        }
        return complete && names.count >= 2 ? names : nil
    }

    /// Whether the line's bytes hold one of the separators `split` cuts at: a line without any has one part.
    static func mayHoldSeparator(_ line: String) -> Bool {
        line.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "&") }
            || line.containsBytes(" and ")
    }

    /// The names of a one-name-per-line byline starting at `start`, and the index after its last name:
    /// detail lines (roles, e-mail, affiliations, a name printed twice) between names are skipped; at least
    /// `minimum` names.
    static func names(inRun lines: [String], from start: Int, limit: Int, minimum: Int = 2) -> (names: [String], end: Int)? {
        var names: [String] = []
        var i = start
        var end = start
        while i < min(limit, lines.count) {
            let line = lines[i]
            // A line of one or two characters between names is a button or an icon ("X" closing an author's
            // pop-up, "▾"), never a name.
            if line.isEmpty || isBylineDetail(line) || (!names.isEmpty && line.count <= 2)
                || (!names.isEmpty && (isAffiliation(line.lowercased()) || line.utf8.contains(UInt8(ascii: "@")) && line.contains("@"))) {
                i += 1; continue
            }
            // Only the first two parts decide: one name, or none (a line of markers), or not a name line.
            var parts: [String] = []
            _ = forEachPart(of: line) { part in
                parts.append(part)
                return parts.count < 2
            }
            // A line of markers only (" 1", ", 2,*"): the superscripts some sites print on their own line.
            if parts.isEmpty { i += 1; continue }
            // A name followed by its roles ("Shirley V Wang, assistant professor, associate epidemiologist1,", as
            // The BMJ prints them): a part that opens in lower case after the name is a role, not another name.
            let withRoles = parts.count == 2 && parts[1].trimmingSpaces.first?.isLowercase == true
            guard parts.count == 1 || withRoles, let name = clean(parts[0]) else { break }
            if names.last != name { names.append(name) }
            i += 1
            end = i
        }
        return names.count >= minimum ? (names, end) : nil
    }

    /// A detail line between the names of a byline (`ArticleTextTables.bylineDetailPrefixes`).
    static func isBylineDetail(_ line: String) -> Bool {
        guard detailLeads.admits(line) else { return false }
        // Lower-casing never merges characters, so the head one character longer than the longest prefix
        // decides `hasPrefix` as the whole lower-cased line would (as in `TextLines.firstStop`).
        let lower = line.prefix(detailHead).lowercased()
        return ArticleTextTables.bylineDetailPrefixes.contains { lower.hasPrefix($0) }
    }

    static let detailHead = (ArticleTextTables.bylineDetailPrefixes.map(\.count).max() ?? 0) + 1

    static let detailLeads = LeadBytes(ArticleTextTables.bylineDetailPrefixes, lowercasedLines: true)

    /// Whether a lower-cased line names an institution ("Department of Economics, University of Bergen").
    static func isAffiliation(_ lower: String) -> Bool {
        lower.split { !$0.isLetter }.contains { ArticleTextTables.affiliationWords.contains(String($0)) }
    }

    /// A line cut at commas, semicolons, "&" and " and ", empty pieces (marker lists "1,3") dropped.
    static func split(_ line: String) -> [String] {
        var parts: [String] = []
        _ = forEachPart(of: line) { parts.append($0); return true }
        return parts
    }

    /// Hands the parts of `split(line)` to `body` in order until it returns `false`, cutting the line only as
    /// far as it reads; `true` when every part was handed over.
    static func forEachPart(of line: String, _ body: (String) -> Bool) -> Bool {
        var text = line.trimmingSpaces
        for tail in [" and", " &", ","] where text.hasSuffix(tail) { text = String(text.dropLast(tail.count)) }
        return forEachPiece(of: text[...], separatedBy: { $0 == "," || $0 == ";" || $0 == "&" }) { group in
            for piece in TextByline.splitAtAnd(group) {
                let name = MarkedName(String(piece)).name
                if !name.isEmpty, !body(name) { return false }
            }
            return true
        }
    }

    /// `text.split(separator: " and ")`, without the search where the text's bytes hold no " and ".
    static func splitAtAnd(_ text: Substring) -> [Substring] {
        text.firstByteRange(of: " and ") == nil ? (text.isEmpty ? [] : [text]) : text.split(separator: " and ")
    }

    /// Hands the non-empty pieces of `text` between separators to `body` in order (as `split` cuts them)
    /// until it returns `false`, reading the text only as far as that; `true` when every piece was handed over.
    static func forEachPiece(of text: Substring, separatedBy isSeparator: (Character) -> Bool,
                             _ body: (Substring) -> Bool) -> Bool {
        var start = text.startIndex
        // ASCII stretch, byte by byte: an ASCII byte with ASCII bytes (or the ends) around it is one character.
        // At the first byte outside ASCII the reading goes on by characters from the piece it is in.
        let utf8 = text.utf8
        var b = utf8.startIndex
        while b < utf8.endIndex {
            let byte = utf8[b]
            if byte >= 0x80 { break }
            let next = utf8.index(after: b)
            if isSeparator(Character(Unicode.Scalar(byte))) {
                if next < utf8.endIndex, utf8[next] >= 0x80 { break }
                if b > start, !body(text[start..<b]) { return false }
                start = next
            }
            b = next
        }
        if b == utf8.endIndex {
            return start == text.endIndex || body(text[start...])
        }
        var i = start
        while true {
            let atEnd = i == text.endIndex
            if atEnd || isSeparator(text[i]) {
                if i > start, !body(text[start..<i]) { return false }
                if atEnd { return true }
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
    }

    /// The printed name without glued icons and affiliation letters, or `nil` when it is not a name.
    static func clean(_ raw: String) -> String? {
        var s = raw
        for glue in ArticleTextTables.bylineGlue {
            while s.containsBytes(glue), let r = s.firstRange(of: glue) { s.replaceSubrange(r, with: " ") }
        }
        // ORCID links printed beside the name ("ORCID: orcid.org/0000-…"), e-mail addresses, lone colons.
        var words = s.split(separator: " ").map(String.init).filter { w in
            !(w.utf8.contains(UInt8(ascii: "/")) && w.contains("/")) && !(w.utf8.contains(UInt8(ascii: "@")) && w.contains("@")) && w != ":"
        }
        // Honorifics before the name, while a given and a family name remain.
        while words.count > 2, let first = words.first, ArticleTextTables.honorifics.contains(first.lowercased()) { words.removeFirst() }
        // ScienceDirect's affiliation letters: "Ama Serwaa Owusu a c".
        while let last = words.last, words.count > 2, last.count == 1, last.first?.isLowercase == true { words.removeLast() }
        // A footnote letter glued to the name with its parenthesis ("Yuwen Zhanga)", AIP's "a)Author to whom …").
        if let last = words.last, last.count >= 4, last.hasSuffix(")"), !last.contains("("),
           last.dropLast().last?.isLowercase == true, last.dropLast(2).last?.isLowercase == true {
            words[words.count - 1] = String(last.dropLast(2))
        }
        let name = words.joined(separator: " ")
        guard PubMedAuthors.looksLikeName(name),
              !words.contains(where: { ArticleTextTables.nonNameWords.contains($0.lowercased()) }) else { return nil }
        return name
    }

    /// Reads each printed name given-first, except where the article's own citation prints a longer family
    /// name: "Beatriz Quintana Roldán" is family "Quintana Roldán" when the citation reads "Quintana Roldán B".
    static func people(_ names: [String], citationAuthors: String?) -> [Person] {
        names.compactMap { name in
            if let cite = citationAuthors, !cite.contains(name), let family = longFamily(name, in: cite) {
                let given = name.split(separator: " ").dropLast(family.split(separator: " ").count).joined(separator: " ")
                return Person.parse(family + ", " + given, order: .familyFirst)
            }
            return Person.parse(name, order: .givenFirst)
        }
    }

    /// The longest tail of `name` (two words or more, leaving a given name) that the citation prints as a
    /// family name: followed by "," or by a capital initial.
    private static func longFamily(_ name: String, in cite: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for k in stride(from: words.count - 1, through: 2, by: -1) {
            let family = words.suffix(k).joined(separator: " ")
            var rest = cite[...]
            while let r = rest.firstRange(of: family) {
                let after = cite[r.upperBound...]
                if after.first == "," || (after.first == " " && after.dropFirst().first?.isUppercase == true
                    && after.dropFirst().prefix { $0.isLetter }.count <= 3) {
                    return family
                }
                rest = cite[r.upperBound...]
            }
        }
        return nil
    }
}
