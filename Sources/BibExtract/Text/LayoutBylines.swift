import BibModel

/// A byline found in a text dump: the lines it spans and the names it prints.
struct LayoutByline: Equatable {
    /// First line of the byline.
    let start: Int
    /// The line after its last name.
    let end: Int
    let names: [String]
}

/// Finds the bylines a text dump prints, in every layout a browser's copy or a text browser leaves them:
/// all names on one line; one name per line with markers, roles, e-mail and affiliation lines between; and
/// names followed by their affiliation ("Ann Lee, University of X; Bo Chen and Di Wu, Red Hat"), on one line
/// or one author per line.
enum LayoutBylines {
    /// The byline starting at line `i` of a page's line table, if one does.
    static func byline(at i: Int, in table: LineTable) -> LayoutByline? {
        var line = table[i]
        var by = line.hasPrefix("By ") || line.hasPrefix("by ")
        if by { line = String(line.dropFirst(3)) } else if let rest = afterNameLabel(line) { line = rest; by = true }
        guard !line.isEmpty, line.utf8.count <= 600 else { return nil }
        if let names = by ? TextByline.names(inLine: line) : table.names(i) { return LayoutByline(start: i, end: i + 1, names: names) }
        if let run = affiliatedRun(table, from: i) { return run }
        if let names = affiliatedNames(inLine: line, printed: table.printed) ?? bracketedAffiliationNames(inLine: line) {
            return LayoutByline(start: i, end: i + 1, names: names)
        }
        if let run = TextByline.names(inRun: table, from: i, limit: min(table.count, i + maxRunLines), minimum: 1) {
            return LayoutByline(start: i, end: run.end, names: run.names)
        }
        // A byline as wide as a text browser's wrap, the line under it joined to it ("… and Ana Petrović-Lukić EMAIL
        // logo" + "From the journal Open Chemistry"): the byline as printed, when it ends there (a byline that
        // goes on ends its line with a comma or "and").
        if !by, let head = table.heads[i], !TextByline.lineEndConjunctions.contains(where: { head.hasSuffix($0) }),
           let names = TextByline.names(inLine: head) {
            return LayoutByline(start: i, end: i + 1, names: names)
        }
        return nil
    }

    /// The names after a name-list label opening the line ("Author(s)   Lin-Feng Zhou, …", "Authors: …"), or nil.
    static func afterNameLabel(_ line: String) -> String? {
        guard let first = line.utf8.first, "AaCc".utf8.contains(first) else { return nil }
        for heading in ArticleTextReading.nameListHeadings {
            guard line.count > heading.count + 2, line.prefix(heading.count).lowercased() == heading else { continue }
            let rest = line.dropFirst(heading.count)
            guard let sep = rest.first, sep == ":" || sep == " " || sep == "\t" else { continue }
            let names = rest.drop { $0 == ":" || $0 == " " || $0 == "\t" }
            return names.isEmpty ? nil : String(names)
        }
        return nil
    }

    /// How far a one-name-per-line byline may run (names with their detail lines).
    static let maxRunLines = 400

    /// "Ann Lee, University of X; Bo Chen and Di Wu, Red Hat": groups split at semicolons, each the names
    /// before its first comma and an affiliation after it; at least one affiliation names an institution.
    /// The names are read through `printed` when a line table gives it.
    static func affiliatedNames(inLine line: String, printed: PrintedNames? = nil) -> [String]? {
        guard line.utf8.contains(UInt8(ascii: ",")), line.contains(",") else { return nil }
        var names: [String] = []
        var institution = false
        // The groups are read in order and the reading stops at the first that is not names and an affiliation.
        let complete = TextByline.forEachPiece(of: line[...], separatedBy: [UInt8(ascii: ";")]) { group in
            let parts = group.split(separator: ",", maxSplits: 1)
            guard parts.count == 2 else { return false }
            let affiliation = String(parts[1]).trimmingSpaces
            guard !affiliation.isEmpty else { return false }
            let pieces = TextByline.splitAtAnd(parts[0]).flatMap { piece in
                piece.utf8.contains(UInt8(ascii: "&")) ? piece.split(separator: "&") : [piece]
            }
            let cleaned = pieces.compactMap { PrintedNames.cleaned(PrintedNames.marked(String($0), in: printed), in: printed) }
            guard !cleaned.isEmpty, cleaned.count == pieces.count else { return false }
            names += cleaned
            if TextByline.isAffiliation(affiliation.lowercased()) { institution = true }
            return true
        }
        return complete && institution ? names : nil
    }

