import Testing
import BibModel
@testable import BibExtract

/// The stated contradiction rule of `FieldResolver` and the validators it applies first.
struct HtmlResolverTests {
    @Test func agreementOfLayersBeatsRank() {
        let cs = [Candidate(.title, "A lying title", layer: .highwire, rule: "meta:citation_title"),
                  Candidate(.title, "The Real Title", layer: .jsonLD, rule: "jsonld:headline"),
                  Candidate(.title, "The real title.", layer: .visible, rule: "visible://h1")]
        #expect(FieldResolver.resolve(.title, cs)?.rule == "jsonld:headline")
    }

    @Test func rankBreaksTies() {
        let cs = [Candidate(.volume, "12", layer: .visible, rule: "visible:x"),
                  Candidate(.volume, "13", layer: .highwire, rule: "meta:citation_volume")]
        #expect(FieldResolver.resolve(.volume, cs)?.value == "13")
    }

    @Test func weakValuesOnlyFillGaps() {
        let description = Candidate(.abstract, String(repeating: "teaser words ", count: 10), layer: .openGraph,
                                    rule: "meta:description", weak: true)
        let section = Candidate(.abstract, String(repeating: "real abstract ", count: 10), layer: .visible, rule: "visible:abs")
        #expect(FieldResolver.resolve(.abstract, [description, section])?.rule == "visible:abs")
        #expect(FieldResolver.resolve(.abstract, [description])?.rule == "meta:description")
    }

    @Test func invalidValuesAreDropped() {
        let cs = [Candidate(.doi, "https://hal.science/jpa-00235190/document", layer: .dublinCore, rule: "meta:dc.identifier"),
                  Candidate(.journalShort, "1", layer: .highwire, rule: "meta:citation_journal_abbrev"),
                  Candidate(.date, "", layer: .highwire, rule: "meta:citation_date"),
                  Candidate(.volume, "", layer: .highwire, rule: "meta:citation_volume")]
        #expect(FieldResolver.resolve(.doi, cs) == nil)
        #expect(FieldResolver.resolve(.journalShort, cs) == nil)
        #expect(FieldResolver.resolve(.date, cs) == nil)
        #expect(FieldResolver.resolve(.volume, cs) == nil)
    }

    @Test func datesAgreeByYear() {
        let cs = [Candidate(.date, "2020/09/10", layer: .highwire, rule: "meta:citation_date"),
                  Candidate(.date, "2020-10-01", layer: .dublinCore, rule: "meta:dc.date.issued"),
                  Candidate(.date, "2019", layer: .text, rule: "text:x")]
        #expect(FieldResolver.resolve(.date, cs)?.rule == "meta:citation_date")
    }

    @Test func authorListsResolveAsWholes() throws {
        let cs = [Candidate(.author, "Smith, Jane", layer: .dublinCore, rule: "meta:dc.creator"),
                  Candidate(.author, "Jane Smith", layer: .highwire, rule: "meta:citation_author"),
                  Candidate(.author, "Ahmed Khan", layer: .highwire, rule: "meta:citation_author"),
                  Candidate(.author, "Reviewing Editor", layer: .dublinCore, rule: "meta:dc.contributor", weak: true)]
        let a = try #require(FieldResolver.authors(cs))
        #expect(a.rule == "meta:citation_author")
        #expect(a.people.map(\.family) == ["Smith", "Khan"])
    }

    @Test func namesWithCapitalParticlesAndJoinedLists() {
        #expect(NameReader.person("Lieselotte Vande Walle")?.family == "Vande Walle")
        #expect(NameReader.people("A. Smith, B. Jones and C. Brown").map(\.family) == ["Smith", "Jones", "Brown"])
        #expect(NameReader.people("Smith, A.; Jones, B.").map(\.family) == ["Smith", "Jones"])
    }

    @Test func textCleanerDecodesOnceAndTwiceEscapedEntities() {
        #expect(TextCleaner.clean("a &amp;ndash; b &#x2013; c&nbsp;d") == "a – b – c d")
        #expect(TextCleaner.clean("H<sub>2</sub>O in <i>vivo</i>") == "H2O in vivo")
        #expect(TextCleaner.clean("x < y and 3<4") == "x < y and 3<4")
        #expect(TextCleaner.clean(" \u{00A0} ") == nil)
    }
}
