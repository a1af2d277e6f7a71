import BibModel

/// What a plausible value of each slot looks like; candidates that fail are dropped before resolution
/// (a PDF URL in dc.identifier, a journal abbreviation "1", a year 0, an empty volume).
public enum SlotValidator {
    /// Largest plausible length per slot.
    static let maxLength: [Slot: Int] = [
        .title: 1000, .author: 200, .authorList: 20_000, .doi: 300, .date: 80, .onlineDate: 80, .journal: 300,
        .journalShort: 120, .conference: 300, .volume: 20, .issue: 20, .firstPage: 20, .lastPage: 20, .pages: 30,
        .articleNumber: 30, .abstract: 20_000, .pmid: 10, .pmcid: 16, .issn: 20, .publisher: 300,
    ]

    public static func accepts(_ c: Candidate) -> Bool {
        let v = c.value
        if let max = maxLength[c.slot], longer(v, than: max) { return false }
        switch c.slot {
        case .doi: return DOI.parse(v) != nil
        case .date, .onlineDate:
            guard let d = PartialDate.parse(v) else { return false }
            return d.year >= 1500 && d.year <= 2100
        case .volume, .issue, .firstPage, .lastPage, .pages, .articleNumber:
            return v.contains(where: \.isNumber)
        case .journal, .journalShort, .conference:
            return v.contains(where: \.isLetter)
        case .pmid: return v.allSatisfy(\.isNumber)
        case .title: return v.contains(where: \.isLetter)
        case .abstract: return longer(v, than: 39)
        case .author: return v.contains(where: \.isLetter) && !v.utf8.contains(0x40) && !v.prefix(5).lowercasedScalars.hasPrefix("http")
        default: return true
        }
    }

    /// Whether `v` has more than `n` characters, counting no further than needed (a character is at least
    /// one UTF-8 byte, so a short byte count settles it at once).
    static func longer(_ v: String, than n: Int) -> Bool {
        v.utf8.count > n && !v.dropFirst(n).isEmpty
    }
}
