import BibModel
import BibParse
import Testing
@testable import BibExtract

/// Article pages saved as text that no labelled reading understands, read from their layout by
/// `LayoutTextExtractor`: the title above the byline, bylines in their printed forms, the DOI and venue near
/// them, hard-wrapped titles; lists of articles and banners refused.
@Suite struct LayoutTextTests {
    @Test func titleAboveAOneNamePerLineBylineWithMarkersIsRead() throws {
        let page = """
            Skip to main content
            Journal of Field Ornithology
            Menu
            Search
            Nesting success of reed warblers along a salinity gradient
            Hanne K. Lindqvist1, 2,
            Tomasz Wrobel3,
            Ana Ferreira1 and
            Jon Ekberg2
            1Department of Biology, Lund University, Lund, Sweden
            Journal of Field Ornithology 93(2): 115-127
            https://doi.org/10.5555/jfo.2022.0042
            Reed warblers nest in brackish and fresh reed beds alike. We followed 412 nests over four seasons and found that nest survival fell with salinity, mostly through predation at the egg stage, while the number of fledglings per successful nest did not change.
            """
        let out = try SeedSupport.text(page)
        #expect(out.extractor == "layout-text")
        let r = try #require(out.records.first)
        #expect(r.title == "Nesting success of reed warblers along a salinity gradient")
        #expect(r.authors.map(\.family) == ["Lindqvist", "Wrobel", "Ferreira", "Ekberg"])
        #expect(r.doi == "10.5555/jfo.2022.0042")
        #expect(r.containerTitle == "Journal of Field Ornithology")
        #expect(r.volume == "93" && r.issue == "2" && r.page == "115-127")
        #expect(r.issued?.year == nil)
        #expect(r.abstract?.hasPrefix("Reed warblers nest") == true)
    }

    @Test func theJournalAboveAVolumeLineIsTheVenueNotTheTitle() throws {
        let page = """
            Home >
            Annual Review of Tidal Studies >
            Save
            Slow tides and fast winds in enclosed coastal basins

            Annual Review of Tidal Studies

            Vol. 9:101-130 (Volume publication date March 2021)
            https://doi.org/10.5555/tides-2021-0101

            Maria Olsen1 and Pedro Duarte1,2

            1Institute of Marine Research, Bergen, Norway
            Abstract
            We review how wind forcing and slow tidal exchange together set the residence time of water in enclosed basins, and what that means for their ecology.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Slow tides and fast winds in enclosed coastal basins")
        #expect(r.containerTitle == "Annual Review of Tidal Studies")
        #expect(r.authors.map(\.family) == ["Olsen", "Duarte"])
    }

    @Test func menuHeadingsOverMenusDoNotMakeAnArticlePageAList() throws {
        let page = """
            Oxford Journals
            My Basket
            Contact Us
            My Account
            Tidal Plants
            Volume 7
            Science & Mathematics
            Tidal Plants
            Volume 7
            10.5555/tidal/plv005
            Salt marsh grasses shift their roots with the spring tides
            Melanie R. Kazenel1,2,
            Catherine L. Debban3 and
            Jennifer A. Rudgers1
            1Department of Biology, University of New Mexico, Albuquerque, NM 87131, USA
            Current Content
            Volume 8 2016
            Previous Section
            Literature Cited
            Afkhami ME,
            McIntyre PJ
            . Mutualist-mediated effects on range limits. Ecology Letters 12: 1431-1440.
            """
        let out = try SeedSupport.text(page)
        let r = try #require(out.records.first)
        #expect(out.extractor == "layout-text")
        #expect(r.title == "Salt marsh grasses shift their roots with the spring tides")
        #expect(r.doi == "10.5555/tidal/plv005")
    }

    @Test func aTitleAndAuthorsThePageLabelsBeatABannerOverAByline() throws {
        let page = """
            close this message
            Preprint Archive smiley icon

            Global Survey

            Take our short survey.

            Physics > Fluid Dynamics
            [Submitted on 17 Jun 2021]

            Title:Slow mixing of warm water under sea ice

            Authors:Ingrid Nilsen, Tomas Berg
            Download PDF

            Abstract: We measured how warm water mixes under first-year sea ice over two winters and found mixing slower than models assume.
            Subjects: Fluid Dynamics (physics.flu-dyn)
            Cite as: arXiv:2106.09999 [physics.flu-dyn]
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Slow mixing of warm water under sea ice")
        #expect(r.authors.map(\.family) == ["Nilsen", "Berg"])
    }

