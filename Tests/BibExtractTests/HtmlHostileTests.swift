import Foundation
import Testing
import BibModel
import BibParse
@testable import BibExtract

/// Hostile inputs through the whole extraction: each yields what it holds or fails with a clear reason.
struct HtmlHostileTests {
    /// Extraction's outcome: a record or the reason it was refused.
    func outcome(_ bytes: [UInt8]) -> Result<Record, Error> {
        Result { try Registry.extract(try Page.load(bytes: bytes)).records[0] }
    }

    @Test func truncatedArticleKeepsWhatItHolds() throws {
        let full = try Fixtures.bytes("corpus/PLOSONE_pone.0213978.html")
        let cut = Array(full.prefix(full.count / 3))
        let r = try outcome(cut).get()
        #expect(r.title?.hasPrefix("Assessment on reticuloendotheliosis virus") == true)
        #expect(r.doi == "10.1371/journal.pone.0213978")
    }

    /// A listed section heading inside the section of another ("References" under "References") goes with the
    /// outer section; the page is read, not crashed on (it was freed twice).
    @Test func nestedBoilerplateSectionsAreRemovedOnce() throws {
        let html = """
            <html><head><meta name="citation_title" content="Nested Sections"></head><body><h1>Nested Sections</h1>
            <p>Body text of the article.</p>
            <h2>References</h2><div><h3>References</h3><p>Cited work one.</p></div>
            <h2>Bibliography</h2><div><h3>Bibliography</h3><h4>Cited by</h4><p>Cited work two.</p></div>
            </body></html>
            """
        let page = try Page.load(bytes: Array(html.utf8))
        let doc = try #require(page.document)
        #expect(doc.count("//meta") == 1)  // the element index exists before the removal
        #expect(Boilerplate.strip(doc) > 0)
        let text = doc.text(limit: 10_000)
        #expect(text.contains("Body text of the article."))
        #expect(!text.contains("Cited work"))
        #expect(try outcome(Array(html.utf8)).get().title == "Nested Sections")
    }

    @Test func truncatedToNothingUsefulIsRefused() {
        let html = Array("<html><head><title>".utf8)
        guard case .failure = outcome(html) else { Issue.record("a page with no content was accepted"); return }
    }

    @Test func deeplyNestedPageIsRefusedOrRead() throws {
        let depth = 100_000
        let html = "<html><head><meta name=\"citation_title\" content=\"Nested\"></head><body>"
            + String(repeating: "<div><span>", count: depth) + "x" + "</body></html>"
        switch outcome(Array(html.utf8)) {
        case .success(let r): #expect(r.title == "Nested")
        case .failure(let e): #expect(!"\(e)".isEmpty)
        }
    }

    @Test func randomBytesFailWithAReason() {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &rng) }
        guard case .failure(let e) = outcome(bytes) else { Issue.record("random bytes became a record"); return }
        #expect("\(e)".contains("binary") || "\(e)".contains("decoded") || "\(e)".contains("no article"))
    }

    @Test func tenThousandMetaTags() throws {
        let authors = (0..<10_000).map { "<meta name=\"citation_author\" content=\"Author\($0) Person\">" }.joined()
        let html = "<html><head><meta name=\"citation_title\" content=\"Many authors\">\(authors)</head><body><p>x</p></body></html>"
        let r = try outcome(Array(html.utf8)).get()
        #expect(r.title == "Many authors")
        #expect(r.authors.count == 10_000)
    }

    @Test func fiftyMegabytePage() throws {
        let paragraph = "<p>" + String(repeating: "lorem ipsum dolor sit amet ", count: 40) + "</p>\n"
        var html = "<html><head><meta name=\"citation_title\" content=\"Big page\"><meta name=\"citation_doi\" content=\"10.1234/big.1\"></head><body><h1>Big page</h1>"
        let count = 50 * 1024 * 1024 / paragraph.utf8.count
        html.reserveCapacity(count * paragraph.utf8.count + 200)
        for _ in 0..<count { html += paragraph }
        html += "</body></html>"
        let r = try outcome(Array(html.utf8)).get()
        #expect(r.title == "Big page")
        #expect(r.doi == "10.1234/big.1")
    }
}
