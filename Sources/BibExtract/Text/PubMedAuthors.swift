import BibModel

/// The author part of a PubMed text dump, between the title and the abstract.
///
/// Two forms occur: the full list "Fleur Riley 1, Magdalena Harris 2, Hannah Louise Poulter 3" (given name
/// first, affiliation numbers after each name) followed by numbered affiliations, and the short byline
/// "Fleur Riley et al. Harm Reduct J. ." that names only the first author. The full list wins.
enum PubMedAuthors {
    static func read(_ lines: [String], _ range: Range<Int>, title: String, into r: inout Record) {
        let region = range.clamped(to: 0..<lines.count)
        var fullList: (people: [Person], markers: [[String]])? = nil
        var byline: (person: Person, truncated: Bool, journal: String?)? = nil
        for line in lines[region] where !line.isEmpty && line != title {
            if fullList == nil, let list = fullAuthorList(line) { fullList = list; continue }
            if byline == nil, let b = shortByline(line) { byline = b }
        }
        if var list = fullList {
            list.people.attach(affiliations: affiliations(lines, region), markers: list.markers)
            r.authors = list.people
            r.note(.author, "pubmed-text:author-list")
        } else if let b = byline {
            r.authors = [b.person]
            r.authorsTruncated = b.truncated
            r.note(.author, "pubmed-text:byline")
        }
        if let j = byline?.journal, r.containerTitleShort == nil {
            r.containerTitleShort = j
            r.note(.containerTitleShort, "pubmed-text:byline")
        }
    }

    /// "Name 1, Name 2 3, Name 1": every comma-separated part is a given-first name, and at least one
    /// carries an affiliation number (a title or a sentence never reads this way).
    static func fullAuthorList(_ line: String) -> (people: [Person], markers: [[String]])? {
        guard !line.contains(" et al") else { return nil }
        let parts = markedParts(line)
        guard !parts.isEmpty else { return nil }
        guard parts.contains(where: { !$0.markers.isEmpty }) || parts.count >= 2 else { return nil }
        guard parts.allSatisfy({ looksLikeName($0.name) }) else { return nil }
        // A two-part line without markers could be "Durham, UK": require markers or three names.
        if parts.allSatisfy({ $0.markers.isEmpty }) && parts.count < 3 { return nil }
        let people = parts.compactMap { Person.parse($0.name, order: .givenFirst) }
        guard people.count == parts.count else { return nil }
        return (people, parts.map(\.markers))
    }

    /// The comma- (and "and"-) separated names of a list line with their markers. PMC puts the markers after
    /// the comma ("Fiona Harrowgate,1 Daniel Okonjo,2 and Priscila Vasconcelos-Lima1,3"): digits that open
    /// a part belong to the name before it, and a part of markers only adds to it.
    static func markedParts(_ line: String) -> [MarkedName] {
        var out: [MarkedName] = []
        for piece in line.split(separator: ",").flatMap({ $0.split(separator: " and ") }) {
            let trimmed = piece.drop { $0 == " " }
            let lead = trimmed.prefix { $0.isASCII && $0.isNumber }
            var m = MarkedName(String(trimmed.dropFirst(lead.count)))
            if !lead.isEmpty, !out.isEmpty {
                out[out.count - 1].markers.append(String(lead))
            } else if !lead.isEmpty {
                m.markers.insert(String(lead), at: 0)
            }
            if m.name.isEmpty {
                if !out.isEmpty { out[out.count - 1].markers += m.markers }
                continue
            }
            out.append(m)
        }
        return out
    }

    /// "Fleur Riley et al. Harm Reduct J. ." or "Fleur Riley. Harm Reduct J. 2023." (a sole author).
    static func shortByline(_ line: String) -> (person: Person, truncated: Bool, journal: String?)? {
        let namePart: Substring
        let rest: Substring
        var truncated = false
        if let r = line.firstRange(of: " et al.") {
            namePart = line[..<r.lowerBound]; rest = line[r.upperBound...]; truncated = true
        } else if let r = line.firstRange(of: ". ") {
            namePart = line[..<r.lowerBound]; rest = line[r.upperBound...]
        } else {
            return nil
        }
        let name = String(namePart).trimmingCharacters(",")
        guard !name.contains(","), looksLikeName(name), let person = Person.parse(name, order: .givenFirst) else {
            return nil
        }
        // The journal abbreviation runs to the next ". " (or the final "."), as in "Harm Reduct J. ."
        var journalText = rest.drop { $0 == " " }
        if let end = journalText.firstRange(of: ". ") { journalText = journalText[..<end.lowerBound] }
        let journal = String(journalText).trimmingCharacters(". ")
        let isJournal = !journal.isEmpty && journal.first?.isLetter == true && journal.count <= 100
            && PartialDate.parse(journal) == nil
        return (person, truncated, isJournal ? journal : nil)
    }

    /// Numbered affiliation lines after an "Affiliations" heading ("1 Department of …, Durham, UK.").
    static func affiliations(_ lines: [String], _ region: Range<Int>) -> [String: String] {
        var out: [String: String] = [:]
        var inList = false
        for line in lines[region] {
            let lower = line.lowercased()
            if lower == "affiliations" || lower == "affiliation" { inList = true; continue }
            guard inList, !line.isEmpty else { continue }
            if let n = NumberedLine.split(line) { out[n.number] = n.text }
            else if lower != "expand" && lower != "collapse" && !out.isEmpty { inList = false }
        }
        return out
    }

    /// The most words and characters a name has.
    static let maxNameWords = 6
    static let maxNameLength = 60

    /// Two to six words, each capitalised (or an initial, a particle, a hyphenated part): a person's name.
    static func looksLikeName(_ s: String) -> Bool {
        if let ascii = ASCIINameShape.looksLikeName(s) { return ascii }
        let words = s.split(separator: " ")
        guard (2...maxNameWords).contains(words.count), s.count <= maxNameLength else { return false }
        return words.allSatisfy { w in
            guard let first = w.first else { return false }
            if Person.particles.contains(w.lowercased()) { return true }
            // Elided particles glued to the family name: "d’Uscio", "D'Angelo", "dell'Orto".
            if let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
               ASCIINameShape.elidedParticles.contains(w[..<apostrophe].lowercased()),
               w[w.index(after: apostrophe)...].first?.isUppercase == true { return true }
            return first.isUppercase && w.allSatisfy { $0.isLetter || "-'.\u{2019}".contains($0) }
        }
    }
}
