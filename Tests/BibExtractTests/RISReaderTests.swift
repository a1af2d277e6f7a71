import Testing
import BibModel
@testable import BibExtract

/// The RIS reader on vendor variants (small inputs of our own).
struct RISReaderTests {
    @Test func bomContinuationLinesRepeatedTagsAndNoFinalER() throws {
        let f = try RecordFiles.read(RISReader(), "\u{FEFF}TY  - JOUR\r\nTI  - First\r\nAU  - Smith, John\r\nAU  - Doe, J.\r\nKW  - species\r\ndrug plants\r\nAB  - The abstract\r\ngoes on.\r\nAB  - Translated abstract\r\nIS  - \r\nER  - \r\n\r\nTY  - CHAP\r\nTI  - Second\r\nT2  - The Book\r\nPY  - 2016\r\n")
        #expect(f.records.count == 2)
        let a = f.records[0]
        #expect(a.title == "First" && a.authors.map(\.family) == ["Smith", "Doe"])
        #expect(a.keywords == ["species", "drug plants"])
        #expect(a.abstract == "The abstract goes on.")
        #expect(a.issue == nil)
        #expect(f.records[1].type == .bookChapter && f.records[1].containerTitle == "The Book")
        #expect(f.problems.map(\.line) == [13])
    }

    @Test func loneCarriageReturnsSeparateFields() throws {
        let f = try RecordFiles.read(RISReader(), "TY  - JOUR\nTI  - A title\nAD  - Kansas State Univ\rPU  - SCHATTAUER\rDO  - 10.1000/xyz\nER  - \n")
        #expect(f.records.first?.doi == "10.1000/xyz")
        #expect(f.records.first?.publisher == "SCHATTAUER")
    }

    @Test func vendorTagMeanings() throws {
        // Ovid: numbered lines, JF journal, A1 authors, N2 abstract, DOI as a URL. EBSCO: L3 DOI.
        // Scopus: T2 journal, C7 article number. Zotero: DA with an undefined day.
        let f = try RecordFiles.read(RISReader(), """
            1.
            TY  - JOUR
            DO  - http://dx.doi.org/10.4236/OJF.2020.101008
            T1  - Ovid title
            A1  - Lee, K.
            JF  - Open Journal of Forestry
            JA  - Open J For
            N2  - Ovid abstract.
            Y1  - 2016/09//
            ER  -\u{20}

            2.
            TY  - JOUR
            TI  - EBSCO title
            L3  - 10.1016/j.agee.2016.06.001
            JO  - Agric Ecosyst Environ
            SP  - 206
            EP  - 215
            ER  -\u{20}
            TY  - JOUR
            TI  - Scopus title
            T2  - Digital Health
            C7  - e46688
            DA  - 1999/08//undefined
            ER  -\u{20}
            """)
        #expect(f.records.count == 3)
        #expect(f.records[0].doi == "10.4236/ojf.2020.101008")
        #expect(f.records[0].containerTitle == "Open Journal of Forestry" && f.records[0].containerTitleShort == "Open J For")
        #expect(f.records[0].abstract == "Ovid abstract." && f.records[0].issued == PartialDate(year: 2016, month: 9))
        #expect(f.records[1].doi == "10.1016/j.agee.2016.06.001" && f.records[1].page == "206-215")
        #expect(f.records[2].containerTitle == "Digital Health" && f.records[2].number == "e46688")
        #expect(f.records[2].issued == PartialDate(year: 1999, month: 8))
        #expect(f.problems.isEmpty)
    }

    @Test func recognisedFromContent() throws {
        #expect(try RecordFiles.chosen("TY  - JOUR\nTI  - X title\nER  - \n") == "ris")
    }
}

/// MEDLINE/nbib traps: CR LF, blank-line separators, ERIC's look-alike without PMID.
struct MedlineRecordTests {
    @Test func crlfBlankLinesAndLeadingBlankLine() throws {
        let f = try RecordFiles.read(MedlineReader(), "\r\nPMID- 1\r\nTI  - First\r\n      title\r\nLID - 10.1000/x [doi]\r\nPG  - 616-7\r\n\r\nPMID- 2\r\nTI  - Second\r\n")
        #expect(f.records.map(\.title) == ["First title", "Second"])
        #expect(f.records[0].doi == "10.1000/x" && f.records[0].page == "616-7")
        #expect(f.lines == [2, 8])
    }

    @Test func ericLookAlikeWithoutPMID() throws {
        let text = "TI  - An ERIC record\nAU  - Smith, Tom\nSO  - v10 n1 p1-10 2000\nDP  - 2000\n\nTI  - Another\nAU  - Doe, Jane\n"
        #expect(try RecordFiles.chosen(text) == "medline-text")
        let f = try RecordFiles.read(MedlineReader(), text)
        #expect(f.records.count == 2)
        #expect(f.records[0].volume == "10" && f.records[0].issue == "1" && f.records[0].page == "1-10")
        #expect(f.records[0].authors == [Person(family: "Smith", given: "Tom")])
    }
}
