import Testing
import BibModel
import BibParse
@testable import BibExtract

/// Site families without a corpus page, on the hand-made fixtures in fixtures/sites (see NOTES.md there).
struct SiteProfileTests {
    /// A host-name marker counts in the document head only: an article page of one site linking, near the top of
    /// its body, to another site's article is not that other site's page. Other markers count anywhere near the top.
    @Test func hostMarkersCountInTheDocumentHeadOnly() throws {
        func page(head: String, body: String) throws -> Page {
            try Page.load(bytes: Array("<html><head><title>T</title>\(head)</head><body>\(body)</body></html>".utf8))
        }
        let linking = try page(head: #"<link rel="canonical" href="https://example.org/a/1">"#,
                               body: #"<p>Compare <a href="https://onlinelibrary.wiley.com/doi/10.1002/x">this</a>.</p>"#)
        #expect(!SiteProfile.wiley.matches(linking))
        let own = try page(head: #"<link rel="canonical" href="https://onlinelibrary.wiley.com/doi/10.1002/x">"#, body: "<p>x</p>")
        #expect(SiteProfile.wiley.matches(own))
        let ojs = try page(head: "", body: #"<div class="pkp_structure_page">x</div>"#)
        #expect(SiteProfile.ojs.matches(ojs))
        #expect(SiteProfile.isHostLike("jstor.org/stable") && SiteProfile.isHostLike("pure."))
        #expect(!SiteProfile.isHostLike("/portal/en/") && !SiteProfile.isHostLike("| ieee xplore</title>")
                && !SiteProfile.isHostLike(#"content="elsevier""#))
    }

    @Test func arxivAbstractPage() throws {
        let r = try Fixtures.record("sites/arxiv_abs.html")
        #expect(try Fixtures.extractor("sites/arxiv_abs.html") == "arxiv-html")
        #expect(r.type == .preprint)
        #expect(r.arxiv == "2101.00001")
        #expect(r.doi == "10.1002/rsa.99999")
        #expect(r.title == "Sparse Widgets in Random Graphs")
        #expect(r.authorKeys == ["Okafor, C", "Lindqvist, M"])
        #expect(r.authors.map(\.given) == ["Chidi", "Maja"])
        #expect(r.containerTitle == nil && r.volume == nil && r.page == nil)
        #expect(r.availableOnline == PartialDate(year: 2021, month: 3, day: 15))
        #expect(r.issued == PartialDate(year: 2021, month: 1, day: 4))
        #expect(r.abstract?.hasPrefix("We study sparse widgets") == true)
    }

    @Test func biorxivPreprint() throws {
        let r = try Fixtures.record("sites/biorxiv_preprint.html")
        #expect(r.type == .preprint)
        #expect(r.containerTitle == "bioRxiv")
        #expect(r.title == "Gut microbes shape sleep in flies")
        #expect(r.authorKeys == ["Ruiz, A", "de la Fuente, T"])
        #expect(r.authors.map(\.given) == ["Anaya", "Tomás"])
        #expect(r.doi == "10.1101/2020.05.10.087000")
        #expect(r.issued == PartialDate(year: 2020, month: 5, day: 12))
        #expect(r.volume == nil && r.issue == nil && r.page == nil)
        #expect(r.abstract?.hasPrefix("Sleep in Drosophila") == true)
    }

    @Test func researchSquarePreprint() throws {
        let r = try Fixtures.record("sites/researchsquare_preprint.html")
        #expect(r.type == .preprint)
        #expect(r.title == "Soil carbon under drought")
        #expect(r.authorKeys == ["Keita, A", "Novak, P"])
        #expect(r.authors.map(\.given) == ["Awa", "Petr"])
        #expect(r.doi == "10.21203/rs.3.rs-123456/v1")
        #expect(r.issued == PartialDate(year: 2022, month: 2, day: 1))
        #expect(r.containerTitle == nil && r.volume == nil)
        #expect(r.abstract?.hasPrefix("Drought reduces soil carbon inputs") == true)
    }

    @Test func pmcIdentifiersFromLabels() throws {
        let r = try Fixtures.record("sites/pmc_article.html")
        #expect(try Fixtures.extractor("sites/pmc_article.html") == "pmc")
        #expect(r.pmcid == "PMC7654321")
        #expect(r.pmid == "31690000")
        #expect(r.issued == PartialDate(year: 2019, month: 11, day: 5))
        #expect(r.page == "512")
        #expect(r.title == "Vitamin D and bone density in older adults")
        #expect(r.authorKeys == ["Berg, H", "Watanabe, K"])
        #expect(r.authors.map(\.given) == ["Hannah L.", "Kenji"])
        #expect(r.doi == "10.1186/s12891-019-2900-1")
        #expect(r.containerTitle == "BMC Musculoskeletal Disorders" && r.volume == "20")
        #expect(r.abstract?.hasPrefix("Vitamin D supplementation did not change") == true)
        #expect(r.type == .journalArticle)
    }

    @Test func wileyAbstractAndDates() throws {
        let r = try Fixtures.record("sites/wiley_abstract.html")
        #expect(try Fixtures.extractor("sites/wiley_abstract.html") == "wiley")
        #expect(r.abstract?.hasPrefix("Cold atmospheric plasmas") == true)
        #expect(r.issued?.year == 2018 && r.issued?.month == 6)
        #expect(r.availableOnline == PartialDate(year: 2018, month: 3, day: 20))
        #expect(r.number == "1700200")
        #expect(r.title == "Cold plasmas in agriculture")
        #expect(r.authorKeys == ["Ito, M"])
        #expect(r.doi == "10.1002/ppap.201700200")
        #expect(r.containerTitle == "Plasma Processes and Polymers" && r.volume == "15" && r.issue == "6")
        #expect(r.type == .journalArticle)
    }

    @Test func eprintsRecord() throws {
        let r = try Fixtures.record("sites/eprints_record.html")
        #expect(r.authorKeys == ["Whitfield, R", "Osei, K"])
        #expect(r.issued == PartialDate(year: 1998))
        #expect(r.page == "101-118")
        #expect(r.doi == "10.9999/jcr.1998.12.3.101")
        #expect(r.containerTitle == "Journal of Coastal Records")
        #expect(r.title == "A history of tide gauges")
        #expect(r.authors.map(\.given) == ["Ruth", "Kwame"])
        #expect(r.volume == "12" && r.issue == "3")
        #expect(r.abstract?.hasPrefix("Tide gauges have measured sea level") == true)
        #expect(r.type == .journalArticle)
    }

    @Test func platformProfilesComeAfterPublisherProfiles() throws {
        #expect(try Fixtures.extractor("corpus/WILEY_andp.19263851302.html") == "wiley")
        #expect(try Fixtures.extractor("corpus/ACS_nl2028766.html") == "atypon")
    }
}
