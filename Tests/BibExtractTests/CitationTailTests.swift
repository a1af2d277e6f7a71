import BibModel
import Testing
@testable import BibExtract

/// The venue part of a citation as pages print it after the title, in the forms beside the common one: the year
/// in brackets before the volume, and numbers that are no volume (an ISSN, a labelled year).
@Suite struct CitationTailTests {
    @Test func aBracketedYearBeforeTheVolumeDatesTheCitation() throws {
        let v = try #require(VenueLocator(citationTail: "Ophthalmic Res (2023) 66 (1): 812–824."[...]))
        #expect(v.journal == "Ophthalmic Res" && v.volume == "66" && v.issue == "1" && v.pages == "812–824")
        #expect(v.date == PartialDate(year: 2023))
        let w = try #require(VenueLocator(citationTail: "AoB PLANTS (2015) 7 : plv005"[...]))
        #expect(w.journal == "AoB PLANTS" && w.volume == "7" && w.pages == "plv005" && w.date?.year == 2015)
    }

    @Test func anISSNOrALabelledNumberIsNoVolume() {
        for tail in ["Print ISSN 0962-8452 Online ISSN 1471-2954", "eISSN: 2184-433X, 12"] {
            #expect(VenueLocator(citationTail: tail[...])?.volume == nil, "\(tail)")
        }
        let labelled = VenueLocator(citationTail: "Year: 2023 Volume: 11 Issue: 1 Article: 7"[...])
        #expect(labelled?.journal == nil)
    }
}

/// Author-date citations (APA, Harvard): the journal is the sentence the numbers follow, the year the bracketed one.
@Suite struct AuthorDateTailTests {
    @Test func anAuthorDateCitationGivesTheJournalAfterTheTitle() throws {
        let v = try #require(VenueLocator(citationTail: "Schmidt, F. L., & Oh, I.-S. (2016). The crisis of confidence: Is it real? Or is it something else? Archives of Scientific Psychology, 4(1), 32-37."[...]))
        #expect(v.journal == "Archives of Scientific Psychology" && v.volume == "4" && v.issue == "1" && v.pages == "32-37")
        #expect(v.date?.year == 2016)
    }

    @Test func aCitationOfAnotherDOIAboveTheOwnDOIIsNotTheOwnCitation() {
        let lines = ["Smith J (2010) Tides. Ocean Letters 12: 1-9. doi: 10.5555/other.1", "DOI: 10.5555/own.2"]
        #expect(CitationBesideDOI.venue(in: lines, doi: "10.5555/own.2") == nil)
    }
}

