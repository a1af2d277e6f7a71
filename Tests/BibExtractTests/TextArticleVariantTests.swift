import BibModel
import Testing
@testable import BibExtract

/// Publisher article pages saved as text beyond fixtures/unseen, read by `ArticleTextExtractor`: a sole
/// author, one-name-per-line bylines (names printed twice, affiliations, superscripts on their own lines),
/// ORCID links, an article number before the date, and a result list it must refuse.
@Suite struct TextArticleVariantTests {
    /// Keyword lists: on one line when separators tell the words apart ("KEYWORDS: Cooperative banks small-firm
    /// lending …" does not), or one per line under a "Keywords" line (an outline entry followed by "1.
    /// Introduction", or a menu followed by "Metrics", gives none).
    @Test func keywordListsAreReadWhereTheirWordsCanBeToldApart() throws {
        #expect(try Fixtures.record("unseen/mdpi_article.txt").keywords
                == ["groundwater recharge", "chloride mass balance", "stable isotopes", "karst", "Morocco"])
        #expect(try Fixtures.record("unseen/bmc_article.txt").keywords == ["Walkability", "Type 2 diabetes", "Built environment", "Ghana"])
        #expect(try Fixtures.record("unseen/sciencedirect_article.txt").keywords
                == ["Microplastics", "Constructed wetlands", "Agricultural runoff", "Stormwater"])
        #expect(try Fixtures.record("unseen/tandf_article.txt").keywords.isEmpty)
        #expect(try Fixtures.record("unseen/ieee_xplore.txt").keywords.isEmpty)
    }

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

    @Test func orcidLinksInTheBylineAndTheFullJournalNameOverTheCitationAbbreviation() throws {
        let page = """
            Skip to main content
            Thank you for visiting nature.com. You are using a browser version with limited support for CSS.
            Advertisement
            Nature Communications
            View all journals
            Search
            Log in
            Explore content
            About the journal
            Publish with us
            Sign up for alerts
            RSS feed
            nature
            nature communications
            articles
            article
            Article
            Open access
            Published: 08 April 2022
            Coastal upwelling intensification under marine heatwaves
            Rafaela Monteiro-Saldanha ORCID: orcid.org/0000-0002-1111-2222 1, Jonas Vinterberg1 & Ayesha Qureshi2
            Nature Communications volume 13, Article number: 1911 (2022) Cite this article
            3412 Accesses
            27 Citations
            88 Altmetric
            Metrics details
            Subjects
            Physical oceanography
            Abstract
            Marine heatwaves are thought to weaken coastal upwelling, but observations are sparse. Using 30 years of satellite sea-surface temperature and wind stress along four eastern boundary systems, we show that upwelling intensified during 62% of heatwave events.
            Introduction
            Eastern boundary upwelling systems support a fifth of the global fish catch1.
            References
            Bakun, A. Global climate change and intensification of coastal ocean upwelling. Science 247, 198–201 (1990).
            Acknowledgements
            We thank the crew of the RV Meteor.
            Author information
            Authors and Affiliations
            Instituto Dom Luiz, Universidade de Lisboa, Lisbon, Portugal
            Rafaela Monteiro-Saldanha
            Contributions
            R.M.-S. designed the study.
            Corresponding author
            Correspondence to Rafaela Monteiro-Saldanha.
            Ethics declarations
            Competing interests
            The authors declare no competing interests.
            Peer review
            Peer review information
            Nature Communications thanks Lukas Brenner and the other, anonymous, reviewer(s) for their contribution to the peer review of this work.
            About this article
            Cite this article
            Monteiro-Saldanha, R., Vinterberg, J. & Qureshi, A. Coastal upwelling intensification under marine heatwaves. Nat Commun 13, 1911 (2022). https://doi.org/10.5555/s41467-022-29600-1
            Received
            14 September 2021
            Accepted
            17 March 2022
            Published
            08 April 2022
            DOI
            https://doi.org/10.5555/s41467-022-29600-1
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "article-text")
        let r = try #require(records.first)
        #expect(r.authors.map { $0.family ?? "" } == ["Monteiro-Saldanha", "Vinterberg", "Qureshi"])
        #expect(r.containerTitle == "Nature Communications" && r.volume == "13" && r.number == "1911")
        #expect(!r.authors.contains { $0.family == "Brenner" })
    }

    @Test func superscriptsOnTheirOwnLinesAndAnArticleNumberBeforeTheDate() throws {
        let page = """
            Skip to Main Content
            Cell Reports
            Volume 35, Issue 4, 109053, April 27, 2021
            Article
            Circadian control of hepatic lipid droplets by REV-ERBα
            Tomás Irigoyen-Vela
             1
            , Priyanka Ramaswamy
             1
            , Lotte Bergkamp
             2
             Show all authors
            Open Access
            Published: April 27, 2021
            DOI: https://doi.org/10.5555/j.celrep.2021.109053
            Highlights
            •
            REV-ERBα sets the daily rhythm of lipid droplet size in hepatocytes
            Summary
            Lipid droplets in the liver grow and shrink over the day. We show that the nuclear receptor REV-ERBα drives this rhythm by repressing the lipase inhibitor G0S2 at dawn, and that its loss flattens the rhythm and causes steatosis in mice fed at night.
            Graphical abstract
            Keywords
            circadian
            Introduction
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "article-text")
        let r = try #require(records.first)
        #expect(r.authors.map { $0.family ?? "" } == ["Irigoyen-Vela", "Ramaswamy", "Bergkamp"])
        #expect(r.volume == "35" && r.issue == "4" && r.number == "109053" && r.page == nil)
        #expect(r.abstract?.hasPrefix("Lipid droplets in the liver") == true)
    }

    @Test func journalHomepageWithOneExpandedAbstractIsNotAnArticle() throws {
        // Three DOI lines before any reference list; the expanded abstract ends at the next item's byline.
        let page = """
            Skip to main content
            Journal of Coastal Hydrology
            Home
            Latest articles
            Tidal pumping of nitrate in a macrotidal estuary
            Ingrid Halvorsen, Pedro Magalhães-Costa
            https://doi.org/10.5555/jch.2022.0301
            Abstract
            We measured nitrate fluxes over 40 tidal cycles in a macrotidal estuary and found that tidal pumping exported 30% of the nitrate delivered by the river during neap tides.
            Saltwater intrusion into a coastal chalk aquifer under sea-level rise
            Thomas Ainsworth-Bell, Noor Haddad
            https://doi.org/10.5555/jch.2022.0302
            Groundwater discharge to a fjord measured with radon
            Sigrun Eide, Juhani Koskinen, Emma Lavoie
            https://doi.org/10.5555/jch.2022.0303
            About the journal
            """
        #expect(throws: (any Error).self) { try SeedSupport.text(page) }
    }
}
