import BibModel
import BibParse
import Testing
@testable import BibExtract

/// The header of a text dump around its title: a breadcrumb as wide as the wrap is not continued by the title, a
/// dialog's button is no sole author, and an issue date printed before the title is no part of it in either reading.
@Suite struct DumpHeaderTests {
    @Test func aBreadcrumbAsWideAsTheWrapIsNotContinuedByTheTitle() {
        let crumb = "Home > Journals > Adv. Tidal Studies > Volume 19 > Issue 3/4 > Article and Notes"
        #expect(crumb.count == HardWrap.width)
        #expect(HardWrap.isBreadcrumb(crumb))
        #expect(!HardWrap.isBroken(crumb, before: "March/April 2014 An analysis of slow tides"))
        #expect(!HardWrap.isBreadcrumb("We assume x > 0 for every tide we sampled over the four seasons of the survey"))
    }

    @Test func aDialogsButtonIsNoSoleAuthor() {
        #expect(TextByline.clean("Create New Folder") == nil)
        #expect(TextByline.clean("Maria Olsen") == "Maria Olsen")
    }

    @Test func anIssueDatePrintedBeforeTheTitleIsDroppedByTheLabelledReading() throws {
        let lines = ["Home", "March/April 2014 An analysis of slow tides in enclosed coastal basins",
                     "Maria Olsen, Pedro Duarte", "Abstract",
                     "We review how wind forcing and slow tidal exchange together set the residence time of water in enclosed basins, and what that means for their ecology and for the fisheries they feed."]
        let reading = try #require(ArticleTextReading(lines))
        #expect(reading.record.title == "An analysis of slow tides in enclosed coastal basins")
    }

    @Test func aCookieNoticeIsNoTitle() {
        #expect(LayoutTextReading.isConsentNotice("this website uses cookies to ensure you get the best experience. learn more got it!"))
        #expect(LayoutTextReading.isConsentNotice("cookie settingsaccept all cookies"))
        #expect(!LayoutTextReading.isConsentNotice("cookie consumption and dental caries in preschool children"))
        #expect(!LayoutTextReading.isTitle("Cookie settingsAccept all cookies", names: { nil }))
    }

    @Test func namesEachFollowedByABracketedAffiliationAreAByline() {
        let line = "Sigrun Thorsdottir (Department of Information Science, University of Iceland, Reykjavik, Iceland) "
            + "Mikkel Vestergaard (Royal Danish Library, Aarhus, Denmark) Hanna Leppanen (Tampere University, Tampere, Finland)"
        #expect(LayoutBylines.bracketedAffiliationNames(inLine: line) == ["Sigrun Thorsdottir", "Mikkel Vestergaard", "Hanna Leppanen"])
        // A bracket that is no affiliation, or text after the last group: no byline.
        #expect(LayoutBylines.bracketedAffiliationNames(inLine: "Tides (2010) and winds (2011) in enclosed basins") == nil)
        #expect(LayoutBylines.bracketedAffiliationNames(inLine: "Ann Lee (University of Oslo) Bo Chen (Red Hat University) wrote this") == nil)
    }

    @Test func aBylineAsWideAsTheWrapIsReadAsPrintedWhenTheLineUnderItWasJoinedToIt() throws {
        let filler = String(repeating: "Carbon dots were prepared from kraft lignin by a one-step hydrothermal route and\n", count: 20)
        let page = """
            Lignin-derived carbon dots as fluorescent probes for ferric ions in river water

            Milica Brankovic, Sindre Haugland ORCID logo and Ana Petrovic-Lukic EMAIL logo
            From the journal Open Chemistry
            https://doi.org/10.5555/chem-2021-0012

            Abstract

            \(filler)used as turn-off fluorescent probes for ferric ions.
            """
        let printed = page.components(separatedBy: "\n")
        let joined = HardWrap.joinedWithHeads(printed)
        let i = try #require(joined.lines.firstIndex { $0.hasPrefix("Milica") })
        #expect(joined.lines[i].hasSuffix("Open Chemistry"))
        #expect(joined.heads[i] == printed[2])
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.authors.map(\.family) == ["Brankovic", "Haugland", "Petrovic-Lukic"])
    }

    @Test func aHitCounterInRussianOrAfterFoundOpensAList() {
        #expect(ResultCounter.isCounter("Найдено 4 318 статей"))
        #expect(ResultCounter.isCounter("Found 37 articles"))
        #expect(ResultCounter.isCounter("About 1,230 results"))
        #expect(ResultCounter.isCounter("Hits 1 - 4 of 2,318 for soil metagenome long reads Sort by: [Relevance ]"))
        #expect(!ResultCounter.isCounter("Results of 3 field seasons in 12 enclosed basins"))
        #expect(!ResultCounter.isCounter("Found 37 nests along the salinity gradient"))
    }

    @Test func degreesAfterNamesAreNoNames() {
        #expect(AcademicDegrees.isDegree("M.D.") && AcademicDegrees.isDegree("Ph.D.") && AcademicDegrees.isDegree("MPH^1"))
        #expect(!AcademicDegrees.isDegree("Ma") && !AcademicDegrees.isDegree("Do") && !AcademicDegrees.isDegree("Mark"))
        #expect(TextByline.names(inLine: "Chinwe Okafor-Whitley, MD, MPH^1; Erik T. Brandvold, PhD^2; Marisol Sandoval, MS^1; Dennis H. Kwan, MD^1,3")
                == ["Chinwe Okafor-Whitley", "Erik T. Brandvold", "Marisol Sandoval", "Dennis H. Kwan"])
        #expect(TextByline.names(inLine: "Robert K. Ashdown, M.D., Lucia Ferreira-Santos, M.D., Ph.D., and Naomi J. Feldstein, M.D., M.P.H. for the EXTEND-PE Investigators")
                == ["Robert K. Ashdown", "Lucia Ferreira-Santos", "Naomi J. Feldstein"])
        #expect(AcademicDegrees.withoutGroup("Methods for the analysis of tides") == "Methods for the analysis of tides")
    }

    @Test func aSearchPagesFacetsUnderAHitCounterAreNoLabelledArticle() throws {
        let page = "BASE Search\nHits 1 - 4 of 2,318 for soil metagenome\nAuthor:\nFerreira, Joana (4)\nAbstract:\nA workflow for long reads.\n"
        let loaded = try Page.load(bytes: Array(page.utf8), as: .text)
        #expect(HeadingLabelTextExtractor().recognizes(loaded) == nil)
        let article = try Page.load(bytes: Array(page.replacingOccurrences(of: "Hits 1 - 4 of 2,318 for soil metagenome\n", with: "").utf8), as: .text)
        #expect(HeadingLabelTextExtractor().recognizes(article) != nil)
    }
}
