import BibModel
import BibParse
import Testing
@testable import BibExtract

/// The venue of a text dump read where pages print it besides a citation line: a details table of labels, the
/// citation after the DOI, a journal over a date and a volume line, a journal beside the article's type, a
/// citation whose spans a browser glued; and furniture glued to the article's own lines, and lists of other works
/// after a tail heading.
@Suite struct DumpVenueTests {
    @Test func aDetailsTableWithValuesUnderTheirLabelsGivesTheVenue() throws {
        let lines = ["Affiliations", "Journal name:", "Lake Ecology Letters", "Volume:", "12,", "Pages:", "301–318",
                     "Year published:", "(2016)", "DOI:", "doi:10.5555/lel.2016.12"]
        let v = try #require(DetailsTable(lines, limit: 100).venue)
        #expect(v.journal == "Lake Ecology Letters" && v.volume == "12" && v.pages == "301-318" && v.date?.year == 2016)
    }

    @Test func aDetailsTableWithValuesOnTheLabelLinesGivesTheVenue() throws {
        let v = try #require(DetailsTable(["Journal: Revista de Suelos", "Volume: 7", "Issue: 2", "Published: 2019"], limit: 100).venue)
        #expect(v.journal == "Revista de Suelos" && v.volume == "7" && v.issue == "2" && v.date?.year == 2019)
    }

    @Test func aSearchFormsLabelsAndOptionsAreNoDetailsTable() {
        // Empty fields, one label after another; a select with its options under one label.
        #expect(DetailsTable(["Volume:", "Issue:", "Page:", "Search"], limit: 100).venue == nil)
        #expect(DetailsTable(["Journal:", "Phys. Lett. A", "Phys. Lett. B", "Nucl. Phys.", "Volume:", "Article:"], limit: 100).venue == nil)
        // One label alone says too little.
        #expect(DetailsTable(["Journal name:", "Lake Ecology Letters", "", "Abstract"], limit: 100).venue == nil)
    }

    @Test func aCitationPrintedAfterTheDOIAndAnArticleTypeGivesTheVenue() throws {
        let lines = ["DOI: 10.5555/B812345X (Paper) J. Soil Chem., 2009, 19, 2201-2210", "Received 2nd March 2009"]
        let v = try #require(CitationBesideDOI.venue(in: lines, doi: "10.5555/b812345x"))
        #expect(v.journal == "J. Soil Chem." && v.volume == "19" && v.pages == "2201-2210" && v.date?.year == 2009)
    }

    @Test func aVolumeLineSeparatedBySlashesKeepsItsJournal() throws {
        let v = try #require(VenueLocator(volumeLine: "Parasite Ecology Open / Volume 3 / 2017, e12 (9 pages)"))
        #expect(v.journal == "Parasite Ecology Open" && v.volume == "3")
    }

    @Test func aCitationLineWhosePartsABrowserGluedGivesItsJournalAndYear() throws {
        let v = try #require(VenueLocator(gluedTail: "J. Soil Chem. B2004108122201-2210"))
        #expect(v.journal == "J. Soil Chem. B" && v.date?.year == 2004 && v.volume == nil && v.pages == nil)
        let asap = try #require(VenueLocator(gluedTail: "Soil Letters2021XXXXXXXXXX-XXX"))
        #expect(asap.journal == "Soil Letters" && asap.date?.year == 2021)
        // Spaced text is no glued citation; digits that open with no year are not read.
        #expect(VenueLocator(gluedTail: "Soil Letters 2021, 12, 33-40") == nil)
        #expect(VenueLocator(gluedTail: "Soil Letters1234") == nil)
    }

    @Test func furnitureGluedToAnArticlesOwnLineIsCutOff() {
        #expect(GluedFurniture.separated("Author links open overlay panelMaria Olsen") == "Maria Olsen")
        #expect(GluedFurniture.separated("https://doi.org/10.5555/j.soil.2018.10.004Get rights and content") == "https://doi.org/10.5555/j.soil.2018.10.004")
        // Spaced words are left alone, and a single word could be the name's or the DOI's own.
        #expect(GluedFurniture.separated("Show more about the survey design") == "Show more about the survey design")
        #expect(GluedFurniture.separated("doi:10.5555/soil.2018.Article") == "doi:10.5555/soil.2018.Article")
    }

