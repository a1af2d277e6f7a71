import BibParse
import Foundation
import Testing
@testable import BibExtract

/// The text extractors must not claim pages that are not theirs: every corpus page (HTML, XML, and the
/// MEDLINE record, which is text of another family) is refused by all of them.
@Suite struct TextExtractorSilenceTests {
    static let textExtractors: [any Extractor] = [
        PubMedTextExtractor(), PureTextExtractor(), ChineseLabelTextExtractor(), HeadingLabelTextExtractor(),
        ArticleTextExtractor(), BareAbstractExtractor(), GenericTextExtractor(),
    ]

    static var corpusFiles: [String] {
        let dir = SeedSupport.fixtures + "/corpus"
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".xml") || $0.hasSuffix(".txt") }.map { dir + "/" + $0 }
    }

    @Test func corpusIsPresent() {
        #expect(Self.corpusFiles.count >= 20)
    }

    @Test(arguments: corpusFiles)
    func noTextExtractorClaimsCorpusPage(_ path: String) throws {
        let page = try Page.load(bytes: SeedSupport.bytes(ofFile: path))
        for e in Self.textExtractors {
            #expect(e.recognizes(page) == nil, "\(e.id) claims \(path.split(separator: "/").last ?? "")")
        }
    }

    /// Each seed is claimed by exactly the extractor of its family, and by no other text extractor
    /// with a higher score.
    @Test(arguments: [
        ("000_63c7912f7065a3cd.txt", "pubmed-text"), ("001_c4bf06af173b09de.txt", "bare-abstract"),
        ("002_252bdb2c5a968591.txt", "cn-label-text"), ("003_aabe84b3ad301a21.txt", "pure-text"),
        ("004_093d3b99ecc54b75.txt", "heading-label-text"),
    ])
    func eachSeedIsClaimedByItsFamily(_ c: (String, String)) throws {
        let page = try Page.load(bytes: SeedSupport.bytes(ofFile: SeedSupport.fixtures + "/seeds/" + c.0))
        let scores = Self.textExtractors.compactMap { e in e.recognizes(page).map { (e.id, $0) } }
        let best = scores.max { $0.1 < $1.1 }
        #expect(best?.0 == c.1, "scores: \(scores)")
    }
}
