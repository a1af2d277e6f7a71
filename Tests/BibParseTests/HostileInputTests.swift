import Foundation
import Testing
@testable import BibParse

/// Inputs built to break a parser: each loads or fails with a reason, without crashing.
struct HostileInputTests {
    @Test func deeplyNestedTagsDoNotOverflowTheStack() throws {
        let depth = 100_000
        let html = "<html><head><title>Deep</title></head><body>" + String(repeating: "<div>", count: depth)
            + "bottom text" + String(repeating: "</div>", count: depth) + "</body></html>"
        let page = try Page.load(bytes: Array(html.utf8))
        #expect(page.document?.first("//title") == "Deep")
        _ = page.document?.text
        _ = page.document?.nodes("//body")
    }

    @Test func randomBytesAreRefused() {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        #expect(throws: ParseError.self) { try Page.load(bytes: bytes) }
    }

    @Test func emptyAndWhitespaceInputsAreRefused() {
        #expect(throws: ParseError.empty) { try Page.load(bytes: []) }
        #expect(throws: ParseError.empty) { try Page.load(bytes: Array(" \n\t ".utf8)) }
    }

    @Test func oversizedInputIsRefusedBeforeDecoding() {
        let bytes = [UInt8](repeating: 0x61, count: Page.maxBytes + 1)
        #expect(throws: ParseError.tooLarge(Page.maxBytes + 1)) { try Page.load(bytes: bytes) }
    }

    @Test func truncatedMarkupStillParses() throws {
        let html = "<html><head><title>Cut short</title><meta name=\"citation_title\" content=\"Half"
        let page = try Page.load(bytes: Array(html.utf8))
        #expect(page.kind == .html)
        #expect(page.document?.first("//title") == "Cut short")
    }

    @Test func tenThousandMetaTagsAreReadInOnePass() throws {
        let metas = (0..<10_000).map { "<meta name=\"k\($0 % 50)\" content=\"v\($0)\">" }.joined()
        let page = try Page.load(bytes: Array("<html><head>\(metas)</head><body>x</body></html>".utf8))
        let tags = try #require(page.document?.metaTags())
        #expect(tags.count == 10_000)
        #expect(tags.last?.content == "v9999")
    }

    @Test func aMetaTagThatNamesItselfTwiceIsListedUnderEachName() throws {
        let html = "<html><head><meta property=\"og:title\" content=\"A  study\" name=\"title\"><meta name=\"x\" property=\"X\" content=\"y\"></head><body>x</body></html>"
        let tags = try #require(try Page.load(bytes: Array(html.utf8)).document?.metaTags())
        #expect(tags.map(\.key) == ["title", "og:title", "x"])
        #expect(tags.first?.content == "A study")
    }
}
