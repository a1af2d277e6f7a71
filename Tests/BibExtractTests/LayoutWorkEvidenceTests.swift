import BibModel
import Testing
@testable import BibExtract

/// What a text page prints around a title and byline besides a DOI or a volume line that still says it shows one
/// scholarly work: a work-type label over the title, a date and a self-named container under the byline; and the
/// tabs a page prints between its title and its byline, which the title search passes over.
@Suite struct LayoutWorkEvidenceTests {
    @Test func aRepositoryItemLabelledWithItsTypeIsReadWithoutADOI() throws {
        let page = """
            Institutional Repository
            Browse Log in
            Doctoral thesis Open
            Sediment budgets of small Alpine catchments after glacier retreat
            Lena Brunner
            Marco Vitali
            Abstract
            We estimate sediment yields of eleven catchments in the Eastern Alps over forty years of glacier retreat and find that yields peak two decades after the ice leaves a basin, then fall as vegetation takes hold.
            Files
            brunner_thesis.pdf
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Sediment budgets of small Alpine catchments after glacier retreat")
        #expect(r.authors.map(\.family) == ["Brunner", "Vitali"])
        #expect(r.type == .thesis)
        #expect(r.doi == nil && r.containerTitle == nil)
    }

    @Test func aTypeLabelOverEveryItemOfAListSaysNothingAboutOneWork() {
        let page = """
            Research outputs
            Journal article
            Sediment budgets of small Alpine catchments after glacier retreat
            Lena Brunner, Marco Vitali
            Journal article
            Glacier forefield soils in the Eastern Alps
            Marco Vitali, Anna Gruber
            Journal article
            Debris flows and their triggers in a warming climate
            Anna Gruber, Lena Brunner
            """
        #expect((try? SeedSupport.text(page).records.first) == nil)
    }

    @Test func aDateAndAJournalUnderTheBylineAreTheWorksOwn() throws {
        let page = """
            Scholar Index Search Sign In
            Corpus ID: 4411
            Seasonal shifts in the diet of Baltic grey seals
            Maija Lehtonen, Peter Sand, Aino Koski
            3 June 2019
            Journal of Marine Mammal Ecology
            Grey seals in the northern Baltic ate more herring in spring and more whitefish in autumn across four years of scat samples collected on six haul-out sites.
            12 Citations
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Seasonal shifts in the diet of Baltic grey seals")
        #expect(r.containerTitle == "Journal of Marine Mammal Ecology")
        #expect(r.issued == PartialDate(year: 2019, month: 6, day: 3))
    }

    @Test func aLineUnderTheBylineThatNamesNoVenueIsNoJournal() {
        for line in ["Ornis Fennica", "University of Turku", "Maija Lehtonen, Peter Sand", "Open access", "Journal of 12 things"] {
            #expect(LayoutTextReading.selfNamedVenue(line) == nil, "\(line)")
        }
        #expect(LayoutTextReading.selfNamedVenue("in 31st International Symposium on Lattice Field Theory") == "31st International Symposium on Lattice Field Theory")
        #expect(LayoutTextReading.selfNamedVenue("Annals of Glaciology") == "Annals of Glaciology")
    }

    @Test func theTabsBetweenATitleAndItsBylineArePassedOver() throws {
        let page = """
            Research
            Hip fracture outcomes after early surgery in older adults: a cohort study
            Journal of Bone Health 2016; 353:i2607 doi: 10.5555/jbh.i2607
            Article
            Related content
            Metrics
            Responses
            Peer review
            Marta Silva, associate professor1,
            Jonas Berg, statistician1,
            Priya Nair, professor2
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Hip fracture outcomes after early surgery in older adults: a cohort study")
        #expect(r.authors.map(\.family) == ["Silva", "Berg", "Nair"])
    }
}

/// Bylines behind a label, and lines under a label that are no byline.
@Suite struct LabelledBylineTests {
    @Test func namesAfterAnAuthorLabelOnTheirLineAreTheByline() throws {
        let page = """
            Home > Journal > Physics
            Journal of Applied Geophysics    Vol.3 No.2(2011), Article ID:4411, 8 pages   DOI:10.5555/jag.2011.4411
            Seismic noise interferometry beneath a braided river
            Author(s)   Hana Novak, Luis Ortega, Mei Chen
            ABSTRACT
            We retrieve surface waves from six months of ambient noise recorded by forty stations on a braided river plain and map a low-velocity channel that follows the old river course.
            KEYWORDS
            Ambient Noise, Seismic Interferometry, River Plains
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Seismic noise interferometry beneath a braided river")
        #expect(r.authors.map(\.family) == ["Novak", "Ortega", "Chen"])
    }

    @Test func anOrdinalIsNoVolume() {
        #expect(VenueLocator.isOrdinal("15th") && VenueLocator.isOrdinal("2nd") && !VenueLocator.isOrdinal("15") && !VenueLocator.isOrdinal("e0213978"))
        #expect(VenueLocator(citationTail: "Proceedings of the 15th International Conference on Agents, pages 412-421"[...])?.volume == nil)
    }

    @Test func aFrenchOrGermanConjunctionJoinsTheLastNames() {
        #expect(TextByline.split("Marie Gagnon, Thi Lan Nguyen et Olivier Saint-Pierre") == ["Marie Gagnon", "Thi Lan Nguyen", "Olivier Saint-Pierre"])
        #expect(TextByline.split("Jonas Weber und Lena Vogt") == ["Jonas Weber", "Lena Vogt"])
        #expect(TextByline.split("Thi Lan Nguyen et") == ["Thi Lan Nguyen"])
        #expect(TextByline.split("Maria da Silva e Sousa") == ["Maria da Silva e Sousa"])
    }

    @Test func twoDOIsEquallyNearTheTitleGiveTheOnePrintedFirst() throws {
        let page = """
            Profile of works
            https://doi.org/10.5555/first.2018.1
            Reading list
            Seasonal ozone over the Arctic Ocean from ship-borne lidar
            Ana Lund, Bo Berg
            https://doi.org/10.5555/second.2019.2
            We measured ozone profiles from an icebreaker over three summers and found the boundary layer depleted on most days.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.doi == "10.5555/first.2018.1")
    }
}