    @Test func anIndentedOrderedListMarkIsNoPartOfTheLine() {
        #expect(LayoutTextReading.withoutListMarks("Dr. David J. Nelson^2,") == "Dr. David J. Nelson2,")
        // The number of an indented ordered-list item holding one name is dropped; a numbered heading at the
        // margin keeps it, and so do a line opening with a year and an item holding a citation.
        let text = "1. Introduction\n 2. Dr. David J. Nelson^2,\n    2014. Annual report\n2014. Annual report\n"
            + " 3. Susheel Kumar Nethi, Ayan Kumar Barui, Sudip Mukherjee, Chitta Ranjan"
        let page = Page(kind: .text, text: text, encoding: "UTF-8", document: nil)
        #expect(IndentedListMarks.dropped(page.lines, indents: page.indents)
                == ["1. Introduction", "Dr. David J. Nelson^2,", "2014. Annual report", "2014. Annual report",
                    "3. Susheel Kumar Nethi, Ayan Kumar Barui, Sudip Mukherjee, Chitta Ranjan"])
    }

    @Test func aTitleHeadsTheFirstBylineUnderItNotAnAffiliationListBelow() throws {
        let page = """
              Research article
            Tracing the spread of cave lions across Eurasia with ancient DNA

            Ross Barnett1*, Nobuyuki Yamaguchi2 and Greger Larson1

            * Corresponding author: Ross Barnett

            Author Affiliations

            1 Durham Evolution and Ancient DNA, Department of Archaeology, Durham University, Durham DH1 3LE, UK

            2 Department of Biological Sciences, Qatar University, Doha, Qatar

            Quaternary Genetics 2014, 14:70  doi:10.5555/qg-14-70
            Abstract
            We sequenced mitochondrial genomes of 52 cave lions and traced their spread across Eurasia over the last glacial period.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Tracing the spread of cave lions across Eurasia with ancient DNA")
        #expect(r.authors.map(\.family) == ["Barnett", "Yamaguchi", "Larson"])
    }

    @Test func aTitleOverItsTranslationInAnotherScriptIsTheTitle() throws {
        let page = """
            Il Nuovo Cimento B
            On the theory of identical particles

            К теории тождественных частиц

            J. M. Leinaas1 & J. Myrheim1
            Il Nuovo Cimento B volume 37, pages 1–23 (1977)
            https://doi.org/10.5555/nc.1977.37.1
            Abstract
            The classical configuration space of a system of identical particles is examined, and the quantum theory built on it.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "On the theory of identical particles")
        #expect(r.authors.map(\.family) == ["Leinaas", "Myrheim"])
    }

    @Test func honorificsBeforeBylineNamesAreNoPartOfTheNames() throws {
        let page = """
            Full Paper
            Mechanism of the transmetalation of organosilanes to silver
            Dr. Laura Falivene1,
            Dr. David J. Nelson2,
            Prof. Dr. Steven P. Nolan3,4,* and
            Prof. Dr. Luigi Cavallo1,*
            Version of Record online: 10 SEP 2015
            DOI: 10.5555/open.201500172
            Abstract
            The transmetalation of organosilanes to silver is studied by experiment and theory, and a mechanism through a bridged intermediate is proposed.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.authors.map(\.family) == ["Falivene", "Nelson", "Nolan", "Cavallo"])
        #expect(r.authors.map(\.given) == ["Laura", "David J.", "Steven P.", "Luigi"])
    }

    @Test func aCloseButtonBetweenBylineNamesDoesNotEndTheByline() throws {
        let page = """
            Research Article
            A new species of fanged frog with internal fertilization
            Djoko T. Iskandar,

            Affiliation: School of Life Sciences and Technology, Institut Teknologi Bandung, Bandung, Indonesia

            X
            Ben J. Evans,

            Affiliation: Department of Biology, McMaster University, Hamilton, Ontario, Canada

            X
            Jimmy A. McGuire
            Published: December 31, 2014
            DOI: 10.5555/journal.pone.0115884
            Abstract
            We describe a new species of fanged frog from Sulawesi that fertilizes internally and gives birth to tadpoles.
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.authors.map(\.family) == ["Iskandar", "Evans", "McGuire"])
    }

    @Test func namesWithTheirAffiliationsOnOneLineAreAByline() throws {
        let page = """
            Conference Policies
            Questions
            Tracing heap corruption with shadow allocators
            Mira Okafor, University of Leeds and Arm Ltd; Dev Patel and Li Wei, Arm Ltd; Sam Reyes, University of Leeds
            Heap corruption bugs remain a common root cause of exploitable crashes in systems software, and existing detectors slow programs by an order of magnitude or more.
            Published 12 August 2022
            DOI: 10.5555/sec.2022.118
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Tracing heap corruption with shadow allocators")
        #expect(r.authors.map(\.family) == ["Okafor", "Patel", "Wei", "Reyes"])
        #expect(r.issued?.year == 2022)
    }

    @Test func elidedParticlesAndGluedLabelsStayInTheByline() {
        #expect(PubMedAuthors.looksLikeName("Livius V. d’Uscio"))
        #expect(PubMedAuthors.looksLikeName("Marco D'Angelo"))
        #expect(TextByline.clean("Sanchita Bandyopadhyay-GhoshEmail author") == "Sanchita Bandyopadhyay-Ghosh")
    }

    @Test func runningTextAndNoticesLoseToATitle() {
        let title = LayoutTextReading.titleScore("Rigidity of Steklov eigenvalues on convex domains")
        #expect(LayoutTextReading.titleScore("it is properly attributed. For attribution, the original author") < title - 4)
        #expect(LayoutTextReading.titleScore("You currently do not have any folders to save your paper to") < title - 4)
        #expect(LayoutTextReading.titleScore("The full text of this article hosted at iucr.org is unavailable") < title - 4)
    }

    @Test func aTitleWrappedByATextBrowserIsJoined() throws {
        let page = """
            Home | Journals | Search
            Volume 12, Issue 4
            Long-term effects of mowing regimes on grassland plant diversity and soil
            carbon in central Europe
            Petra Novak, Karel Dvorak and Jana Svobodova
            DOI: 10.5555/veg.2021.0412
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Long-term effects of mowing regimes on grassland plant diversity and soil carbon in central Europe")
        #expect(r.authors.count == 3)
    }

    @Test func aBannerPrintedAboveEveryRelatedArticleIsNoTitle() throws {
        var page = """
            Annals of Applied Ecology
            Volume 7, Issue 2
            Soil fauna after wildfire in boreal forest
            Eeva Mäkinen, Lars Holm
            https://doi.org/10.5555/aae.2020.0702

            Related
            """
        for k in 1...3 {
            page += "\nOnline Library of Ecology\nErik Sand\(k)berg, Ola Nord\(k)\n"
        }
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.title == "Soil fauna after wildfire in boreal forest")
    }

    /// The last-resort labelled reading takes a page whose only reading is a labelled DOI only when the page
    /// labels one DOI; a table of contents labels each item's.
    @Test func aLabelledDOIAloneIsReadOnlyWhenThePageLabelsOne() throws {
        let single = "Menu\nSearch\nDOI: 10.5555/abc.123\nShare\n"
        #expect(try SeedSupport.text(single).records.first?.doi == "10.5555/abc.123")
        let toc = "Menu\nDOI: 10.5555/abc.1\nDOI: 10.5555/abc.2\nDOI: 10.5555/abc.3\n"
        #expect(throws: (any Error).self) { try SeedSupport.text(toc) }
    }

    @Test func threeArticlesWithBylinesAndDOIsAreAListAndRefused() {
        var page = "Journal of Coastal Studies\nVolume 3, Issue 1\n"
        for (k, t) in ["Dune migration on a barrier island", "Nitrate in a tidal estuary", "Cliff retreat under storms"].enumerated() {
            page += "\(t)\nAnna Berg, Tom Lund\nPages \(10 * k + 1)-\(10 * k + 9)\nhttps://doi.org/10.5555/jcs.\(k)\nAbstract\n"
        }
        #expect(LayoutTextReading(page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)) == nil)
        #expect((try? SeedSupport.text(page))?.extractor != "layout-text")
    }
}

