import Testing
import BibModel
@testable import BibExtract

/// Families of issue 3 that had a profile but no page: hand-made fixtures in fixtures/sites (see NOTES.md).
struct SiteFamilyFixtureTests {
    @Test func taylorAndFrancisAtypon() throws {
        let path = "sites/tandf_article.html"
        let r = try Fixtures.record(path)
        #expect(try Fixtures.extractor(path) == "atypon")
        #expect(r.title == "Tidal mills and the medieval coastal economy of the Low Countries")
        #expect(r.authors.map(\.fullFamily) == ["van der Berg", "O'Rourke", "Šimková"])
        #expect(r.authors.map(\.given) == ["Marieke", "Tomás", "Hanna"])
        #expect(r.doi == "10.1080/03044181.2019.1577432")
        #expect(r.issued?.year == 2019)
        #expect(r.containerTitle == "Journal of Maritime History")
        #expect(r.volume == "41" && r.issue == "2" && r.page == "201-219")
        #expect(r.abstract?.hasPrefix("Tidal mills spread along the North Sea coast") == true)
        #expect(r.type == .journalArticle)
    }

    @Test func dspaceItemWithCitationField() throws {
        let path = "sites/dspace_item.html"
        let r = try Fixtures.record(path)
        #expect(try Fixtures.extractor(path) == "repository")
        #expect(r.title == "Groundwater recharge under irrigated rice terraces in northern Luzon")
        #expect(r.authorKeys == ["Dela Cruz, M", "Bautista, R", "Nakamura, K"])
        #expect(r.authors.first?.given == "Maria Luisa")
        #expect(r.doi == "10.1080/02626667.2017.1351029")
        // DCTERMS.issued, not the 2021 accession date.
        #expect(r.issued == PartialDate(year: 2017, month: 9))
        #expect(r.containerTitle == "Hydrological Sciences Journal")
        #expect(r.volume == "62" && r.issue == "12" && r.page == "1934-1948")
        #expect(r.abstract?.hasPrefix("Rice terraces hold water") == true)
        #expect(r.type == .journalArticle)
    }

    @Test func purePortalPropertiesTable() throws {
        let path = "sites/pure_portal.html"
        let r = try Fixtures.record(path)
        #expect(try Fixtures.extractor(path) == "pure")
        #expect(r.title == "Seasonal vitamin D status and fracture healing in older adults: a prospective cohort")
        #expect(r.authorKeys == ["Brennan, A", "Holm, L", "Raghunathan, P", "Le Goff, J"])
        #expect(r.authors.map(\.given) == ["Aoife", "Lars-Erik", "Priya", "Jean-Baptiste"])
        #expect(r.doi == "10.1007/s00198-018-4741-2")
        #expect(r.issued == PartialDate(year: 2019, month: 2))
        #expect(r.availableOnline == PartialDate(year: 2018, month: 10, day: 19))
        #expect(r.containerTitle == "Osteoporosis International")
        #expect(r.volume == "30" && r.issue == "2" && r.page == "233-241")
        // The full text block, not the truncated og:description teaser.
        #expect(r.abstract?.hasSuffix("doubled the risk of delayed union.") == true)
        #expect(r.type == .journalArticle)
    }

    @Test func europePMCArticle() throws {
        let path = "sites/europepmc_article.html"
        let r = try Fixtures.record(path)
        #expect(try Fixtures.extractor(path) == "pmc")
        #expect(r.title?.hasPrefix("Soil microbial carbon use efficiency across a boreal chronosequence") == true)
        #expect(r.authorKeys == ["Väisänen, E", "MacGregor, F", "Zhang, W"])
        #expect(r.doi == "10.1016/j.soilbio.2021.108245")
        #expect(r.pmid == "33875927")
        #expect(r.issued == PartialDate(year: 2021, month: 6, day: 1))
        #expect(r.containerTitle == "Soil Biology and Biochemistry")
        #expect(r.volume == "157" && r.issue == nil)
        #expect(r.number == "108245" && r.page == nil)
        #expect(r.abstract?.hasPrefix("Carbon use efficiency (CUE) of soil microbes") == true)
        #expect(r.type == .journalArticle)
    }

    @Test func pubmedCurrentTemplate() throws {
        let path = "sites/pubmed_current.html"
        let r = try Fixtures.record(path)
        #expect(try Fixtures.extractor(path) == "pubmed-html")
        #expect(r.title == "Intermittent fasting and hepatic insulin sensitivity in adolescents with obesity: a randomized crossover trial")
        #expect(r.authors.map(\.family) == ["Ferreira", "Aasen", "N'Diaye"])
        #expect(r.authors.map(\.given) == ["Ana Lúcia", "Bjørn", "Chioma"])
        #expect(r.doi == "10.1111/ijpo.12599")
        #expect(r.pmid == "31690412")
        // The issue citation "2020 Mar;15(3):e12599", not the e-pub date in citation_date.
        #expect(r.issued == PartialDate(year: 2020, month: 3))
        #expect(r.containerTitle == "Pediatric obesity")
        #expect(r.containerTitleShort == "Pediatr Obes")
        #expect(r.publisher == nil)
        #expect(r.volume == "15" && r.issue == "3" && r.number == "e12599")
        #expect(r.abstract?.hasPrefix("Background: Hepatic insulin resistance") == true)
        #expect(r.abstract?.contains("Keywords") == false)
        #expect(r.type == .journalArticle)
    }

    @Test func bmcArticleNumber() throws {
        let path = "sites/bmc_article.html"
        let r = try Fixtures.record(path)
        #expect(try Fixtures.extractor(path) == "springer-nature")
        #expect(r.title == "Community health worker visits and childhood immunisation in rural Malawi: a cluster randomised trial")
        #expect(r.authorKeys == ["Banda, C", "Henriksen, L", "Phiri-Mwale, G"])
        #expect(r.authors.map(\.given) == ["Chisomo", "Lars", "Grace"])
        #expect(r.doi == "10.1186/s12889-021-10791-4")
        #expect(r.issued?.year == 2021)
        #expect(r.availableOnline == PartialDate(year: 2021, month: 4, day: 27))
        #expect(r.containerTitle == "BMC Public Health")
        #expect(r.volume == "21" && r.issue == "1")
        // citation_firstpage 812 is what the page labels "Article number".
        #expect(r.number == "812" && r.page == nil)
        #expect(r.abstract?.contains("Immunisation coverage in rural Malawi stalls at about 80%") == true)
        #expect(r.type == .journalArticle)
    }

    @Test func medrxivPreprint() throws {
        let path = "sites/medrxiv_preprint.html"
        let r = try Fixtures.record(path)
        #expect(try Fixtures.extractor(path) == "biorxiv")
        #expect(r.title == "Wastewater SARS-CoV-2 levels anticipate hospital admissions by a week in four Dutch cities")
        #expect(r.authors.count == 3)
        #expect(r.authorKeys == ["de Wit, P", "Bakker, L", "El Amrani, Y"])
        #expect(r.doi == "10.1101/2021.02.12.21251629")
        #expect(r.issued == PartialDate(year: 2021, month: 2, day: 16))
        #expect(r.containerTitle == "medRxiv")
        // citation_firstpage repeats the DOI suffix: no page, no article number.
        #expect(r.page == nil && r.number == nil && r.volume == nil)
        #expect(r.abstract?.contains("Sewage surveillance is cheap") == true)
        #expect(r.type == .preprint)
    }
}
