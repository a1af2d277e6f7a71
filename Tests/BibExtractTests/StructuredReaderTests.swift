import Testing
import BibModel
@testable import BibExtract

/// PubMed XML, JATS, arXivRaw OAI and MEDLINE text readers on the corpus records.
struct StructuredReaderTests {
    @Test func pubmedXMLStructuredAbstractAndOwnIdentifiers() throws {
        let r = try Fixtures.record("corpus/PUBMEDXML_27797938.xml")
        #expect(try Fixtures.extractor("corpus/PUBMEDXML_27797938.xml") == "pubmed-xml")
        #expect(r.pmid == "27797938")
        #expect(r.doi == "10.1136/gutjnl-2016-312510")
        #expect(r.authors.count == 22)
        #expect(r.authorKeys[19] == "De Vivo, I")
        #expect(r.page == "1116-1122" && r.volume == "66" && r.issue == "6")
        #expect(r.abstract?.hasPrefix("Telomere shortening occurs") == true)
        #expect(r.abstract?.contains("OBJECTIVE") == false)
        #expect(r.abstract?.contains("(TERT) gene") == true)
    }

    @Test func pubmedXMLWithoutSetRoot() throws {
        let r = try Fixtures.record("corpus/PUBMEDXML_19129924.xml")
        #expect(r.containerTitle == "Frontiers in neuroinformatics")
        #expect(r.containerTitleShort == "Front Neuroinform")
        #expect(r.number == "6")
        #expect(r.availableOnline == PartialDate(year: 2008, month: 12, day: 19))
    }

    @Test func jatsLatin1WithNonStandardIssue() throws {
        let r = try Fixtures.record("corpus/SCIELO_jats_S1683-98032015000200002.xml")
        #expect(r.title?.hasSuffix("Yby Yau y Azote’y, 2011") == true)
        #expect(r.containerTitle == "Pediatría (Asunción)")
        #expect(r.authorKeys == ["Ruiz Valiente, S", "Ruiz Cañete, M", "Cohene Velazquez, B"])
        #expect(r.issue == "2" && r.page == "102-107")
        #expect(r.issued == PartialDate(year: 2015, month: 8, day: 30))
    }

    @Test func arxivRawTeXAccentsAndJournalRef() throws {
        let r = try Fixtures.record("corpus/ARXIVRAW_oai_1810.09584.xml")
        #expect(r.type == .preprint)
        #expect(r.arxiv == "1810.09584")
        #expect(r.authorKeys == ["Chetrite, R", "Gupta, S", "Neri, I", "Roldán, É"])
        #expect(r.containerTitle == "EPL" && r.volume == "124" && r.number == "60006")
        #expect(r.issued?.year == 2018)
        #expect(r.availableOnline == PartialDate(year: 2018, month: 10, day: 22))
    }

    @Test func medlineContinuationLinesAndFullAuthorNames() throws {
        let r = try Fixtures.record("corpus/MEDLINE_12230038.txt")
        #expect(r.pmid == "12230038")
        #expect(r.authors == [Person(family: "Mangalam", given: "Harry")])
        #expect(r.abstract?.contains("commercial software. The Open Source BioPerl") == true)
        #expect(r.issued == PartialDate(year: 2002, month: 9))
        #expect(r.doi == nil)
        #expect(r.page == "296-302")
    }

    @Test func journalRefForms() {
        let a = JournalRef.parse("EPL 124,60006 (2018)")
        #expect(a?.journal == "EPL" && a?.volume == "124" && a?.page == "60006" && a?.year == 2018)
        let b = JournalRef.parse("Phys. Rev. D 98 (2018) 123511")
        #expect(b?.journal == "Phys. Rev. D" && b?.volume == "98" && b?.page == "123511" && b?.year == 2018)
        #expect(JournalRef.parse("Submitted to a journal") == nil)
    }

    @Test func texAccents() {
        #expect(StructuredSupport.decodeTeX(#"\'Edgar Rold\'an, J. M\"{u}ller, {\c C}elik"#) == "Édgar Roldán, J. Müller, Çelik")
    }
}