/// What reads as a journal name before a volume.
@Suite struct JournalNameTests {
    @Test func journalsBrandedInLowerCamelCaseAreJournalNames() {
        for name in ["eLife", "mBio", "iScience", "eNeuro", "PLoS ONE", "Nature Materials"] {
            #expect(VenueLocator.isJournalName(name), "\(name)")
        }
        for text in ["views 807", "online first", "ok", "eeeLife", "cited 12 times"] {
            #expect(!VenueLocator.isJournalName(text), "\(text)")
        }
    }
}

/// Citation tails whose numbers carry labels, in the forms publishers print them.
@Suite struct LabelledCitationTailTests {
    @Test func labelledVolumesIssuesAndPagesAreReadWhateverTheirSpacing() throws {
        let emerald = try #require(VenueLocator(citationTail: ", Journal of Documentation, Vol. 77 No. 3, pp. 689-707. https://doi.org/10.5555/x"))
        #expect(emerald.journal == "Journal of Documentation" && emerald.volume == "77" && emerald.issue == "3" && emerald.pages == "689-707")
        let glued = try #require(VenueLocator(citationTail: "Int. J. of Logistics Systems and Management, 2014 Vol.18 No.3, pp.301 - 322"))
        #expect(glued.journal == "Int. J. of Logistics Systems and Management" && glued.volume == "18" && glued.issue == "3")
        #expect(glued.pages == "301-322" && glued.date?.year == 2014)
        let abnt = try #require(VenueLocator(citationTail: ". Revista Diálogos em Educação, [S. l.], v. 12, n. 2, p. 45–67, 2021. DOI: 10.5555/x"))
        #expect(abnt.journal == "Revista Diálogos em Educação" && abnt.volume == "12" && abnt.issue == "2" && abnt.date?.year == 2021)
        #expect(abnt.pages == "45–67", "\(abnt)")
        let legal = try #require(VenueLocator(citationTail: ", 47 Midland L. Rev. 401 (2019)."))
        #expect(legal.journal == "Midland L. Rev." && legal.volume == "47" && legal.pages == "401" && legal.date?.year == 2019)
        #expect(!VenueLocator.isJournalName("Since January"))
        #expect(emerald.pages == "689-707", "\(emerald)")
    }
}

