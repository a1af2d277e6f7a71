import Testing
import BibModel
@testable import BibExtract

/// CSL-JSON: list or single item, string years in date-parts, HTML in titles, literal authors, en dashes.
struct CSLJSONReaderTests {
    let list = """
    [{"id":"a","type":"article-journal","title":"Skizze zur <i>Prouerbia</i>","author":[{"family":"Berndt","given":"Rainer"}],
      "container-title":"Sacris Erudiri","issued":{"date-parts":[["1994"]]},"page":"5–32","volume":"34","DOI":"10.1484/J.SE.2.303788"},
     {"id":"b","type":"webpage","title":"Planning update","author":[{"literal":"Court of Arbitration for Sport"}],
      "issued":{"date-parts":[["2019",3,21]]}}]
    """

    @Test func listGivesEveryItemInOrder() throws {
        let (extractor, records) = try JSONXMLRecordFile.read(list)
        #expect(extractor == "csl-json")
        #expect(records.count == 2)
        #expect(records[0].title == "Skizze zur Prouerbia")
        #expect(records[0].issued == PartialDate(year: 1994))
        #expect(records[0].page == "5–32")
        #expect(records[0].doi == "10.1484/j.se.2.303788")
        #expect(records[0].type == .journalArticle)
        #expect(records[1].authors == [Person(literal: "Court of Arbitration for Sport")])
        #expect(records[1].issued == PartialDate(year: 2019, month: 3, day: 21))
        #expect(records[1].type == .webpage)
    }

    @Test func singleItemIsOneRecord() throws {
        let (extractor, records) = try JSONXMLRecordFile.read(#"{"id":"x","type":"book","title":"Citing Medicine","author":[{"family":"Patrias","given":"Karen"}],"issued":{"date-parts":[[2007]]}}"#)
        #expect(extractor == "csl-json")
        #expect(records.count == 1 && records[0].type == .book && records[0].issued?.year == 2007)
    }
}
