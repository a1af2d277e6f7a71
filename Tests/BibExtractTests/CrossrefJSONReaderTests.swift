import Testing
import BibModel
@testable import BibExtract

/// Crossref REST JSON: envelope, bare message and items[]; JATS abstract headings; article numbers; dates.
struct CrossrefJSONReaderTests {
    static let work = """
    {"DOI":"10.1103/PhysRevA.106.022212","type":"journal-article","title":["Toy model"],"container-title":["Physical Review A"],
     "author":[{"given":"Sandro","family":"Donadi"}],"article-number":"022212","volume":"106","issue":"2",
     "published-online":{"date-parts":[[2022,8,11]]},"published-print":{"date-parts":[[2022,8]]},"reference-count":3,
     "reference":[{"DOI":"10.1000/not-this-one"}],
     "abstract":"<jats:title>Abstract</jats:title><jats:p>Artificial intelligence is</jats:p><jats:p>here.</jats:p>"}
    """

    @Test func envelopeIsReadWithPrintDateFirstAndArticleNumber() throws {
        let (extractor, records) = try JSONXMLRecordFile.read(#"{"status":"ok","message-type":"work","message":\#(Self.work)}"#)
        #expect(extractor == "crossref-json")
        let r = try #require(records.first)
        #expect(records.count == 1)
        #expect(r.doi == "10.1103/physreva.106.022212")
        #expect(r.title == "Toy model" && r.containerTitle == "Physical Review A")
        #expect(r.number == "022212" && r.page == nil)
        #expect(r.issued == PartialDate(year: 2022, month: 8))
        #expect(r.abstract == "Artificial intelligence is here.")
    }

    @Test func bareMessageAndItemListAreRead() throws {
        #expect(try JSONXMLRecordFile.read(Self.work).records.count == 1)
        let list = #"{"status":"ok","message-type":"work-list","message":{"items":[\#(Self.work),\#(Self.work)]}}"#
        #expect(try JSONXMLRecordFile.read(list).records.count == 2)
    }

    @Test func chapterWithoutPublicationDateFallsBackToCreated() throws {
        let chapter = #"{"DOI":"10.1017/9781316535783.011","type":"book-chapter","title":["Testing Inflation"],"container-title":["The Philosophy Of Cosmology"],"issued":{"date-parts":[[]]},"created":{"date-parts":[[2017,4,17]]},"page":"206-227","member":"56"}"#
        let r = try #require(JSONXMLRecordFile.read(chapter).records.first)
        #expect(r.type == .bookChapter && r.page == "206-227" && r.issued?.year == 2017)
    }

    @Test func searchWithoutHitsIsReadAndGivesNoRecord() {
        let empty = #"{"status":"ok","message-type":"work-list","message":{"total-results":0,"items":[]}}"#
        #expect(throws: ExtractError.noArticle("crossref-json found no article on the page")) { try JSONXMLRecordFile.read(empty) }
    }
}
