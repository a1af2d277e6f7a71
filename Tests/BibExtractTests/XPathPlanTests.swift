import Foundation
import Testing
@testable import BibParse
@testable import BibExtract

/// XPath plans answer every XPath the HTML rules use with the node set libxml2 selects, on every HTML
/// fixture, before and after boilerplate stripping (which changes the tree under the element index).
struct XPathPlanTests {
    static let pages: [String] = ["corpus", "unseen", "html", "sites"].flatMap { dir in
        ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(dir).path)) ?? [])
            .filter { $0.hasSuffix(".html") }.sorted().map { "\(dir)/\($0)" }
    }

    /// Every XPath of the HTML layers, profiles, boilerplate stripping and refusal checks.
    static let xpaths: [String] = {
        let profiles = Registry.all.compactMap { ($0 as? EmbeddedMetadataExtractor)?.profile }
        let visible = (profiles.flatMap(\.visibleRules) + GenericRules.visible).map(\.xpath)
        let fixed = Boilerplate.xpaths + [Boilerplate.sectionHeadings, NonArticleDetector.listItemXPath,
                                          NonArticleDetector.linkedHeadingXPath, NonArticleDetector.postXPath,
                                          "//meta", "//title", "//script", "//script[@type='application/ld+json']",
                                          "//span[contains(concat(' ', normalize-space(@class), ' '), ' Z3988 ')]"]
        return visible + fixed
    }()

    @Test func plannedXPathsSelectWhatLibxml2Selects() throws {
        #expect(Self.pages.count > 40)
        for page in Self.pages {
            let bytes = try Fixtures.bytes(page)
            guard let planned = try Page.load(bytes: bytes).document,
                  let plain = try Page.load(bytes: bytes).document else { continue }
            plain.usesPlans = false
            compare(planned, plain, page: page)
            Boilerplate.strip(planned)
            Boilerplate.strip(plain)
            compare(planned, plain, page: page + " (stripped)")
        }
    }

    private func compare(_ planned: MarkupDocument, _ plain: MarkupDocument, page: String) {
        for xpath in Self.xpaths {
            #expect(planned.nodes(xpath) == plain.nodes(xpath), "\(page): \(xpath)")
        }
    }

    /// An attribute no plan asked about before the index was built gets its column then, from the elements
    /// still in the tree (removed ones are freed and must not be read), and the next document indexes it.
    @Test func anAttributeFirstAskedAboutAfterARemovalIsReadFromLiveElements() throws {
        let html = """
            <html><body><div class="gone"><p data-probe-late="x1">a</p></div>
            <p data-probe-late="x1 x2">b</p><p data-probe-late="y">c</p></body></html>
            """
        let xpath = "//p[contains(@data-probe-late, 'x1')]"
        for round in 1...2 {
            guard let planned = try Page.load(bytes: Array(html.utf8)).document,
                  let plain = try Page.load(bytes: Array(html.utf8)).document else { throw CancellationError() }
            plain.usesPlans = false
            #expect(planned.nodes("//meta").isEmpty)  // builds the element index
            for doc in [planned, plain] { doc.remove("//div[@class='gone']") }
            let found = planned.nodes(xpath)
            #expect(found == plain.nodes(xpath), "round \(round)")
            #expect(found.count == 1, "round \(round)")
        }
    }

    /// The tab-separated lookup of section headings selects what one comparison per heading selects.
    @Test func sectionHeadingLookupMatchesOneComparisonPerHeading() throws {
        let comparisons = Boilerplate.headings.map { "\(Boilerplate.headingFold)='\($0)'" }.joined(separator: " or ")
        let plain = "//*[self::h2 or self::h3 or self::h4][\(comparisons)]"
        var found = 0
        for page in Self.pages {
            guard let doc = try Page.load(bytes: try Fixtures.bytes(page)).document else { continue }
            let expected = doc.nodes(plain)
            #expect(doc.nodes(Boilerplate.sectionHeadings) == expected, "\(page)")
            found += expected.count
        }
        #expect(found > 0)
    }

    @Test func plansCoverOnlyTheFormsTheyUnderstand() {
        #expect(XPathPlan.make("//*[@id='abs']") != nil)
        #expect(XPathPlan.make("//p[1]") == nil)
        #expect(XPathPlan.make("//p[count(a)]") == nil)
        #expect(XPathPlan.make("(//h3[@class='x'])[1]") == nil)
        #expect(XPathPlan.make("//*[normalize-space(h5)='Citation']") == nil)
        #expect(XPathPlan.make("//div[normalize-space(h5)='Citation']") != nil)
        #expect(XPathText.factorTest("contains(@class, 'abstract')") == .literal(.init(attribute: "class", value: "abstract")))
        #expect(XPathText.factorTest("contains(concat(' ', normalize-space(@class), ' '), ' Z3988 ')")
                == .literal(.init(attribute: "class", value: "Z3988")))
        #expect(XPathText.factorTest("not(contains(@class, 'logo'))") == nil)
        #expect(XPathText.factorTest("span[contains(@class, 'surname')]")
                == .child("span", literal: .init(attribute: "class", value: "surname")))
        #expect(XPathText.factorTest("a[@href]") == .child("a", literal: nil))
        #expect(XPathText.factorTest("normalize-space(h5)='Citation'") == nil)
    }
}
