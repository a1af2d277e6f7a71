import Testing
import BibModel
import BibParse
@testable import BibExtract

/// Hostile JSON and XML record files: clear errors, nothing fetched, nothing expanded, bounded size.
struct JSONXMLBadInputTests {
    @Test func truncatedJSONIsRefusedWithTheParserReason() throws {
        let cut = #"[{"id":"a","type":"article-journal","title":"Cut off","author":[{"family":"Sm"#
        do {
            _ = try JSONXMLRecordFile.read(cut)
            Issue.record("a truncated JSON file was read")
        } catch let error as JSONFileError {
            #expect(error.description.hasPrefix("the JSON is malformed"))
        }
    }

    @Test func jsonAboveItsLimitIsRefusedUnparsed() throws {
        let item = #"{"id":"a","type":"article-journal","title":"Padding title for a large export file"},"#
        let text = "[" + String(repeating: item, count: JSONSupport.maxBytes / item.utf8.count + 1) + #"{"id":"z","type":"book","title":"End"}]"#
        do {
            _ = try JSONXMLRecordFile.read(text)
            Issue.record("a JSON file above the limit was read")
        } catch let error as JSONFileError {
            guard case .tooLarge(let size, let limit) = error else { Issue.record("wrong error: \(error)"); return }
            #expect(size == text.utf8.count && limit == JSONSupport.maxBytes)
            #expect(error.description.contains("split the export"))
        }
    }

    @Test func jsonOfNoKnownFormatIsRefusedNotReadAsText() throws {
        #expect(throws: JSONFileError.unknownFormat) {
            try JSONXMLRecordFile.read(#"{"note": "see https://doi.org/10.1000/xyz for the article", "count": 3}"#)
        }
    }

    @Test func pageDumpOpeningWithABracketIsNotTakenForJSON() {
        #expect(!JSONSupport.looksLikeJSON("[Skip to content]\nSome article"))
        #expect(JSONSupport.looksLikeJSON("\u{FEFF} [ {\"a\": 1} ]"))
        // A text browser's dump that opens with an empty form field is a page; an empty export is JSON.
        #expect(!JSONSupport.looksLikeJSON("[                    ] [Go]\nHindawi Publishing Corporation"))
        #expect(JSONSupport.looksLikeJSON("[ ]\n"))
    }

    @Test func fileAboveTheSizeLimitIsRefusedBeforeParsing() {
        let big = [UInt8](repeating: 0x20, count: Page.maxBytes + 1)
        #expect(throws: ParseError.tooLarge(Page.maxBytes + 1)) { try Page.load(bytes: big) }
    }

    @Test func externalDoctypeIsNeverFetchedAndItsEntityStaysUnexpanded() throws {
        let xml = """
        <?xml version="1.0"?><!DOCTYPE resource SYSTEM "http://127.0.0.1:9/never.dtd" [<!ENTITY ext SYSTEM "file:///etc/passwd">]>
        <resource><identifier identifierType="DOI">10.5072/abc</identifier><creators><creator><creatorName>Doe, Jane</creatorName></creator></creators>
        <titles><title>Safe &ext; title</title></titles><publicationYear>2020</publicationYear></resource>
        """
        let r = try #require(JSONXMLRecordFile.read(xml).records.first)
        #expect(r.title?.contains("root:") == false)
        #expect(r.doi == "10.5072/abc")
    }

    @Test func billionLaughsIsNotExpanded() throws {
        var entities = #"<!ENTITY lol "lol">"#
        for i in 1...9 { entities += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1 == 0 ? "" : String(i - 1));", count: 10) + "\">" }
        let xml = """
        <?xml version="1.0"?><!DOCTYPE resource [\(entities)]>
        <resource><identifier identifierType="DOI">10.5072/lol</identifier><creators><creator><creatorName>Doe, Jane</creatorName></creator></creators>
        <titles><title>Laughs &lol9;</title></titles><publicationYear>2020</publicationYear></resource>
        """
        do {
            let records = try JSONXMLRecordFile.read(xml).records
            #expect((records.first?.title?.count ?? 0) < 1000)
        } catch {
            #expect(String(describing: error).isEmpty == false)
        }
    }
}
