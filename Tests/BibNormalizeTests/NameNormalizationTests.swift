import BibModel
import Testing
@testable import BibNormalize

/// Person names: markers, "et al.", capitals, empty parts.
@Suite struct NameNormalizationTests {
    @Test(arguments: [
        (Person(family: "Riley1", given: "Fleur*"), Person(family: "Riley", given: "Fleur")),
        (Person(family: " Moore ", given: "Helen J. [3 ]"), Person(family: "Moore", given: "Helen J.")),
        (Person(family: "RILEY", given: "FLEUR"), Person(family: "Riley", given: "Fleur")),
        (Person(family: "O'BRIEN-SMITH", given: "MARY JA"), Person(family: "O'Brien-Smith", given: "Mary JA")),
        (Person(family: "Perry", given: "PD"), Person(family: "Perry", given: "PD")),
        (Person(family: "WHO", given: nil), Person(family: "Who", given: nil)),
        (Person(family: nil, given: "Plato"), Person(family: "Plato", given: nil)),
        (Person(family: "Riley", given: "Fleur et al."), Person(family: "Riley", given: "Fleur")),
    ])
    func cleansOneName(_ c: (Person, Person)) {
        #expect(Names.person(c.0).0 == c.1)
    }

    @Test func organisationsKeepTheirDigits() {
        #expect(Names.person(Person(literal: " 3M  Company ")).0 == Person(literal: "3M Company"))
    }

    @Test func etAlBecomesTruncation() {
        var r = Record(authors: [Person(family: "Riley", given: "Fleur"), Person(family: "et al.")])
        r = Normalizer.normalize(r)
        #expect(r.authors == [Person(family: "Riley", given: "Fleur")])
        #expect(r.authorsTruncated)
    }

    @Test func affiliationsAreFoldedAndDeduplicated() {
        let p = Person(family: "Riley", given: "Fleur", affiliations: ["Durham  University", "Durham University", " "])
        #expect(Names.person(p).0?.affiliations == ["Durham University"])
    }
}