/// What a printed name carries that is no part of it.
@Suite struct BylineNoiseTests {
    @Test func iconAltTextsAndGluedFootnoteLettersAreDropped() {
        #expect(TextByline.clean("Ana Petrović-Lukić EMAIL logo") == "Ana Petrović-Lukić")
        #expect(TextByline.clean("Sindre Haugland ORCID logo") == "Sindre Haugland")
        #expect(TextByline.clean("Yuwen Zhanga)") == "Yuwen Zhang")
        #expect(TextByline.clean("Jun Li") == "Jun Li")
    }
}

/// Affiliation markers printed as Roman numerals glued to a name.
@Suite struct RomanMarkerTests {
    @Test func aRomanNumeralGluedAfterALowerCaseLetterIsAMarker() {
        #expect(MarkedName("Ana Gonçalves^I".replacingOccurrences(of: "^", with: "")).name == "Ana Gonçalves")
        #expect(MarkedName("Pedro AraújoII,").markers == ["II"])
        #expect(MarkedName("Louis XIV").name == "Louis XIV")
        #expect(MarkedName("Ivan Ilyich").name == "Ivan Ilyich")
        #expect(MarkedName("SARAH THOMSONa").name == "SARAH THOMSON")
        #expect(MarkedName("Ivan McDONALD").name == "Ivan McDONALD")
    }
}

/// Bylines that print each name with its roles.
@Suite struct RoleBylineTests {
    @Test func aNameFollowedByItsRolesIsOneNameOfTheByline() throws {
        let lines = ["Shirley V Wang, assistant professor, associate epidemiologist1,", "Jessica M Franklin, assistant professor, biostatistician1,",
                     "Robert J Glynn, professor1,", "1Division of Pharmacoepidemiology, Brigham and Women’s Hospital"]
        let run = try #require(TextByline.names(inRun: lines, from: 0, limit: lines.count))
        #expect(run.names == ["Shirley V Wang", "Jessica M Franklin", "Robert J Glynn"])
    }
}

