import BibModel

/// Reads the byline of an article page saved as text: all names on one line ("Chinedu N. Okafor1, Priya
/// L. Brandt2 & Marta Teixeira-Lobo1,3", "A a, B b c", "A; B; C") or one name per line with roles,
/// e-mail and affiliation lines between them (PLOS, MDPI).
enum TextByline {
    /// The names of a one-line byline (at least two), or `nil` when the line is not a list of names.
    static func names(inLine line: String) -> [String]? {
        let parts = split(line)
        guard parts.count >= 2 else { return nil }
        let names = parts.compactMap(clean)
        return names.count == parts.count ? names : nil
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
            let lower = line.lowercased()
            if line.isEmpty || ArticleTextTables.bylineDetailPrefixes.contains(where: { lower.hasPrefix($0) })
                || (!names.isEmpty && (isAffiliation(lower) || line.contains("@"))) {
                i += 1; continue
            }
            let parts = split(line)
            // A line of markers only (" 1", ", 2,*"): the superscripts some sites print on their own line.
            if parts.isEmpty { i += 1; continue }
            guard parts.count == 1, let name = clean(parts[0]) else { break }
            if names.last != name { names.append(name) }
            i += 1
            end = i
        }
        return names.count >= minimum ? (names, end) : nil
    }

    /// Whether a lower-cased line names an institution ("Department of Economics, University of Bergen").
    static func isAffiliation(_ lower: String) -> Bool {
        lower.split { !$0.isLetter }.contains { ArticleTextTables.affiliationWords.contains(String($0)) }
    }

    /// A line cut at commas, semicolons, "&" and " and ", empty pieces (marker lists "1,3") dropped.
    static func split(_ line: String) -> [String] {
        var text = line.trimmingSpaces
        for tail in [" and", " &", ","] where text.hasSuffix(tail) { text = String(text.dropLast(tail.count)) }
        return text.split { $0 == "," || $0 == ";" || $0 == "&" }
            .flatMap { $0.split(separator: " and ") }
            .map { MarkedName(String($0)).name }
            .filter { !$0.isEmpty }
    }

    /// The printed name without glued icons and affiliation letters, or `nil` when it is not a name.
    static func clean(_ raw: String) -> String? {
        var s = raw
        for glue in ArticleTextTables.bylineGlue {
            while s.containsBytes(glue), let r = s.firstRange(of: glue) { s.replaceSubrange(r, with: " ") }
        }
        // ORCID links printed beside the name ("ORCID: orcid.org/0000-…"), e-mail addresses, lone colons.
        var words = s.split(separator: " ").map(String.init).filter { w in !w.contains("/") && !w.contains("@") && w != ":" }
        // ScienceDirect's affiliation letters: "Ama Serwaa Owusu a c".
        while let last = words.last, words.count > 2, last.count == 1, last.first?.isLowercase == true { words.removeLast() }
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