/// A header line of several items read item by item for the article's DOI.
@Suite struct HeaderItemDOITests {
    @Test func aDOIAmongTheItemsOfAHeaderLineIsTheArticlesDOI() throws {
        let page = """
            Marine Ecology Reports
            Research article
            Kelp forest recovery after urchin removal along a wave-exposure gradient
            Ingrid Sæther, Tomás Ruiz, Mei Lin
            Open access • Published: March 3, 2022 • DOI: https://doi.org/10.5555/mer.2022.0311
            Abstract
            We removed urchins from twelve barrens and followed kelp recovery for four years; recovery was fastest at intermediate wave exposure and stalled on the most sheltered sites, where turf algae persisted.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.doi == "10.5555/mer.2022.0311")
        let lines = page.split(separator: "\n").map(String.init)
        let reading = try #require(ArticleTextReading(lines))
        #expect(reading.labelledDOI(at: 4) == "10.5555/mer.2022.0311")
        #expect(reading.labelledDOI(at: 3) == nil)
    }
}

/// Volume lines labelled in the journal's own language.
@Suite struct LabelledVolumeLanguageTests {
    @Test func aFrenchVolumeLineGivesItsIssueAndPages() throws {
        let v = try #require(VenueLocator(volumeLine: "Revue des sciences de l'eau, Volume 48, numéro 2, 2022, p. 133–161"))
        #expect(v.journal == "Revue des sciences de l'eau" && v.volume == "48" && v.issue == "2" && v.pages == "133–161")
        #expect(v.date?.year == 2022)
    }
}

/// Citation lines that date themselves around the locator: a date in brackets after the pages, a date between the
/// journal and the volume, and a day-month date that is no volume.
@Suite struct DatedCitationTailTests {
    @Test func aBracketedDateAfterThePagesDatesTheCitation() throws {
        let v = try #require(VenueLocator(citationTail: "ZooKeys 470: 1-16 (12 Jan 2015)"[...]))
        #expect(v.journal == "ZooKeys" && v.volume == "470" && v.pages == "1-16" && v.date == PartialDate(year: 2015, month: 1, day: 12))
        let w = try #require(VenueLocator(citationTail: "Adv. Differential Equations 19(3/4): 245-282 (March/April 2014)."[...]))
        #expect(w.volume == "19" && w.issue == "3/4" && w.pages == "245-282" && w.date?.year == 2014)
        let x = try #require(VenueLocator(citationTail: "Mar. Pollut. Bull., 77 (2013), pp. 177-182"[...]))
        #expect(x.volume == "77" && x.issue == nil && x.date?.year == 2013)
    }

    @Test func aDateBetweenTheJournalAndTheLocatorIsTheDate() throws {
        let v = try #require(VenueLocator(citationTail: "Malaria Journal, 07 Oct 2022, 21(1):281"[...]))
        #expect(v.journal == "Malaria Journal" && v.volume == "21" && v.issue == "1" && v.pages == "281")
        #expect(v.date == PartialDate(year: 2022, month: 10, day: 7))
    }

    @Test func aDayBeforeAMonthIsNoVolume() {
        #expect(VenueLocator(citationTail: "Front. Psychol., 15 January 2015 | doi: 10.3389/fpsyg.2014.01582"[...]) == nil)
    }
}

/// What the layout reading of a text page takes from far below its header, and what it never takes as a title.
@Suite struct LayoutPageDetailsTests {
    @Test func aReferenceEntryWithItsGluedLinksIsNoTitle() {
        #expect(LayoutTextReading.endsWithReferenceLinks("p. j. hilton:an introduction to homotopy theory (cambridge, 1953).google scholar"))
        #expect(!LayoutTextReading.endsWithReferenceLinks("an introduction to homotopy theory"))
    }

    @Test func aBrowsersCopyJoinsNoTitleToTheLineAboveIt() {
        let lines = ["Article Dans Une Revue Journal de Physique et le Radium Année : 1955", "Déplacement de Knight dans les alliages"]
        #expect(LayoutTextReading.unwrapped(1, in: lines, hardWrapped: false) == "Déplacement de Knight dans les alliages")
        #expect(LayoutTextReading.unwrapped(1, in: lines, hardWrapped: true).hasPrefix("Article Dans Une Revue"))
    }

    @Test func theOneLabelledDOIFarBelowTheHeaderIsThePagesOwn() throws {
        var page = ["Déplacement de Knight dans les alliages", "Jacques Friedel", "",
                    "Jacques Friedel. Déplacement de Knight dans les alliages. Journal de Physique et le Radium, 1955, 16 (6), pp.444-445."]
        page += (0..<60).map { "Paragraph \($0) of the page's details, menus and notes." }
        page += ["DOI : 10.1051/jphysrad:01955001606044400"]
        let r = try #require(try SeedSupport.text(page.joined(separator: "\n")).records.first)
        #expect(r.doi == "10.1051/jphysrad:01955001606044400")
        page += ["DOI : 10.1051/jphysrad:01955001606099999"]
        let two = try #require(try SeedSupport.text(page.joined(separator: "\n")).records.first)
        #expect(two.doi == nil, "two labelled DOIs: neither is known to be the page's")
    }
}