/// A search engine's hit counter near the top of a page.
@Suite struct ResultCounterTests {
    @Test func aHitCounterIsReadInItsCommonForms() {
        for line in ["148 results", "About 1,230 results", "Showing 1-20 of 148 results", "2,551 document results", "37 hits for sea salt"] {
            #expect(ResultCounter.isCounter(line), "\(line)")
        }
        for line in ["148 results were excluded after screening of the full texts", "Results", "12 authors", "2021 results in brief"] {
            #expect(!ResultCounter.isCounter(line), "\(line)")
        }
    }
}

/// Text-browser dumps: wrapped lines are joined by their printed width, indent included; a line further left
/// than the line above opens a field of its own.
@Suite struct HardWrapIndentTests {
    /// Twenty wrapped lines of prose make a dump hard-wrapped.
    static let prose = Array(repeating: "The quick brown fox jumps over the lazy dog while the cat watches from the", count: 20)

    @Test func anIndentedDetailLineJoinsItsWrappedLastWordWhenTheIndentIsCounted() {
        let lines = Self.prose + ["", "Roles Methodology, Project administration, Resources, Writing – original", "draft", "Tuanjie Wang ,"]
        let indents = Array(repeating: 0, count: 21) + [4, 4, 2]
        let joined = HardWrap.joined(lines, indents: indents)
        #expect(joined.contains("Roles Methodology, Project administration, Resources, Writing – original draft"))
        #expect(HardWrap.joined(lines).contains("draft"), "without the indent the line is too short to be broken")
    }

    @Test func aLineFurtherLeftThanTheLineAboveIsNotItsContinuation() {
        let lines = Self.prose + ["", "Proceedings of the 15th International Conference on Agents and", "Published in: Artificial Intelligence"]
        let indents = Array(repeating: 0, count: 21) + [14, 0]
        #expect(HardWrap.joined(lines, indents: indents).suffix(2) == ["Proceedings of the 15th International Conference on Agents and",
                                                                        "Published in: Artificial Intelligence"])
    }
}

/// What the layout reading keeps out of a title, an abstract and a byline.
@Suite struct LayoutHeaderFurnitureTests {
    @Test func aPageThatPrintsItsHeaderTwiceGivesTheFullerByline() throws {
        let page = """
            Physics of Warm Things
            Delocalization of heat in coupled oscillator chains
            Ann Lee,
            Bo Chen,
            Di Wu
            Affiliation University of Leeds, Leeds, United Kingdom
            Delocalization of heat in coupled oscillator chains
            Ann Lee,
            Bo Chen
            Published: April 22, 2019
            https://doi.org/10.5555/pwt.2019.0042
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.authors.map(\.family) == ["Lee", "Chen", "Wu"])
    }

    @Test func aBreadcrumbOrADOILineIsNotJoinedToTheTitleBelowIt() {
        #expect(LayoutTextReading.isHeaderLine("Home > Journals > Adv. Differential Equations > Volume 19 > Issue 3/4 > Article"))
        #expect(LayoutTextReading.isHeaderLine("DOI: 10.1039/C6OB02074G (Paper) Org. Biomol. Chem., 2016, Advance Article"))
        #expect(!LayoutTextReading.isHeaderLine("A multiplex PCR test to identify four common cattle-adapted Cryptosporidium"))
    }

    @Test func aLicenceOrACitationUnderTheBylineIsNotTheAbstract() {
        #expect(LayoutTextReading.isLicenceOrCitation("This is an open access article under the terms of the Creative Commons Attribution License, which permits use."))
        #expect(LayoutTextReading.isLicenceOrCitation("Kong, J., Chuddy, J., Stock, I. A., Loria, P. M. (2016) Ghrelin and hunger. Br J Pharmacol 173: 1452."))
        #expect(!LayoutTextReading.isLicenceOrCitation("Ghrelin increases growth hormone secretion, gastric acid secretion, gastric motility and hunger."))
    }

    @Test func anIconsCorrespondingAuthorTextIsNoPartOfTheName() {
        #expect(TextByline.clean("William C Smith  Is a corresponding author ") == "William C Smith")
        #expect(TextByline.clean("Fonction : Auteur") == nil)
    }

    @Test func affiliationLettersAfterANameAreDroppedButNotAParticle() {
        #expect(TextByline.clean("Chengcheng Chen ad") == "Chengcheng Chen")
        #expect(TextByline.clean("Yijing Wang *ab") == "Yijing Wang")
        #expect(TextByline.isLetterMarker("a") && TextByline.isLetterMarker("*ab") && !TextByline.isLetterMarker("de"))
        #expect(!TextByline.isLetterMarker("Chen") && !TextByline.isLetterMarker("abcd"))
        #expect(TextByline.isLetterMarker("c1") && !TextByline.isLetterMarker("c123"))
        #expect(TextByline.clean("FRANK KATZERa c") == "FRANK KATZER")
        #expect(TextByline.clean("Ivan McDONALD") == "Ivan McDONALD")
    }
}

/// A citation's abbreviated journal and the full name the page's header prints.
@Suite struct HeaderJournalTests {
    @Test func theHeadersFullNameOfTheCitationsAbbreviatedJournalIsTheJournal() throws {
        let page = """
            Atmospheric Chemistry and Physics
            Articles
            Volume 21, issue 15
            Seasonal cycles of sulfate aerosol over the Arctic from ten years of ground stations
            Ann Lee, Bo Chen, and Di Wu
            Atmos. Chem. Phys., 21, 11635–11650, 2021
            https://doi.org/10.5194/acp-21-11635-2021
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.containerTitle == "Atmospheric Chemistry and Physics")
        #expect(r.containerTitleShort == "Atmos. Chem. Phys.")
        #expect(r.volume == "21" && r.page?.hasPrefix("11635") == true)
    }

    @Test func aHeaderLineThatTheAbbreviationDoesNotFitLeavesTheJournalAsPrinted() throws {
        let page = """
            Chemistry Open Library
            Seasonal cycles of sulfate aerosol over the Arctic from ten years of ground stations
            Ann Lee, Bo Chen, and Di Wu
            Atmos. Chem. Phys., 21, 11635–11650, 2021
            https://doi.org/10.5194/acp-21-11635-2021
            """
        let r = try #require(try SeedSupport.text(page).records.first)
        #expect(r.containerTitle == "Atmos. Chem. Phys.")
    }
}

