import BibModel

/// Canonical person names: markers removed, "et al." turned into `authorsTruncated`, given names trimmed,
/// ALL-CAPS names title-cased (only when the whole name is upper case), affiliations folded.
enum Names {
    /// Words that stand for "and others" in an author list.
    static let etAl: Set<String> = ["et al", "et al.", "et. al.", "others", "and others", "et al.,", "…", "..."]
    static let etAlLongest = etAl.map(\.utf8.count).max() ?? 0

    static func authors(_ people: [Person]) -> (people: [Person], truncated: Bool) {
        var out: [Person] = []
        var truncated = false
        for p in people {
            let (clean, dropsOthers) = person(p)
            if dropsOthers { truncated = true }
            if let clean { out.append(clean) }
        }
        return (out, truncated)
    }

    /// The cleaned person, or `nil` when nothing of a name is left; the flag says "et al." was seen.
    static func person(_ p: Person) -> (Person?, Bool) {
        var q = p
        var truncated = false
        func cleanPart(_ s: String?) -> String? {
            guard var v = s.map(Person.stripMarkers), !v.isEmpty else { return nil }
            // Every "et al." form is short: longer values are names (no lower-casing or hashing of them).
            for tail in [" et al.", " et al"] where v.utf8.count >= tail.utf8.count && v.suffix(tail.count + 1).lowercased().hasSuffix(tail) {
                v = String(v.dropLast(tail.count)).trimmingSpaces; truncated = true
            }
            if v.utf8.count <= etAlLongest, etAl.contains(v.lowercased()) { truncated = true; return nil }
            return v.isEmpty ? nil : v
        }
        q.family = cleanPart(q.family)
        q.given = cleanPart(q.given)
        q.particle = cleanPart(q.particle)
        q.suffix = cleanPart(q.suffix)
        // Organisation names keep their digits ("3M Company"): only spacing is folded.
        q.literal = q.literal.map(\.collapsingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        if q.family == nil, q.literal == nil, let g = q.given { q.family = g; q.given = nil }
        guard q.family != nil || q.literal != nil else { return (nil, truncated) }
        if isAllCaps(q) {
            q.family = q.family.map(titleCased)
            q.given = q.given.map(titleCasedGiven)
        }
        var seen: Set<String> = []
        q.affiliations = q.affiliations.map(\.collapsingSpaces).filter { !$0.isEmpty && seen.insert($0).inserted }
        return (q, truncated)
    }

    /// Whether every letter of the family and given names is upper case ("RILEY, FLEUR"), and the
    /// family name is longer than an initial.
    static func isAllCaps(_ p: Person) -> Bool {
        let letters = ((p.family ?? "") + (p.given ?? "")).filter(\.isLetter)
        guard (p.family ?? "").filter(\.isLetter).count > 1 else { return false }
        return !letters.isEmpty && letters.allSatisfy { $0.isUppercase } && letters.contains { $0.isCased }
    }

    /// "MCDONALD-SMITH" → "Mcdonald-Smith", "O'BRIEN" → "O'Brien": capital after a space, hyphen or apostrophe.
    static func titleCased(_ s: String) -> String {
        var out = ""
        var capitalNext = true
        for ch in s.lowercased() {
            out += capitalNext ? ch.uppercased() : String(ch)
            capitalNext = ch == " " || ch == "-" || ch == "'" || ch == "\u{2019}"
        }
        return out
    }

    /// Given names are title-cased word by word, but initials ("JA", "J.") stay as printed.
    static func titleCasedGiven(_ s: String) -> String {
        s.split(separator: " ").map { w in
            w.filter(\.isLetter).count <= 2 ? String(w) : titleCased(String(w))
        }.joined(separator: " ")
    }
}
