import BibModel
import Testing
@testable import BibExport

/// Person names in BibTeX and CSL.
@Suite struct NameTests {
    @Test func particlesAndSuffixesUseVonLastJrFirst() {
        let p = Person(family: "Doorn", given: "Leen", particle: "van", suffix: "Jr.")
        #expect(BibTeXNames.format(p, encoding: .utf8) == "van Doorn, Jr., Leen")
        #expect(BibTeXNames.format(Person(family: "Fuente", given: "Ana", particle: "de la"), encoding: .utf8) == "de la Fuente, Ana")
        #expect(BibTeXNames.format(Person(family: "Smith", suffix: "III"), encoding: .utf8) == "Smith, III, {}")
    }

    @Test func organisationsAndOddFamilyNamesAreBraced() {
        #expect(BibTeXNames.format(Person(literal: "World Health Organization"), encoding: .utf8) == "{World Health Organization}")
        #expect(BibTeXNames.format(Person(family: "bell hooks"), encoding: .utf8) == "{bell hooks}")
        #expect(BibTeXNames.format(Person(family: "Marks and Spencer"), encoding: .utf8) == "{Marks and Spencer}")
        #expect(BibTeXNames.format(Person(family: "Dürsteler", given: "Jörg"), encoding: .ascii) == #"D\"{u}rsteler, J\"{o}rg"#)
    }

    @Test func etAlBecomesOthersNeverAnAuthor() throws {
        var record = Support.riley()
        record.authors.append(Person(literal: "et al."))
        let (clean, notes) = RecordSanitizer.sanitize(record)
        #expect(clean.authors.count == 2 && clean.authorsTruncated)
        #expect(notes == [#"author "et al." is not a name; the author list is marked as truncated"#])
        let text = try #require(BibWriter.entry(for: clean, key: "k", format: .bibtex)?.text)
        #expect(Support.line("author", in: text) == "author = {Riley, Fleur and Smith, J. A. and others},")

        var onlyEtAl = Support.riley()
        onlyEtAl.authors = [Person(family: "al.", given: "et")]
        let bare = try #require(BibWriter.entry(for: RecordSanitizer.sanitize(onlyEtAl).record, key: "k", format: .bibtex)?.text)
        #expect(Support.line("author", in: bare) == nil)
    }

    @Test func cslNamesCarryParticleSuffixOrLiteral() {
        #expect(CSLJSON.name(Person(family: "Doorn", given: "Leen", particle: "van", suffix: "Jr.")).serialized(pretty: false)
            == #"{"family":"van Doorn","given":"Leen","suffix":"Jr."}"#)
        #expect(CSLJSON.name(Person(literal: "World Health Organization")).serialized(pretty: false)
            == #"{"literal":"World Health Organization"}"#)
    }
}
