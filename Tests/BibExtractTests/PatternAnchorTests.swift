import Foundation
import Testing
@testable import BibParse
@testable import BibExtract

/// Text rules tried only where their pattern's leading literal stands find what a search of the whole window
/// finds: the anchors read off the patterns, the word-boundary and case-folding guards, long matches that
/// outgrow the first piece, and every rule on every HTML fixture's visible text.
struct PatternAnchorTests {
    static let rules: [TextRule] = {
        let profiles = Registry.all.compactMap { ($0 as? EmbeddedMetadataExtractor)?.profile }
        return profiles.flatMap(\.textRules) + GenericRules.text
    }()

    @Test(arguments: [
        (#"(?i)\bdoi:?\s*(10\.\d{4,9}/[^\s"<>]+)"#, "doi", true),
        (#"(?i)\bhttps?://(?:dx\.)?doi\.org/(10\.\d{4,9}/[^\s"<>]+)"#, "http", true),
        (#"\bVol\.\s*(\d+),\s*No\."#, "vol.", false),
        (#"Page\(s\):\s*(\d+\s*-\s*\d+)"#, "page(s):", false),
        (#"Vol(?:\.|ume)?\s*(\d+)"#, "vol", false),
        (#"\bPMCID:?\s*(PMC\d+)"#, "pmcid", false),
        (#"Issue+ (\d+)"#, "issue", false),
        (#"\b\(PMID (\d+)\)"#, "(pmid ", false),
    ])
    func anchorsAreReadOffThePattern(pattern: String, literal: String, caseInsensitive: Bool) throws {
        let anchor = try #require(PatternAnchor(pattern: pattern))
        #expect(anchor.literal == Array(literal.utf8))
        #expect(anchor.caseInsensitive == caseInsensitive)
    }

    @Test(arguments: [
        #"\b(?:19|20)\d\d\s*;\s*(\d+)"#,  // starts with a group
        #"Vol\.\s*(\d+)|Volume (\d+)"#,   // a match may start with the other branch
        #"[Vv]ol\. (\d+)"#,               // starts with a class
        #"V?ol (\d+)"#,                   // one literal character at most
        #"(?x) Vol \. (\d+)"#,            // another flag
        #"Vol(?<![Oo]ld Vol)\.\s*(\d+)"#,  // a lookbehind may read before the piece
        #"Vol\Q(\E|Issue (\d+)"#,          // quoting hides a top-level alternation
        #"Vol(?#()|Issue (\d+)"#,           // so does a comment
        #"Vo[[l](]|Issue (\d+)"#,           // and a nested class
        #"Vol\.[^\r]*(\R)"#,                // \R reads a CR LF cut at the piece end as a lone CR
    ])
    func patternsWithoutALeadingLiteralHaveNoAnchor(pattern: String) {
        #expect(PatternAnchor(pattern: pattern) == nil)
    }

    /// The answer of the anchored search and of NSRegularExpression over the whole text, as captured strings.
    static func both(_ pattern: String, _ text: String) throws -> (anchored: [String]?, whole: [String]?) {
        let re = try NSRegularExpression(pattern: pattern)
        func groups(_ m: NSTextCheckingResult, _ s: String) -> [String] {
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "-" : (s as NSString).substring(with: m.range(at: $0)) }
        }
        let anchored = TextWindow(text).firstMatch(re, anchor: PatternAnchor(pattern: pattern)).map { groups($0.match, $0.in) }
        let whole = re.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)).map { groups($0, text) }
        return (anchored, whole)
    }

    /// `\b` is tested by ICU in context, as over the whole window: it looks through combining marks and format
    /// characters (a soft hyphen, a right-to-left mark, a joiner) to the character before them.
    @Test(arguments: [
        "Pseudoi: 10.1111/wrong — then doi: 10.1234/right. And édoi: 10.5555/no",
        "Caf\u{E9}doi: 10.1111/wrong; ok",
        "Pseu\u{AD}doi: 10.1234/x",
        "x \u{301}doi: 10.1234/x",
        "\u{301}doi: 10.1234/x",
        "x \u{200D}doi: 10.1234/x",
        "\u{5E2}\u{200F}doi: 10.1234/x",
        "x\u{2060}\u{AD}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}\u{200B}doi: 10.1234/x",
        "\u{A7CE}doi: 10.1234/x",
    ])
    func wordBoundariesAreTestedInContext(text: String) throws {
        let r = try Self.both(#"(?i)\bdoi:?\s*(10\.\d{4,9}/[^\s"<>]+)"#, text)
        #expect(r.anchored == r.whole)
    }

    /// A CR LF at the end of the first piece: the piece stops before the CR, the match runs on into the rest.
    @Test func aMatchRunningIntoACRLFAtThePieceEndIsReadWhole() throws {
        let text = "Vol. 5 " + String(repeating: "a", count: TextWindow.piece - 8) + "\r\nVol. 6"
        let r = try Self.both(#"Vol\.\s*(\d+)[a ]*(\s+)"#, text)
        #expect(r.whole?[2] == "\r\n")
        #expect(r.anchored == r.whole)
    }

    @Test func aMatchLongerThanThePieceIsReadWhole() throws {
        let longSuffix = String(repeating: "a", count: 3000)
        let r = try Self.both(#"(?i)\bdoi:?\s*(10\.\d{4,9}/[^\s"<>]+)"#, "x doi: 10.1234/\(longSuffix) end")
        #expect(r.anchored?[1].count == 3000 + 8)
        #expect(r.anchored == r.whole)
        // The pattern only matches once a far word is reached.
        let far = try Self.both(#"\bVol\. (\d+)[a-z ]*end"#, "Vol. 5 " + String(repeating: "x", count: 2000) + " end")
        #expect(far.anchored != nil)
        #expect(far.anchored == far.whole)
    }

    @Test func aCaseFoldingTrapMakesTheWholeWindowSearched() throws {
        // "ſ" (long s) matches "s" when case is ignored: "httpſ://" is a match ICU finds without the anchor "https".
        let text = "see httpſ://doi.org/10.1234/abc"
        let r = try Self.both(#"(?i)\bhttps?://(?:dx\.)?doi\.org/(10\.\d{4,9}/[^\s"<>]+)"#, text)
        #expect(r.whole?[1] == "10.1234/abc")
        #expect(r.anchored == r.whole)
    }

    @Test func foldTrapsHoldEveryScalarWhoseCaseMappingsHoldAnASCIILetter() {
        var found: [Unicode.Scalar] = []
        for v in 0x80...0x2FFFF {
            guard let s = Unicode.Scalar(v) else { continue }
            let mappings = [s.properties.lowercaseMapping, s.properties.uppercaseMapping, s.properties.titlecaseMapping,
                            s.properties.uppercaseMapping.lowercased()]
            if mappings.contains(where: { $0.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic } }) {
                found.append(s)
            }
        }
        // The list may hold more (ẞ folds to "ss" only under full case folding), never fewer.
        #expect(Set(found).subtracting(PatternAnchor.foldTraps).isEmpty, "missing: \(Set(found).subtracting(PatternAnchor.foldTraps).map { String($0.value, radix: 16) })")
    }

    @Test func everyRuleFindsWhatTheWholeWindowSearchFindsOnEveryFixture() throws {
        let pages = ["corpus", "unseen", "html", "sites", "seeds"].flatMap { dir in
            ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.url(dir).path)) ?? [])
                .filter { $0.hasSuffix(".html") || $0.hasSuffix(".htm") }.sorted().map { "\(dir)/\($0)" }
        }
        #expect(pages.count > 40)
        #expect(Self.rules.filter { $0.anchor != nil }.count >= Self.rules.count - 1)
        var matched = 0
        for page in pages {
            guard let doc = try Page.load(bytes: Fixtures.bytes(page)).document else { continue }
            let text = String(doc.text(limit: 64 * 1024).prefix(RuleRunner.textWindow))
            for rule in Self.rules {
                let r = try Self.both(rule.pattern, text)
                #expect(r.anchored == r.whole, "\(page): \(rule.pattern)")
                if r.whole != nil { matched += 1 }
            }
        }
        #expect(matched > 20)
    }
}