/// What a page prints around its own title several times, and what it prints invisibly inside names.
@Suite struct RepeatedTitleTests {
    @Test func aTitlePrintedThreeTimesIsNoBannerButAShortLineIs() {
        let title = "The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles"
        let lines = [title, "Wiley Online Library", title, "Wiley Online Library", title, "Wiley Online Library"]
        #expect(LayoutTextReading.repeatedLines(lines[...]) == ["Wiley Online Library"])
    }

    @Test func zeroWidthSpacesBetweenANameAndItsMarkerAreDropped() {
        let m = MarkedName("Heather Piwowar\u{200B}\u{200B}1")
        #expect(m.name == "Heather Piwowar" && m.markers == ["1"])
    }
}

/// OJS prints each author as a line of name, institution and ORCID link, with no comma after the name.
@Suite struct NameBeforeInstitutionTests {
    @Test func theNameBeforeAnInstitutionOfItsPlaceOrBesideAnORCIDLinkIsRead() {
        #expect(LayoutBylines.nameBeforeInstitution("Os Keyes University of Washington, Department of Human Centered Design & Engineering") == "Os Keyes")
        #expect(LayoutBylines.nameBeforeInstitution("Calvin Liang University of Washington https://orcid.org/0000-0002-3795-3441") == "Calvin Liang")
        #expect(LayoutBylines.nameBeforeInstitution("Harvard Medical School, Boston, MA, USA") == nil)
        #expect(LayoutBylines.nameBeforeInstitution("Department of Chemistry, University of Waterloo") == nil)
    }
}

/// Subscripts a text browser prints in brackets.
@Suite struct BracketedSubscriptTests {
    @Test func bracketsGluedToALetterAreSubscriptsAndAReferenceKeepsItsBrackets() {
        #expect(LayoutTextReading.withoutBracketedSubscripts("Hollow Ni[12]P[5] nanocrystals") == "Hollow Ni12P5 nanocrystals")
        #expect(LayoutTextReading.withoutBracketedSubscripts("as shown before [12] in cells") == "as shown before [12] in cells")
        #expect(LayoutTextReading.withoutBracketedSubscripts("[Review] Ca(OH)[2] in soils") == "[Review] Ca(OH)2 in soils")
    }
}
