import Testing
import BibModel
@testable import BibExtract

/// Field values per corpus family, including each file's traps (see the notes in corpus/gold.jsonl).
struct CorpusFamilyTests {
    @Test func plosHighwireIgnoresReferenceAuthors() throws {
        let r = try Fixtures.record("corpus/PLOSONE_pone.0213978.html")
        #expect(r.authors.count == 11)
        #expect(r.authorKeys.first == "Li, Y")
        #expect(r.authorKeys.last == "Zhao, P")
        #expect(r.issued == PartialDate(year: 2019, month: 4, day: 22))
        #expect(r.number == "e0213978")
        #expect(r.evidence["title"] == "meta:citation_title")
    }

    @Test func elifeDublinCoreAndCiteLine() throws {
        let r = try Fixtures.record("corpus/ELIFE_44753.html")
        #expect(try Fixtures.extractor("corpus/ELIFE_44753.html") == "elife")
        #expect(r.doi == "10.7554/elife.44753")
        #expect(r.containerTitle == "eLife")
        #expect(r.volume == "8")
        #expect(r.number == "e44753")
        #expect(r.abstract == nil, "the impact statement in og:description is not the abstract")
        #expect(r.authorKeys == ["Kourakis, M", "Borba, C", "Zhang, A", "Newman-Smith, E", "Salas, P", "Manjunath, B", "Smith, W"])
    }

    @Test func natureAdvanceOnlineKeepsEmptyFieldsEmpty() throws {
        let r = try Fixtures.record("corpus/NATURE_nature13322_2014.html")
        #expect(r.volume == nil && r.issue == nil && r.page == nil && r.number == nil)
        #expect(r.issued?.year == 2014)
        #expect(r.doi == "10.1038/nature13322")
        #expect(r.authorKeys.prefix(2) == ["Vande Walle, L", "Van Opdenbosch, N"])
        #expect(r.authorKeys.contains("van Loo, G"))
    }

    @Test func halDepositDateIsNotThePublicationYear() throws {
        let r = try Fixtures.record("corpus/HAL_jpa-00235190.html")
        #expect(r.issued?.year == 1955)
        #expect(r.availableOnline?.year == 2008)
        #expect(r.page == "444-445")
        #expect(r.abstract?.contains("n'est pratiquement") == true)
    }

    @Test func ojsBogusAbbreviationAndBreadcrumbVolume() throws {
        let r = try Fixtures.record("corpus/OJS_firstmonday_10274_landing.html")
        #expect(r.containerTitleShort == nil)
        #expect(r.volume == "25")
        #expect(r.issue == "10")
        #expect(r.title == "Surveillance, stigma & sociotechnical design for HIV")
    }

    @Test func ojsFullTextGalleyInventsNothing() throws {
        let r = try Fixtures.record("corpus/OJS_firstmonday_10274_fulltext.html")
        #expect(r.doi == nil)
        #expect(r.issued == nil)
        #expect(r.authors.isEmpty)
        #expect(r.abstract?.hasPrefix("Online dating and hookup platforms") == true)
    }

    @Test func pubmedLegacyFromVisibleCitation() throws {
        let r = try Fixtures.record("corpus/PUBMED_legacy2015_25817406.html")
        #expect(r.pmid == "25817406")
        #expect(r.authorKeys == ["Powell, D", "Moss-Morris, R", "Liossi, C", "Schlotz, W"])
        #expect(r.volume == "56" && r.page == "120-131")
        #expect(r.doi == "10.1016/j.psyneuen.2015.03.010")
        #expect(r.abstract?.hasPrefix("Cortisol is a key regulator") == true)
    }

    @Test func scienceDirectAuthorsFromNameSpans() throws {
        for file in ["corpus/SCIENCEDIRECT_S2210271X18305656.html", "corpus/SCIENCEDIRECT_S2210271X18305656_oldcapture.html"] {
            let r = try Fixtures.record(file)
            #expect(r.authorKeys == ["Finzel, K"])
            #expect(r.page == "50-55")
            #expect(r.abstract?.hasPrefix("This work presents") == true)
        }
    }

    @Test func scienceDirect2009WithoutMeta() throws {
        let r = try Fixtures.record("corpus/SCIENCEDIRECT_capture2010_biomaterials.2004.04.011.html")
        #expect(r.title == "Inkjet printing of viable mammalian cells")
        #expect(r.containerTitle == "Biomaterials")
        #expect(r.issued?.year == 2005)
        #expect(r.volume == "26" && r.issue == "1" && r.page == "93-99")
        #expect(r.authorKeys.last == "Boland, T")
    }

    @Test func atyponCiteLineAndJournal() throws {
        let acs = try Fixtures.record("corpus/ACS_nl2028766.html")
        #expect(acs.containerTitle == "Nano Letters")
        #expect(acs.volume == "11" && acs.issue == "11" && acs.page == "4932-4938")
        #expect(acs.authorKeys[3] == "d’Uscio, L")
        let ar = try Fixtures.record("corpus/ANNUALREVIEWS_conmatphys-031214-014726.html")
        #expect(ar.containerTitle == "Annual Review of Condensed Matter Physics")
        #expect(ar.volume == "6" && ar.page == "15-38")
    }

    @Test func dlibLatin1BylineAndIssueLine() throws {
        let r = try Fixtures.record("corpus/DLIB_may2017-vanhyning.html")
        #expect(r.authorKeys == ["Van Hyning, V", "Blickhan, S", "Trouille, L", "Lintott, C"])
        #expect(r.issue == "5/6")
        #expect(r.doi == "10.1045/may2017-vanhyning")
    }

    @Test func springerBothCaptures() throws {
        for file in ["corpus/SPRINGERLINK_s10924-010-0192-1.html", "corpus/SPRINGERLINK_s10924-010-0192-1_oldcapture.html"] {
            let r = try Fixtures.record(file)
            #expect(r.title == "In Vitro Cytotoxicity of Amylose-Based Bioplastic for Packaging Applications")
            #expect(r.authorKeys.first == "Bandyopadhyay-Ghosh, S")
            #expect(r.issued?.year == 2010)
            #expect(r.page == "231-234")
        }
    }

    @Test func usenixConferencePaperWithoutDOI() throws {
        let r = try Fixtures.record("corpus/USENIX_sec22_bulekov.html")
        #expect(r.type == .conferencePaper)
        #expect(r.doi == nil)
        #expect(r.containerTitle == "31st USENIX Security Symposium (USENIX Security 22)")
        #expect(r.abstract?.hasPrefix("The security of the entire cloud") == true)
    }
}
