import Testing
import BibModel
@testable import BibExtract

/// The CSV export reader and its RFC 4180 parser (small inputs of our own).
struct CSVExportReaderTests {
    @Test func quotedFieldsWithNewlinesAndDoubledQuotes() {
        var rows: [CSVTable.Row] = []
        CSVTable.forEachRow("\u{FEFF}a,b,c\r\n\"x, y\",\"line1\nline2\",\"say \"\"hi\"\"\"\r\n1, \"2\",\n") { rows.append($0); return true }
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["x, y", "line1\nline2", "say \"hi\""], ["1", "2", ""]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func scopusHeadersAndFullNames() throws {
        let f = try RecordFiles.read(CSVExportReader(), """
            "Authors","Author full names","Title","Year","Source title","Volume","Issue","Art. No.","Page start","Page end","DOI","Document Type"
            "Liu F.; Li C.","Liu, Fengyuan (60410297700); Li, Chunyun (58862216200)","A title",2026,"Digital Health","12","","e46688","","","10.1177/X","Article"
            """)
        #expect(f.records.count == 1)
        let r = f.records[0]
        #expect(r.authors.map(\.given) == ["Fengyuan", "Chunyun"])
        #expect(r.number == "e46688" && r.issue == nil && r.type == .journalArticle)
        #expect(f.lines == [2])
    }

    @Test func authorCellForms() {
        #expect(CSVExportReader.names("Xie, L., Jin, X., Zhou, M.") == ["Xie, L.", "Jin, X.", "Zhou, M."])
        #expect(CSVExportReader.names("P. Kogge; J. Shalf") == ["P. Kogge", "J. Shalf"])
        #expect(CSVExportReader.names("Araz R. AlievNigar T. IsmayilovaJohn McDonald") == ["Araz R. Aliev", "Nigar T. Ismayilova", "John McDonald"])
        #expect(CSVExportReader.person("C. De Graaf") == Person(family: "Graaf", given: "C. De"))
        #expect(CSVExportReader.person("Liu F.") == Person(family: "Liu", given: "F."))
    }

    @Test func shiftedRowIsReadFromBothEndsAndReported() throws {
        let f = try RecordFiles.read(CSVExportReader(), """
            Title,Authors,Year,Abstract,Funding Texts,DOI,Source title
            Good,"A, B.",2020,abs,fund,10.1000/a,J One
            Shifted,"C, D.",2021,abs,fund part 1,fund part 2,10.1000/b,J Two
            """)
        #expect(f.records.count == 2)
        #expect(f.records[1].doi == "10.1000/b" && f.records[1].containerTitle == "J Two" && f.records[1].title == "Shifted")
        #expect(f.problems.map(\.line) == [3])
    }
}
