import BibModel
import Testing
@testable import BibExtract

/// Publisher article pages saved as text beyond fixtures/unseen, read by `ArticleTextExtractor`: a sole
/// author, a one-name-per-line byline with repeated names and affiliations, and a result list it must refuse.
@Suite struct TextArticleVariantTests {
    @Test func soleAuthorAndPageRangeFromTheCitation() throws {
        let page = """
            Skip to main content
            Log in
            Menu
            Search
            Cart
            Home
            Oecologia
            Article
            Original Research
            Published: 02 June 2021
            Seed dispersal by rodents in fragmented oak woodland
            Helga Brunnhofer 
            Oecologia volume 196, pages 423–435 (2021)Cite this article
            512 Accesses
            Metrics details
            Abstract
            Rodents both eat and disperse acorns, and fragmentation may shift this balance. I tracked 2,400 tagged acorns in twelve woodland fragments of differing size over three autumns and found that dispersal distance fell with fragment area.
            Keywords
            Seed dispersal
            References
            Vander Wall SB (2010) How plants manipulate the scatter-hoarding behaviour of seed-dispersing animals. Phil Trans R Soc B 365:989–997
            About this article
            Cite this article
            Brunnhofer, H. Seed dispersal by rodents in fragmented oak woodland. Oecologia 196, 423–435 (2021). https://doi.org/10.5555/s00442-021-04950-1
            Received
            11 September 2020
            Accepted
            20 May 2021
            Published
            02 June 2021
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "article-text")
        let r = try #require(records.first)
        #expect(r.title == "Seed dispersal by rodents in fragmented oak woodland")
        #expect(r.authors.map { $0.family ?? "" } == ["Brunnhofer"])
        #expect(r.containerTitle == "Oecologia" && r.volume == "196" && r.page == "423-435")
        #expect(r.issued?.year == 2021 && r.doi == "10.5555/s00442-021-04950-1")
    }

    @Test func namesPrintedTwiceWithAffiliationsAndAVolumeCitationLine() throws {
        let page = """
            Skip to Main Content
            Advertisement
            Journals
            Books
            Search Menu
            Sign In
            Journal of Economic Geography
            Volume 21
            Issue 3
            May 2021
            Article Contents
            Abstract
            1. Introduction
            Journal Article
            Broadband and rural firm entry: evidence from Norway
            Ingvild Aasen,
            Ingvild Aasen
            Department of Economics, University of Bergen
            Search for other works by this author on:
            Oxford Academic
            Google Scholar
            Petter Halvorsen
            Petter Halvorsen
            Norwegian School of Economics
            Search for other works by this author on:
            Oxford Academic
            Google Scholar
            Journal of Economic Geography, Volume 21, Issue 3, May 2021, Pages 401–425, https://doi.org/10.5555/jeg/lbaa031
            Published: 12 January 2021
            Article history
            PDF
            Split View
            Views
            Cite
            Permissions
            Share
            Abstract
            We study the roll-out of broadband in rural Norway between 2000 and 2010 and find that new broadband access raised firm entry by 6% in knowledge-intensive services, with no effect in manufacturing.
            JEL R12 - Size and Spatial Distributions of Regional Economic Activity
            Issue Section: Article
            References
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "article-text")
        let r = try #require(records.first)
        #expect(r.title == "Broadband and rural firm entry: evidence from Norway")
        #expect(r.authors.map { $0.family ?? "" } == ["Aasen", "Halvorsen"])
        #expect(r.containerTitle == "Journal of Economic Geography")
        #expect(r.volume == "21" && r.issue == "3" && r.page == "401-425")
        #expect(r.doi == "10.5555/jeg/lbaa031" && r.issued?.year == 2021)
    }

    @Test func correspondingAuthorDetailsBetweenNames() throws {
        let page = """
            Skip to Article Content
            Search within
            Login / Register
            Ecology Letters
            Volume 24, Issue 2 p. 301-312
            LETTER
            Open Access
            Drought legacy effects on grassland productivity across a rainfall gradient
            Mathilde Fournier-Blanc,
            Corresponding Author
            Mathilde Fournier-Blanc
            m.fournier@example.org
            Department of Ecology, University of Montpellier, Montpellier, France
            Correspondence
            Search for more papers by this author
            Kwame Asante-Darko,
            Kwame Asante-Darko
            School of Biology, University of Leeds, Leeds, UK
            Search for more papers by this author
            First published: 23 November 2020
            https://doi.org/10.5555/ele.13642
            Editor: Jean-Pierre Lacroix
            Abstract
            Droughts can depress grassland productivity for years after rain returns. Using 18 years of plot data along a 900 km rainfall gradient, we show that legacy effects were strongest at intermediate rainfall and vanished at both ends of the gradient.
            Citing Literature
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "article-text")
        let r = try #require(records.first)
        #expect(r.title == "Drought legacy effects on grassland productivity across a rainfall gradient")
        #expect(r.authors.map { $0.family ?? "" } == ["Fournier-Blanc", "Asante-Darko"])
        #expect(r.containerTitle == "Ecology Letters" && r.volume == "24" && r.issue == "2" && r.page == "301-312")
        #expect(!r.authors.contains { $0.family == "Lacroix" })
    }

    @Test func resultListIsNotAnArticle() throws {
        let page = """
            Google Scholar
            Articles
            Any time
            Since 2022
            Sort by relevance
            Soil moisture sensing for irrigation
            A Ogunleye, S Marchetti - Sensors, 2020 - mdpi.com
            Smallholder farms rarely monitor soil moisture. We present a low-cost sensor network built on LoRa radios and capacitive probes that costs under 40 dollars per node.
            Cited by 45 Related articles All 8 versions
            Abstract
            Irrigation scheduling with cheap sensors
            K Mensah, J Doe - Agricultural Water Management, 2019 - Elsevier
            Abstract
            We test capacitive sensors for irrigation scheduling in maize under deficit irrigation in northern Ghana over two seasons and find savings of 20 percent of water.
            Cited by 12 Related articles
            """
        #expect(throws: (any Error).self) { try SeedSupport.text(page) }
    }
}