    /// "Ann Lee (Department of Biology, University of X) Bo Chen (Red Hat, Brno)": each name followed by its
    /// affiliation in brackets, as Emerald and older society pages print a byline; the bracketed groups separate the
    /// names; every group names an institution or a place, one at least an institution. Nil for anything else.
    static func bracketedAffiliationNames(inLine line: String) -> [String]? {
        guard line.utf8.contains(UInt8(ascii: "(")), line.utf8.count <= 1_000 else { return nil }
        var names: [String] = []
        var institution = false
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            var piece = String(rest[..<open]).trimmingCharacters(" ,;")
            if piece.hasPrefix("and ") { piece = String(piece.dropFirst(4)) }
            let group = rest[open...close]
            let affiliation = TextByline.isAffiliation(group.lowercased())
            // An institution, or a place list ("Royal Danish Library, Aarhus, Denmark").
            guard let name = TextByline.clean(piece), affiliation || group.contains(",") else { return nil }
            institution = institution || affiliation
            names.append(name)
            rest = rest[rest.index(after: close)...]
        }
        return names.count >= 2 && institution && String(rest).trimmingCharacters(" .,;").isEmpty ? names : nil
    }

    /// One "Name, Affiliation" line per author, with e-mail lines between ("victoria [at] zooniverse.org"); each
    /// line read once however many runs pass over it.
    static func affiliatedRun(_ table: LineTable, from start: Int) -> LayoutByline? {
        var names: [String] = []
        var i = start
        var end = start
        while i < min(table.count, start + maxRunLines) {
            switch table.affiliatedLine(i) {
            case .skipped: i += 1; continue
            case .other: break
            case .name(let name, let institution, let restIsNoName):
                guard institution || !names.isEmpty && restIsNoName else { break }
                names.append(name)
                i += 1
                end = i
                continue
            }
            break
        }
        return names.count >= 2 ? LayoutByline(start: start, end: end, names: names) : nil
    }

    /// What a "Name, Affiliation" byline reads on one line.
    enum AffiliatedLine {
        /// An empty line or an e-mail line: skipped.
        case skipped
        /// A name before the line's first comma; whether the rest names an institution, and whether the rest
        /// (trimmed) is no name itself.
        case name(String, institution: Bool, restIsNoName: Bool)
        /// Anything else: the byline ends here.
        case other

        /// The reading of `line`, its name read through `printed` when a line table gives it.
        init(_ line: String, printed: PrintedNames? = nil) {
            if line.isEmpty || LayoutBylines.isContactLine(line) { self = .skipped; return }
            if let name = LayoutBylines.nameBeforeInstitution(line, printed: printed) {
                self = .name(name, institution: true, restIsNoName: true); return
            }
            // A line without a comma byte has no "Name, Affiliation" cut.
            guard line.utf8.contains(UInt8(ascii: ",")), let parts = Optional(line.split(separator: ",", maxSplits: 1)), parts.count == 2,
                  let name = PrintedNames.cleaned(PrintedNames.marked(String(parts[0]), in: printed), in: printed) else {
                self = .other; return
            }
            let institution = TextByline.isAffiliation(line: String(parts[1]))
            self = .name(name, institution: institution,
                         restIsNoName: !institution && TextByline.clean(String(parts[1]).trimmingSpaces) == nil)
        }
    }

    /// The name opening a "Name Institution" line, as OJS prints each author ("Os Keyes University of Washington,
    /// Department of … https://orcid.org/…"): two to four words before an institution word that names its place
    /// ("University of", "Institute for") or on a line with the author's ORCID link; nil otherwise.
    static func nameBeforeInstitution(_ line: String, printed: PrintedNames? = nil) -> String? {
        guard line.utf8.count <= 400 else { return nil }
        let words = line.split(separator: " ", maxSplits: 6)
        guard words.count >= 4 else { return nil }
        let orcid = line.containsBytes("orcid.org/")
        for k in 2...min(4, words.count - 2) {
            let word = String(words[k]).trimmingCharacters(",")
            guard word.first?.isUppercase == true, ArticleTextTables.affiliationWords.contains(word.lowercased()) else { continue }
            guard orcid || institutionLinks.contains(words[k + 1].lowercased()) else { return nil }
            let name = words[..<k].joined(separator: " ")
            guard !name.contains(",") else { return nil }
            return PrintedNames.cleaned(PrintedNames.marked(name, in: printed), in: printed)
        }
        return nil
    }

    /// Words that join an institution word to what it belongs to ("University of", "Institut für").
    static let institutionLinks: Set<String> = ["of", "for", "de", "du", "des", "di", "für", "der", "do", "da"]

    /// An e-mail line under a name: "name@host", "name [at] host".
    static func isContactLine(_ line: String) -> Bool {
        line.utf8.count <= 80 && (line.utf8.contains(UInt8(ascii: "@")) && line.contains("@") || line.containsBytes(" [at] ")
            || line.containsBytes("(at)"))
    }
}
