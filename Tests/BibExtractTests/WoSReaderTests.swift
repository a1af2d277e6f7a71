import Testing
import BibModel
@testable import BibExtract

/// The Web of Science plain-text reader (small inputs of our own).
struct WoSReaderTests {
    static let two = """
        \u{FEFF}FN Clarivate Analytics Web of Science
        VR 1.0
        PT J
        AU Smith, J
           Doe, JR
        AF Smith, John (john@x.org)
           Doe, Jane R.
        TI A wrapped
           title
        SO JOURNAL OF THINGS
        DT Article; Early Access
        PY 2020
        PD MAR 1
        AR UNSP 1722034
        DI 10.1000/ABC
        ER

        PT J
        AU Thompson, Frank R., III
        TI Second
        SO ZOOLOGICA
        PY 1999
        VL 40
        PS i-iv, 1-74
        ER

        EF
        """

    @Test func headersContinuationLinesAndFullNames() throws {
        let f = try RecordFiles.read(WoSReader(), Self.two)
        #expect(f.records.count == 2)
        let a = f.records[0]
        #expect(a.title == "A wrapped title")
        #expect(a.authors.map(\.family) == ["Smith", "Doe"] && a.authors[0].given == "John")
        #expect(a.issued == PartialDate(year: 2020, month: 3, day: 1))
        #expect(a.number == "UNSP 1722034" && a.doi == "10.1000/abc")
        #expect(a.type == .journalArticle)
        #expect(f.records[1].authors.first?.suffix == "III")
        #expect(f.records[1].page == "i-iv, 1-74")
        #expect(f.lines == [3, 18])
    }

    @Test func recognisedWithAndWithoutHeader() throws {
        #expect(try RecordFiles.chosen(Self.two) == "wos-text")
        #expect(try RecordFiles.chosen("PT J\nAU Wodarz, S\nTI Title here\nER\n") == "wos-text")
    }
}