    @Test func aDumpsVenueIsReadFromTheJournalAboveADateAndAVolumeLine() throws {
        let page = """
            HOME | ABOUT | CURRENT ISSUE | ARCHIVE
            Archive Practice Magazine

            March/April 2018
            Volume 24, Number 3/4

            Crowds in the reading room: volunteer transcription at scale

            Maria Olsen, University of Bergen
            Pedro Duarte, University of Lisbon

            Abstract

            Volunteer transcription projects have grown from a few hundred pages to millions of records, and archives now plan their description work around them. We describe how three archives organised the work.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Crowds in the reading room: volunteer transcription at scale")
        #expect(r.containerTitle == "Archive Practice Magazine" && r.volume == "24")
    }

    @Test func aJournalPrintedBesideTheArticleTypeAboveTheTitleIsTheVenue() throws {
        let page = """
            Nature Soil Science | Article

            Root exudates steer microbial carbon use in drying soils
            Maria Olsen1,
            Pedro Duarte2,
            Anna Berg1
            Affiliations
            https://doi.org/10.5555/nsoil.2021.77
            Abstract
            Drying soils lose carbon through microbes that feed on root exudates, and we show how the exudates' mix decides how much of it is respired.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Root exudates steer microbial carbon use in drying soils")
        #expect(r.containerTitle == "Nature Soil Science")
    }

    @Test func aPairAfterATailHeadingBelowTheArticlesOwnIsAnotherWork() throws {
        let page = """
            Soil Chemistry Reports
            Volume 1144, 15 November 2018, Pages 50-55
            Bonding in clay minerals without orbitals
            Author links open overlay panelKati Berg
            Show more
            https://doi.org/10.5555/j.scr.2018.10.004Get rights and content
            Abstract
            This work presents a parameter-free reading of bonding in clay minerals from their electron density alone, with no orbitals and no fitted functionals.
            References
            Recommended articles
            Drying and wetting cycles in loess: a field study of aggregate stability
            Maria Olsen, Pedro Duarte
            Soil Physics Letters, Volume 106, 2019, pp. 1-4
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Bonding in clay minerals without orbitals")
        #expect(r.authors.map(\.family) == ["Berg"])
        #expect(r.doi == "10.5555/j.scr.2018.10.004")
        #expect(r.containerTitle == "Soil Chemistry Reports")
        #expect(r.volume == "1144")
    }

    @Test func aTabAmongTabsIsNoTailHeadingAndKeepsTheCitationBelowIt() throws {
        let page = """
            Crowds in the reading room: volunteer transcription at scale

            Maria Olsen, Pedro Duarte and Anna Berg

            Archive Practice, Volume 12, Number 4

            Download Article PDF
            Figures
            Tables
            References

            Article information
            Citation

            M Olsen et al 1976 Archive Practice 12 143
            """
        let table = LineTable(page.components(separatedBy: "\n"))
        #expect(table.firstTailHeading(in: 0..<table.count) == nil)
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Crowds in the reading room: volunteer transcription at scale")
        #expect(r.volume == "12")
    }

    @Test func aTextBrowsersFormFieldsAreNoByline() throws {
        #expect(TextByline.isFormLine("Folder Name [ ]"))
        #expect(TextByline.isFormLine("[ ]Remember Email on this computer"))
        #expect(!TextByline.isFormLine("Maria Olsen [1]"))
        let page = """
            Crowds in the reading room: volunteer transcription at scale
            Maria Olsen, Pedro Duarte and Anna Berg
            Archive Practice 12(4): 143-160 (1 October 2015). DOI: 10.5555/ap.2015.143
            Abstract
            Volunteer transcription projects have grown from a few hundred pages to millions of records, and archives now plan their description work around them.
            You currently do not have any folders to save your paper to! Create a new folder below.
            Create New Folder
            Folder Name [ ]
            [ ]
            [ ]
            Folder Description [ ]
            SAVE
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Crowds in the reading room: volunteer transcription at scale")
        #expect(r.authors.map(\.family) == ["Olsen", "Duarte", "Berg"])
    }

    @Test func aTableRowOfSeveralLabelledCellsGivesEachValue() throws {
        let lines = ["Тип: статья в журнале - научная статья Язык: русский", "Номер: 4 Год: 2012", "Страницы: 45-51", "", "",
                     "ЖУРНАЛ:", "ВЕСТНИК УНИВЕРСИТЕТА. СЕРИЯ 3: ФИЗИКА", "Издательство: Университет (Москва)", "ISSN: 0579-9392"]
        let v = try #require(DetailsTable(lines, limit: 100).venue)
        #expect(v.issue == "4" && v.date?.year == 2012 && v.pages == "45-51")
        #expect(v.journal == "ВЕСТНИК УНИВЕРСИТЕТА. СЕРИЯ 3: ФИЗИКА")
        #expect(DetailsTable.cells("Volume: 6 Issue: 2 Pages: 1-10").map(\.value) == ["6", "2", "1-10"])
    }

    @Test func referenceHeadingsInOtherLanguagesEndTheArticlesOwnLines() {
        for heading in ["Referencias", "СПИСОК ЦИТИРУЕМОЙ ЛИТЕРАТУРЫ:", "Références bibliographiques", "Literaturverzeichnis", "You might also like"] {
            #expect(ArticleTextReading.isTailHeading(heading), "\(heading)")
        }
    }

