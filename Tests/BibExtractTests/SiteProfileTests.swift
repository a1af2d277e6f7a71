import Testing
import BibModel
@testable import BibExtract

/// Site families without a corpus page, on the hand-made fixtures in fixtures/sites (see NOTES.md there).
struct SiteProfileTests {
    @Test func arxivAbstractPage() throws {
        let r = try Fixtures.record("sites/arxiv_abs.html")
        #expect(try Fixtures.extractor("sites/arxiv_abs.html") == "arxiv-html")
        #expect(r.type == .preprint)
        #expect(r.arxiv == "2101.00001")
        #expect(r.doi == "10.1002/rsa.99999")
        #expect(r.authorKeys == ["Okafor, C", "Lindqvist, M"])
        #expect(r.issued == PartialDate(year: 2021, month: 1, day: 4))
        #expect(r.abstract?.hasPrefix("We study sparse widgets") == true)
    }

    @Test func biorxivPreprint() throws {
        let r = try Fixtures.record("sites/biorxiv_preprint.html")
        #expect(r.type == .preprint)
        #expect(r.containerTitle == "bioRxiv")
        #expect(r.authorKeys == ["Ruiz, A", "de la Fuente, T"])
        #expect(r.abstract?.hasPrefix("Sleep in Drosophila") == true)
    }

    @Test func researchSquarePreprint() throws {
        let r = try Fixtures.record("sites/researchsquare_preprint.html")
        #expect(r.type == .preprint)
        #expect(r.doi == "10.21203/rs.3.rs-123456/v1")
        #expect(r.containerTitle == nil)
    }

    @Test func pmcIdentifiersFromLabels() throws {
        let r = try Fixtures.record("sites/pmc_article.html")
        #expect(try Fixtures.extractor("sites/pmc_article.html") == "pmc")
        #expect(r.pmcid == "PMC7654321")
        #expect(r.pmid == "31690000")
        #expect(r.issued == PartialDate(year: 2019, month: 11, day: 5))
        #expect(r.page == "512")
    }

    @Test func wileyAbstractAndDates() throws {
        let r = try Fixtures.record("sites/wiley_abstract.html")
        #expect(try Fixtures.extractor("sites/wiley_abstract.html") == "wiley")
        #expect(r.abstract?.hasPrefix("Cold atmospheric plasmas") == true)
        #expect(r.issued?.year == 2018 && r.issued?.month == 6)
        #expect(r.availableOnline == PartialDate(year: 2018, month: 3, day: 20))
        #expect(r.number == "1700200")
    }

    @Test func eprintsRecord() throws {
        let r = try Fixtures.record("sites/eprints_record.html")
        #expect(r.authorKeys == ["Whitfield, R", "Osei, K"])
        #expect(r.issued == PartialDate(year: 1998))
        #expect(r.page == "101-118")
        #expect(r.doi == "10.9999/jcr.1998.12.3.101")
        #expect(r.containerTitle == "Journal of Coastal Records")
    }

    @Test func platformProfilesComeAfterPublisherProfiles() throws {
        #expect(try Fixtures.extractor("corpus/WILEY_andp.19263851302.html") == "wiley")
        #expect(try Fixtures.extractor("corpus/ACS_nl2028766.html") == "atypon")
    }
}
