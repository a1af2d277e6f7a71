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
    /// The byline starting at line `i`, if one does.
    static func byline(at i: Int, in lines: [String]) -> LayoutByline? {
        var line = lines[i]
        if line.hasPrefix("By ") || line.hasPrefix("by ") { line = String(line.dropFirst(3)) }
        guard !line.isEmpty, line.utf8.count <= 600 else { return nil }
        if let names = TextByline.names(inLine: line) { return LayoutByline(start: i, end: i + 1, names: names) }
        if let run = affiliatedRun(lines, from: i) { return run }
        if let names = affiliatedNames(inLine: line) { return LayoutByline(start: i, end: i + 1, names: names) }
        if let run = TextByline.names(inRun: lines, from: i, limit: min(lines.count, i + maxRunLines), minimum: 1) {
            return LayoutByline(start: i, end: run.end, names: run.names)
        }
        return nil
    }

    /// How far a one-name-per-line byline may run (names with their detail lines).
    static let maxRunLines = 400

    /// "Ann Lee, University of X; Bo Chen and Di Wu, Red Hat": groups split at semicolons, each the names
    /// before its first comma and an affiliation after it; at least one affiliation names an institution.
    static func affiliatedNames(inLine line: String) -> [String]? {
        guard line.utf8.contains(UInt8(ascii: ",")), line.contains(",") else { return nil }
        var names: [String] = []
        var institution = false
        // The groups are read in order and the reading stops at the first that is not names and an affiliation.
        let complete = TextByline.forEachPiece(of: line[...], separatedBy: { $0 == ";" }) { group in
            let parts = group.split(separator: ",", maxSplits: 1)
            guard parts.count == 2 else { return false }
            let affiliation = String(parts[1]).trimmingSpaces
            guard !affiliation.isEmpty else { return false }
            let printed = TextByline.splitAtAnd(parts[0]).flatMap { piece in
                piece.utf8.contains(UInt8(ascii: "&")) ? piece.split(separator: "&") : [piece]
            }
            let cleaned = printed.compactMap { TextByline.clean(MarkedName(String($0)).name) }
            guard !cleaned.isEmpty, cleaned.count == printed.count else { return false }
            names += cleaned
            if TextByline.isAffiliation(affiliation.lowercased()) { institution = true }
            return true
        }
        return complete && institution ? names : nil
    }

    /// One "Name, Affiliation" line per author, with e-mail lines between ("victoria [at] zooniverse.org").
    static func affiliatedRun(_ lines: [String], from start: Int) -> LayoutByline? {
        var names: [String] = []
        var i = start
        var end = start
        while i < min(lines.count, start + maxRunLines) {
            let line = lines[i]
            if line.isEmpty || isContactLine(line) { i += 1; continue }
            // A line without a comma byte has no "Name, Affiliation" cut.
            guard line.utf8.contains(UInt8(ascii: ",")), let parts = Optional(line.split(separator: ",", maxSplits: 1)), parts.count == 2,
                  let name = TextByline.clean(MarkedName(String(parts[0])).name),
                  TextByline.isAffiliation(parts[1].lowercased()) || !names.isEmpty && TextByline.clean(String(parts[1]).trimmingSpaces) == nil
            else { break }
            names.append(name)
            i += 1
            end = i
        }
        return names.count >= 2 ? LayoutByline(start: start, end: end, names: names) : nil
    }

    /// An e-mail line under a name: "name@host", "name [at] host".
    static func isContactLine(_ line: String) -> Bool {
        line.utf8.count <= 80 && (line.utf8.contains(UInt8(ascii: "@")) && line.contains("@") || line.containsBytes(" [at] ")
            || line.containsBytes("(at)"))
    }
}