    @Test func aBareDOILinkUnderTheReferencesIsAnEntrysUnlessLabelled() throws {
        let head = ["Trayectorias de abandono escolar en bachilleratos del norte de México", "María López Hernández, Jorge Garza Villarreal",
                    "Revista de Estudios Escolares, vol. 27, núm. 93, 2022", "", "Referencias", "",
                    "Blanco, E. (2017). Los límites de la escuela. Perfiles Educativos, vol. 39, pp. 45-61."]
        let entry = try #require(LayoutTextReading(head + ["https://doi.org/10.5555/pe.2017.155"]))
        #expect(entry.labelledDOI() == nil)
        let labelled = try #require(LayoutTextReading(head + ["About this paper", "DOI", "https://doi.org/10.5555/own.2022.93"]))
        #expect(labelled.labelledDOI() == "10.5555/own.2022.93")
    }

    @Test func aTitleLabelIsNoPartOfTheTitle() {
        #expect(LayoutTextReading.withoutTitleLabel("Title: Sharp estimates for slow tides") == "Sharp estimates for slow tides")
        #expect(LayoutTextReading.withoutTitleLabel("Titles of nobility in early modern Spain") == "Titles of nobility in early modern Spain")
    }

    @Test func aListItemsDOIStandsAboveAReferenceHeadingNotUnderIt() {
        let table = LineTable(["Maria Olsen, Pedro Duarte", "", "References", "Smith J. Tides. Ocean Lett. 2010;3:1-9. doi:10.5555/other.1"])
        let byline = LayoutByline(start: 0, end: 1, names: ["Maria Olsen", "Pedro Duarte"])
        #expect(LayoutTextReading.itemKey(byline, in: table) == nil)
        let listed = LineTable(["Maria Olsen, Pedro Duarte", "doi:10.5555/item.1"])
        #expect(LayoutTextReading.itemKey(byline, in: listed) == "doi:10.5555/item.1")
    }

    @Test func anAuthorYearCitationGivesTheJournalAfterTheYear() throws {
        let v = try #require(VenueLocator(citationTail: "M Olsen et al 1976 Tidal Studies 12 143"))
        #expect(v.journal == "Tidal Studies" && v.volume == "12" && v.pages == "143" && v.date?.year == 1976)
        // A sentence with a year is no author-year citation: its subject is no journal.
        #expect(VenueLocator(citationTail: "The 2020 MCQ for Proceedings of the Tidal Society is 0.85.")?.journal?.hasPrefix("MCQ") != true)
    }

    @Test func aVenueLabelIsNoPartOfTheJournal() throws {
        let v = try #require(VenueLocator(citationTail: "Journal: Proc. Tidal Soc. 141 (2013), 2345-2358"))
        #expect(v.journal == "Proc. Tidal Soc." && v.volume == "141" && v.pages == "2345-2358")
    }

    @Test func aTableRowsBareNumbersAreNoLocator() {
        #expect(!LayoutTextReading.isLocatorTail(" 1 2 3"))
        #expect(LayoutTextReading.isLocatorTail(" 12 143"))
        #expect(LayoutTextReading.isLocatorTail(" 141 (2013), 2345-2358"))
    }

    @Test func aLabelAndItsValueAboveAVolumeLineNameNoJournal() throws {
        let page = """
            ISSN: 1405-6666
            Periodicidad: Trimestral
            vol. 27, núm. 93, 2022

            Trayectorias de abandono escolar en bachilleratos tecnológicos del norte de México
            María López Hernández, Jorge Garza Villarreal
            Resumen
            Este artículo analiza las trayectorias de estudiantes de bachilleratos tecnológicos que abandonaron sus estudios entre 2016 y 2019, con registros administrativos y entrevistas.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.containerTitle == nil && r.volume == "27")
    }

    @Test func aSourceLabelHoldingTheWholeCitationGivesItsParts() throws {
        let page = "Title: Street vending and municipal licensing in Accra\nAuthors: Ama Owusu; Kofi Mensah\n"
            + "Source: Town Planning Studies, Volume 84, Number 2, March 2013, pp. 245-262(18)\nDOI: 10.5555/tps.84.2.245\n"
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.containerTitle == "Town Planning Studies" && r.volume == "84" && r.issue == "2" && r.page == "245-262")
    }

    @Test func pagesGluedToTheirLabelOnAVolumeLineAreRead() throws {
        let v = try #require(VenueLocator(volumeLine: "Volume 401, Issue 10379, P812-824, March 11, 2023"))
        #expect(v.volume == "401" && v.issue == "10379" && v.pages == "812-824" && v.date?.year == 2023)
    }

    @Test func pagesAfterALabelWithoutItsDotAreRead() throws {
        let v = try #require(VenueLocator(volumeLine: "Lecture Notes in Tidal Science Volume 8098, 2013, pp 275-292"))
        #expect(v.volume == "8098" && v.pages == "275-292" && v.date?.year == 2013)
        // An article number stated as such stands for the pages.
        let numbered = try #require(VenueLocator(volumeLine: "Tidal Computing, Volume 21, Issue 4 • December 2021 • Article No.: 27, pp 1–29"))
        #expect(numbered.pages == "27")
    }
}
