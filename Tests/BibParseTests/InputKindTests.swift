import Testing
@testable import BibParse

struct InputKindTests {
    @Test func xmlRecordsWithHTMLishElementNamesAreXML() {
        #expect(InputKind.detect("<PubmedArticle><MedlineCitation><Title>x</Title></MedlineCitation></PubmedArticle>") == .xml)
        #expect(InputKind.detect("<?xml version=\"1.0\"?><article><front/></article>") == .xml)
    }

    @Test func pagesWithoutDoctypeAreHTML() {
        #expect(InputKind.detect("<!-- saved --><head><title>x</title></head>") == .html)
        #expect(InputKind.detect("<!DOCTYPE html><html></html>") == .html)
        #expect(InputKind.detect("<meta charset=utf-8><p>x") == .html)
    }

    @Test func taggedTextIsText() {
        #expect(InputKind.detect("PMID- 12230038\nTI  - Title") == .text)
    }
}
