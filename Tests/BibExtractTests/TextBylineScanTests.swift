import BibModel
import Foundation
import Testing
@testable import BibExtract

/// The byline search runs on every line of a text dump, so it reads a line only as far as it must: ASCII
/// names byte by byte, the parts of a line one at a time up to the first that is not a name, and a title
/// searched in a line by its bytes where both are ASCII. Each shortcut gives what the full reading gives.
@Suite struct TextBylineScanTests {
    /// Printed names with every kind of marker the reading splits off.
    static let printed = [
        "Ann Lee1", "Riley, Fleur [1 ]", "Bo Chen 1 2", "Di Wu*", "[3] Ed Ng", "Kim  Park,", "Al Roy;", "1,3",
        "Jo Doe [a,b] 12", "Ann\u{0009}Lee", "", "*", "Li Wei2,*",
    ]

    @Test func anASCIINameIsSplitFromItsMarkersAsTheCharacterReadingSplitsIt() {
        // A non-ASCII word in front sends the name through the character reading; it comes out in front.
        for raw in Self.printed {
            let ascii = MarkedName(raw)
            let wide = MarkedName("Zoë " + raw)
            #expect(wide.markers == ascii.markers, "\(raw)")
            #expect(wide.name == (ascii.name.isEmpty ? "Zoë" : "Zoë " + ascii.name), "\(raw)")
        }
        #expect(MarkedName("Ann Lee¹²").markers == ["12"])
        #expect(MarkedName("Ann Lee†").name == "Ann Lee")
    }

    /// The parts as the byline reading cut them before it read lazily: the whole line split, then filtered.
    static func eagerParts(_ line: String) -> [String] {
        var text = line.trimmingSpaces
        for tail in [" and", " &", ","] where text.hasSuffix(tail) { text = String(text.dropLast(tail.count)) }
        return text.split { $0 == "," || $0 == ";" || $0 == "&" }
            .flatMap { $0.split(separator: " and ") }
            .map { MarkedName(String($0)).name }
            .filter { !$0.isEmpty }
    }

    static let lines = [
        "Chinedu N. Okafor1, Priya L. Brandt2 & Marta Teixeira-Lobo1,3", "A Bc, De Fg and Hi Jk", "Ann Lee; Bo Chen;",
        "Ann Lee, Department of Biology, University of Bergen", "We followed 412 nests, and found that survival fell.",
        "Ann Lee and", "1,3", ",,;&", "Zoë Ångström, Émile Zola", "Ann Lee", "", "Tom Ray & Jo Kay & the lab",
        // A comma with a combining mark on it is one character, not a separator; a line that turns non-ASCII late.
        "Ann Lee,\u{301} Bo Chen, Cy Dee", "Ann Lee, Bo Chen, Zoë Park", "Ann Lee, Bo Chen,\u{301}", "Ann Lee; Bo Chen",
    ]

    @Test func theLazyCutGivesThePartsOfTheWholeSplit() {
        for line in Self.lines {
            #expect(TextByline.split(line) == Self.eagerParts(line), "\(line)")
            var firstTwo: [String] = []
            let complete = TextByline.forEachPart(of: line) { firstTwo.append($0); return firstTwo.count < 2 }
            #expect(firstTwo == Array(Self.eagerParts(line).prefix(2)), "\(line)")
            #expect(complete == (Self.eagerParts(line).count < 2), "\(line)")
        }
    }

    @Test func aLineIsABylineOnlyWhenEveryPartIsAName() {
        for line in Self.lines {
            let parts = Self.eagerParts(line)
            let names = parts.compactMap(TextByline.clean)
            let expected = parts.count >= 2 && names.count == parts.count ? names : nil
            #expect(TextByline.names(inLine: line) == expected, "\(line)")
        }
        #expect(TextByline.names(inLine: "Chinedu N. Okafor1, Priya L. Brandt2 & Marta Teixeira-Lobo1,3")
            == ["Chinedu N. Okafor", "Priya L. Brandt", "Marta Teixeira-Lobo"])
        #expect(TextByline.names(inLine: "Ann Lee, Bo Chen and the reed warbler project") == nil)
    }

    @Test func aTitleIsFoundInALineWhereFoundationFindsIt() {
        let title = "Nesting success of reed warblers"
        let lines = [
            "Lee A. Nesting success of reed warblers. J Field Ornithol 93:115", "Nesting success of reed",
            "Zoë K. Nesting success of reed warblers. Ibis 12:3", "nesting success of reed warblers", "",
            "Lee A. Nesting success of reed warblers and Nesting success of reed warblers",
        ]
        for line in lines {
            let fast = LayoutTextReading.firstRange(of: title, asciiNeedle: true, in: line)
            let slow = line.range(of: title)
            #expect(fast.map { line[$0.upperBound...] } == slow.map { line[$0.upperBound...] }, "\(line)")
            #expect(fast.map { line[..<$0.lowerBound] } == slow.map { line[..<$0.lowerBound] }, "\(line)")
        }
    }
    @Test func aLineIsKeptFromATableOnlyWhenItsFirstByteCannotStartAnEntry() {
        let lower = LeadBytes(["abstract", "émile", "†"], lowercasedLines: true)
        #expect(lower.admits("ABSTRACT"))
        #expect(lower.admits("abstract: text"))
        #expect(!lower.admits("Results"))
        // A decomposed é starts with the byte of "e"; a line starting outside ASCII always goes through.
        #expect(lower.admits("E\u{301}mile"))
        #expect(lower.admits("† Deceased"))
        #expect(lower.admits(""))
        #expect(!lower.admits(" abstract"))
        let trimmed = LeadBytes(["keywords"], lowercasedLines: true, trimmed: ":")
        #expect(trimmed.admits(" Keywords") && trimmed.admits(":keywords") && !trimmed.admits("Methods"))
        let exact = LeadBytes(["DOI", "作者"], lowercasedLines: false)
        #expect(exact.admits("DOI: 10.1/x") && !exact.admits("doi: 10.1/x") && exact.admits("作者：李"))
        // Every line of the page the byline search tries gets the answer the full table gives.
        for line in Self.lines + ["Abstract", "Research Article", "* E-mail: a@b.org", "Roles Conceptualization"] {
            let full = ArticleTextTables.furniture.contains(line.lowercased())
                || ArticleTextTables.furniturePrefixes.contains { line.lowercased().hasPrefix($0) }
            #expect(ArticleTextReading.isFurniture(line) == full, "\(line)")
            let detail = ArticleTextTables.bylineDetailPrefixes.contains { line.lowercased().hasPrefix($0) }
            #expect(TextByline.isBylineDetail(line) == detail, "\(line)")
        }
    }
    @Test func aCutAtAndGivesTheSplitsPieces() {
        for text in ["Ann Lee and Bo Chen", "Ann Lee", "", " and ", "Sandy Anderson", "A and B and C", "Ann Lee and"] {
            #expect(TextByline.splitAtAnd(text[...]) == text.split(separator: " and "), "\(text)")
        }
    }
    @Test func aLinesColumnsAreItsCharacters() {
        for line in ["", "Ann Lee", "Zoë Ångström", "a\r\nb", "e\u{301}te", "\r", String(repeating: "x", count: 90)] {
            #expect(HardWrap.columns(line) == line.count, "\(line)")
        }
    }
}
