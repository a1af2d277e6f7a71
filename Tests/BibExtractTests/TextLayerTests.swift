import BibModel
import BibParse
import BibNormalize
import Testing
@testable import BibExtract

/// An HTML page whose markup names no author is read like its text dump: the byline under its heading gives
/// the authors, and only when that heading is the page's own title.
struct TextLayerTests {
    static func page(heading: String, byline: String) -> String {
        """
        <html><head><title>Archive - \(heading)</title></head><body>
        <div class="nav"><a href="/">Home</a> <a href="/search">Search</a></div>
        <h1>\(heading)</h1>
        <div class="authorGroup"><a href="/a1">Frank L. Schmidt</a> and <a href="/a2">\(byline)</a></div>
        <p>Volume 12, Issue 1, pages 1-14</p>
        <p>https://doi.org/10.5555/arc.2016.029</p>
        <h2>Abstract</h2>
        <p>We ask whether the lack of replication is the real problem in psychology, or something else, and answer with meta-analysis of 400 studies.</p>
        <h2>Introduction</h2>
        <p>\(String(repeating: "Replication studies in psychology have repeatedly failed to confirm published findings, and many explanations have been offered for this pattern of failures. ", count: 12))</p>
        </body></html>
        """
    }

    static func read(_ html: String) throws -> Record {
        let page = try Page.load(bytes: Array(html.utf8))
        let e = try Registry.extract(page)
        return Normalizer.normalize(try #require(e.records.first))
    }

    @Test func aBylineUnderThePagesOwnHeadingGivesTheAuthors() throws {
        let r = try Self.read(Self.page(heading: "The crisis of confidence in research findings", byline: "In-Sue Oh"))
        #expect(r.title == "The crisis of confidence in research findings")
        #expect(r.authors.map(\.family) == ["Schmidt", "Oh"])
        #expect(r.evidence[Field.author.rawValue]?.hasPrefix("text:") == true, "the text layer gives them")
    }

    @Test func namesUnderAnotherHeadingAreNoAuthors() throws {
        let html = Self.page(heading: "The crisis of confidence in research findings", byline: "In-Sue Oh")
            .replacingOccurrences(of: "<h1>The crisis", with: "<h1>The crisis</h1><p>Related: Why replications fail in social priming</p><h3>x")
        let r = try Self.read(html)
        #expect(r.authors.isEmpty)
    }

    @Test func anOldCaptureWithTheDOIBesideTitleAndBylineIsReadFromItsText() throws {
        let html = """
            <html><head><title>Northern Medical Press - Online Journals</title></head><body>
            <table><tr><td class="nav"><a href="/">Home</a><br><a href="/j">Journals</a><br><a href="/help">Help</a></td>
            <td><p>Journal of Rural Health Care, Vol. 9, No. 2, pp. 101-112</p>
            <p><font size="+1"><b>Waiting times for hip replacement in three rural districts of Finnmark</b></font></p>
            <p>Kari Nordmann, Ole Hansen and Ingrid Berg</p>
            <p>doi:10.5555/jrhc.2005.9.101</p>
            <p><b>Abstract</b></p>
            <p>We followed 412 patients referred for hip replacement between 2001 and 2004 and found that waiting times doubled with distance from the regional hospital, while outcomes after surgery did not differ.</p>
            </td></tr></table></body></html>
            """
        let r = try Self.read(html)
        #expect(r.title == "Waiting times for hip replacement in three rural districts of Finnmark")
        #expect(r.authors.map(\.family) == ["Nordmann", "Hansen", "Berg"])
        #expect(r.doi == "10.5555/jrhc.2005.9.101")
    }
}
