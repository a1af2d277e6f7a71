import BibModel

/// One author reduced for comparison: the last word of the folded family name (compound and
/// particle-laden names differ most at the front: "Macedo Barcelos" / "Barcelos", "van der Graaf" /
/// "Van Graaf"), every family word, the given-name initials and every name word (for lists in which a
/// database swapped family and given names). A class, so that comparing two lists passes references;
/// the letter count and particle test that every comparison reads are computed once.
final class AuthorKey: Sendable {
    let family: String
    let familyWords: [String]
    let initials: String
    /// Letters in `family` (characters, not bytes).
    let familyLength: Int
    /// `family` is a particle ("van", "de") taken for the family name.
    let familyIsParticle: Bool
    let nameWords: [String]
    /// The family words of three letters or more, the ones loose agreement reads.
    let looseFamilyWords: [String]
    /// Folded given-name words: a double surname written without a comma leaves its first part here
    /// ("Fernando Berzal Galiano").
    let givenWords: [String]
    /// A group author ("ASCUS-LSIL Triage Study Group"), not a person.
    let isGroup: Bool
    /// The given names spell a degree ("M D", "PhD"): they may be initials or a degree read as initials.
    let initialsMayBeDegree: Bool

    /// A lone word without given names: a given name a database split off as an author of its own
    /// ("Smith", "John", "Doe, J"), or a particle cut from its family name.
    var isFragment: Bool { initials.isEmpty && familyWords.count == 1 && !isGroup }

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
    static let groupWords: Set<String> = ["group", "study", "studies", "consortium", "collaboration", "collaborative",
                                          "committee", "trial", "trialists", "investigators", "network", "society",
                                          "association", "team", "working", "task", "force", "panel", "council", "corporate",
                                          "university", "univ", "institute", "department", "laboratory", "center", "centre",
                                          "inc", "ltd", "corporation", "organization", "organisation"]

    init?(_ person: Person) {
        let raw = person.family.map { [person.particle, $0].compactMap { $0 }.joined(separator: " ") } ?? person.literal ?? ""
        let words = TextFolding.words(raw, keepWildcard: true).filter { !Self.suffixes.contains($0) && $0 != "?" }
        guard let last = words.last else { return nil }
        let given = person.given.map { TextFolding.words($0, keepWildcard: true) } ?? []
        family = last
        familyWords = words
        initials = String(given.compactMap(\.first).filter { $0 != "?" })
        familyLength = last.count
        familyIsParticle = Person.particles.contains(last)
        nameWords = (words + given).filter { $0.count >= 3 }
        // Usually every family word is long enough: then the list shares `words`' storage.
        looseFamilyWords = words.allSatisfy { $0.count >= 3 } ? words : words.filter { $0.count >= 3 }
        givenWords = given
        // "Smith, M. D." and "Smith MD": the degree a database read as the initials M D.
        let letters = given.allSatisfy { $0.count == 1 } ? given.joined() : given.count == 1 ? given[0] : ""
        initialsMayBeDegree = Person.postNominals.contains(letters.uppercased())
        isGroup = (words + given).contains(where: Self.groupWords.contains) || (person.literal != nil && person.family == nil)
    }

    /// Same person as far as two bibliographic databases can tell: family names agree (allowing one
    /// typo, `?` wildcards, a compound name cut to one part or split between given and family name) and
    /// the initials do not contradict.
    func agrees(with other: AuthorKey) -> Bool {
        // Family and given names in swapped order ("Chen Qun" / "Qun Chen").
        if family != other.family, other.nameWords.contains(family), nameWords.contains(other.family) { return true }
        // A particle taken for the family name and the family name for a given name ("Van, Royen P" / "Van Royen, P").
        if other.familyIsParticle, other.givenWords.first == family, familyWords.contains(other.family) { return true }
        if familyIsParticle, givenWords.first == other.family, other.familyWords.contains(family) { return true }
        guard initialsAgree(other) else { return false }
        if EditDistance.namesAgree(family, other.family) { return true }
        if familyWords.count > 1 || other.familyWords.count > 1 {
            return familyWords.contains { w in other.familyWords.contains { EditDistance.namesAgree(w, $0) && w.count >= 4 } }
        }
        // A typo in a short family name, when the full given names are the same ("Jihwang Yeo" / "Jihwang Yoo").
        if givenWords == other.givenWords, givenWords.joined().count >= 4, EditDistance.atMostOne(family, other.family) { return true }
        if familyLength >= 4 && other.givenWords.dropFirst().contains(family)
            || other.familyLength >= 4 && givenWords.dropFirst().contains(other.family) { return true }
        let (s, l) = familyLength <= other.familyLength ? (self, other) : (other, self)
        return s.familyLength >= 3 && l.family.hasPrefix(s.family) && l.familyLength - s.familyLength <= 2
    }

    /// Initials agree when either is unknown or they share a letter ("R M" and "M"; "Z Meral" and "Meral").
    func initialsAgree(_ other: AuthorKey) -> Bool {
        if initials.isEmpty || other.initials.isEmpty || initialsMayBeDegree || other.initialsMayBeDegree { return true }
        return initials.contains { other.initials.contains($0) }
    }

    /// Loose agreement for lists where a database swapped name parts: a family name appears among the
    /// other author's name words.
    func looselyAgrees(with other: AuthorKey) -> Bool {
        looseFamilyWords.contains { w in other.nameWords.contains { EditDistance.namesAgree(w, $0) } }
            || other.looseFamilyWords.contains { w in nameWords.contains { EditDistance.namesAgree(w, $0) } }
    }
}
