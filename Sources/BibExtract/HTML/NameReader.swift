import Foundation
import BibModel

/// Turns the author strings pages give into `Person`s (family/given), one name or a joined list.
public enum NameReader {
    /// Flemish/Dutch particles written with a capital that belong to the family name ("Vande Walle").
    static let capitalParticles: Set<String> = ["vande", "vander", "vanden", "van", "von", "de", "del", "della", "di", "da", "le", "la"]

    /// One person from one name string; `nil` when the text holds no name.
    public static func person(_ raw: String) -> Person? {
        guard let cleaned = TextCleaner.clean(raw) else { return nil }
        let clean = Person.droppingPostNominals(cleaned)
        if let han = NameConventions.hanName(clean) { return han }
        return capitalParticleName(clean) ?? Person.parse(clean)
    }

    /// "Lieselotte Vande Walle": a given-first name whose capitalised particle before the last word joins the
    /// family name; nil for any other name.
    static func capitalParticleName(_ name: String) -> Person? {
        guard !name.utf8.contains(0x2C) else { return nil }
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 3, capitalParticles.contains(words[words.count - 2].lowercased()),
              words[words.count - 2].first?.isUppercase == true,
              !words.dropLast(2).contains(where: { capitalParticles.contains($0.lowercased()) }) else { return nil }
        let family = words.suffix(2).joined(separator: " ")
        return Person.parse("\(family), \(words.dropLast(2).joined(separator: " "))")
    }

    /// The persons of a list of name strings, read under the list's own convention (capital family names).
    public static func persons(_ names: [String]) -> [Person] {
        let cleaned = names.compactMap { TextCleaner.clean($0) }
        if NameConventions.capitalFamilies(cleaned) { return cleaned.compactMap(NameConventions.capitalFamilyPerson) }
        return cleaned.compactMap { person($0) }
    }

    /// A list printed as one string: "A. Smith, B. Jones and C. Brown" or "Smith, A.; Jones, B.".
    public static func people(_ raw: String) -> [Person] {
        guard let clean = TextCleaner.clean(raw) else { return [] }
        let parts: [String]
        if clean.utf8.contains(0x3B) {
            parts = clean.split(separator: ";").map(String.init)
        } else {
            parts = clean.replacingOccurrencesOfAnd.split(separator: ",").map(String.init)
        }
        return persons(parts)
    }
}

extension String {
    var replacingOccurrencesOfAnd: String {
        var s = self
        for sep in [", and ", " and ", " & "] {
            while let r = s.range(of: sep) { s.replaceSubrange(r, with: ", ") }
        }
        return s
    }
}
