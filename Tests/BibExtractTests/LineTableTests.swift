import BibModel
import Foundation
import Testing
@testable import BibExtract

/// The text readings ask about each line of a dump once (`LineTable`) and settle most questions from bytes
/// before the character reading. Each shortcut must give what the full reading gives: checked here on every line
/// of the fixture dumps and on lines written to reach the edge cases (marks, non-ASCII letters, CR).
@Suite struct LineTableTests {
    /// Every line of the fixture dumps, the hand-written unseen dumps and a few edge cases.
    static let lines: [String] = {
        var out: [String] = [
            "Ann Lee, Department of Biology, University of Bergen", "UNIVERSITY OF OSLO", "Université Paris-Saclay",
            "İnstitute of Physics", "\u{212A}ing's College London", "Universität Wien", "unit 4", "Dr. Dr. Dr. Dr. Ann Lee",
            "Prof. Dr. Steven P. Nolan", "Ann Lee a b c", "• Department of Chemistry", "Abstract", ":Abstract:", "Résumé",
            "Ann Lee,\u{301} Bo Chen, Cy Dee", "Ann Lee and Bo Chen", "Ann\r\nLee", "a b c d e f g h i j", "",
            String(repeating: "Word ", count: 20), "Zoë Ångström, Émile Zola and Ann Lee", "中文摘要 作者", "e\u{301}tude",
        ]
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures")
        for folder in ["dumps", "unseen"] {
            let dir = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: nil) else { continue }
            for case let url as URL in files where url.pathExtension == "txt" {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                out += text.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).collapsingSpaces }
            }
        }
        return out
    }()

    @Test func theFixtureDumpsAreRead() {
        #expect(Self.lines.count > 10_000)
    }

    @Test func theLineTableRemembersWhatTheLineRulesSay() {
        let table = LineTable(Self.lines)
        for i in Self.lines.indices {
            let line = Self.lines[i]
            #expect(table.names(i) == TextByline.names(inLine: line), "\(line)")
            #expect(table.isAffiliation(i) == Self.isAffiliation(line.lowercased()), "\(line)")
            #expect(table.doi(i) == DOI.parse(line), "\(line)")
            #expect(table.volumeLine(i) == VenueLocator(volumeLine: line), "\(line)")
            #expect(table.isTitle(i) == LayoutTextReading.isTitle(line, names: { TextByline.names(inLine: line) }), "\(line)")
        }
    }

    /// The affiliation test as it read before its byte shortcuts: words cut at every character that is no letter.
    static func isAffiliation(_ lower: String) -> Bool {
        lower.split { !$0.isLetter }.contains { ArticleTextTables.affiliationWords.contains(String($0)) }
    }

    @Test func anAffiliationIsFoundByBytesAsByCharacters() {
        for line in Self.lines {
            #expect(TextByline.isAffiliation(line.lowercased()) == Self.isAffiliation(line.lowercased()), "\(line)")
            #expect(TextByline.isAffiliation(line: line) == Self.isAffiliation(line.lowercased()), "\(line)")
        }
        #expect(TextByline.isAffiliation(line: "Universität Wien"))
        #expect(!TextByline.isAffiliation(line: "İnstitute of Physics"))
    }

    @Test func aPieceRefusedByItsWordsIsNoName() {
        var refused = 0
        for line in Self.lines {
            for piece in [line] + line.split(separator: ",").map(String.init) where !TextByline.mayBeName(piece) {
                refused += 1
                #expect(Self.cleanedWithoutShortcut(piece) == nil, "\(piece)")
            }
        }
        #expect(refused > 1_000)
        #expect(!TextByline.mayBeName("We followed 412 nests in the reed beds, and found that survival fell sharply"))
        #expect(TextByline.mayBeName("Dr. Dr. Dr. Dr. Dr. Dr. Dr. Dr. Dr. Dr. Dr. Dr. Dr. Ann Lee"))
    }

    /// `TextByline.clean` up to its name test, without the word-count shortcut: the words it keeps must make a name.
    static func cleanedWithoutShortcut(_ raw: String) -> String? {
        var s = raw
        for glue in ArticleTextTables.bylineGlue {
            while s.containsBytes(glue), let r = s.firstRange(of: glue) { s.replaceSubrange(r, with: " ") }
        }
        var words = s.split(separator: " ").map(String.init).filter { w in
            !(w.utf8.contains(UInt8(ascii: "/")) && w.contains("/")) && !(w.utf8.contains(UInt8(ascii: "@")) && w.contains("@")) && w != ":"
        }
        while words.count > 2, let first = words.first, ArticleTextTables.honorifics.contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, words.count > 2, last.count == 1, last.first?.isLowercase == true { words.removeLast() }
        let name = words.joined(separator: " ")
        return PubMedAuthors.looksLikeName(name) ? name : nil
    }

    @Test func aNameShapeIsReadByBytesAsByCharacters() {
        var pieces = ["Ann Lee", "ann Lee", "Ann van Lee", "Ann d'Angelo", "Ann dell'Orto", "Ann d'", "A B C D E F G", "Ann\r\nLee",
                      "Zoë Lee", "Ann Lee-Smith", "Ann O'Neil", "Ann L.", "Ann 3rd", "Ann Lee\u{301}", "Ann VAN", "Ann Van"]
        for line in Self.lines.prefix(4_000) { pieces += [line] + TextByline.split(line) }
        for piece in pieces {
            #expect(PubMedAuthors.looksLikeName(piece) == Self.looksLikeNameByCharacters(piece), "\(piece)")
        }
    }

    /// `PubMedAuthors.looksLikeName` as it read before its byte reading: by characters.
    static func looksLikeNameByCharacters(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (2...PubMedAuthors.maxNameWords).contains(words.count), s.count <= PubMedAuthors.maxNameLength else { return false }
        return words.allSatisfy { w in
            guard let first = w.first else { return false }
            if Person.particles.contains(w.lowercased()) { return true }
            if let apostrophe = w.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
               ["d", "dell", "l"].contains(w[..<apostrophe].lowercased()),
               w[w.index(after: apostrophe)...].first?.isUppercase == true { return true }
            return first.isUppercase && w.allSatisfy { $0.isLetter || "-'.\u{2019}".contains($0) }
        }
    }

    @Test func aMarkerGluedToANameIsFoundInItsLastCharacters() {
        let names = ["THOMSONa", "INNESab", "Gonçalves", "GonçalvesI", "AraújoII", "ABab", "ABCabc", "Lee", "XIV", "aXIV", "ÉÈÊab",
                     "Lee\u{301}I", "Ann LeeIII", "I", "aI", "abcdefIVX", "Zoë ÅNGab"]
        for name in names + Self.lines.prefix(2_000) {
            #expect(MarkedName.splittingRomanMarker(name) == Self.splittingRomanMarkerOfAllCharacters(name), "\(name)")
        }
    }

    /// `MarkedName.splittingRomanMarker` as it read before: on all the name's characters.
    static func splittingRomanMarkerOfAllCharacters(_ name: String) -> (name: String, markers: [String]) {
        if let last = name.last, last.isLowercase {
            let chars = Array(name)
            var k = chars.count
            while k > 0, chars[k - 1].isLowercase, chars.count - k < 2 { k -= 1 }
            if k >= 3, chars[(k - 3)..<k].allSatisfy(\.isUppercase) { return (String(chars[..<k]), [String(chars[k...])]) }
        }
        guard let last = name.last, "IVX".contains(last) else { return (name, []) }
        let chars = Array(name)
        var k = chars.count
        while k > 0, "IVX".contains(chars[k - 1]), chars.count - k < 4 { k -= 1 }
        guard k > 1, k < chars.count, chars[k - 1].isLowercase, chars[k - 2].isLetter else { return (name, []) }
        return (String(chars[..<k]), [String(chars[k...])])
    }

    @Test func aPubMedCitationLineHoldsADotAndAYearInItsBytes() {
        for line in Self.lines.prefix(4_000) + ["Harm Reduct J. 2023 May 12;20(1):66.", ". 2021;18:45.", "J.\u{301} 2023"]
        where PubMedCitationLine(line) != nil {
            #expect(PubMedCitationLine.mayHoldYearDot(line), "\(line)")
        }
        #expect(PubMedCitationLine("Harm Reduct J. 2023 May 12;20(1):66.") != nil)
        #expect(!PubMedCitationLine.mayHoldYearDot("Harm Reduct J 2023 May"))
    }

    @Test func theLinePartsGiveBothBylineReadings() {
        for line in Self.lines {
            let parts = TextByline.LineParts(line)
            #expect(parts.names == TextByline.names(inLine: line), "\(line)")
            let split = TextByline.split(line)
            // One name, or a name followed by its roles (a second part opening in lower case).
            let withRoles = split.count >= 2 && split[1].trimmingSpaces.first?.isLowercase == true
            switch parts.run {
            case .markers: #expect(split.isEmpty, "\(line)")
            case .name(let n): #expect((split.count == 1 || withRoles) && TextByline.clean(split[0]) == n, "\(line)")
            // A form's line is no name, whatever its parts read as.
            case .other: #expect(TextByline.isFormLine(line) || split.count >= 2 && !withRoles || TextByline.clean(split[0]) == nil, "\(line)")
            }
        }
    }

    @Test func aPrefixRefusedByItsFirstBytesIsNoPrefix() {
        let prefixes = Array(ArticleTextTables.abstractHeadings) + ArticleTextTables.publishedLabels + PureLabels.fields.map(\.label)
            + ["Author", "作者", "K", ";", "`", "é", "e\u{301}", "\r\n"]
        let starts = ["\u{212A}elvin", "\u{037E} x", "\u{1FEF}x", "é", "e\u{301}x", "• Author", "Author", "Ａuthor", "\r\nx"]
        for line in Self.lines.prefix(5_000) + starts {
            for p in prefixes where !line.mayHavePrefix(p) {
                #expect(!line.hasPrefix(p), "\(line) / \(p)")
            }
        }
        #expect("\u{212A}elvin".mayHavePrefix("Kelvin") && "\u{212A}elvin".hasPrefix("Kelvin"))
        #expect(!"• Author".mayHavePrefix("Author"))
    }

    @Test func hanCharactersAreFoundByBytesAsByScalars() {
        for line in Self.lines + ["中", "\u{4DFF}", "\u{A000}", "\u{9FFF}", "\u{4E00}x", "x\u{9FA5}"] {
            #expect(TextLines.hasHan(line) == line.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(line)")
        }
    }

    @Test func theLinesHoldingATitleAreThoseThatHoldItsBytes() {
        let table = LineTable(Self.lines)
        for needle in ["Abstract", "doi", "University of", "the", "中文", "e\u{301}"] {
            let expected = Self.lines.indices.filter { Self.lines[$0].utf8.count <= LineTable.holderLineLimit && Self.lines[$0].containsBytes(needle) }
            #expect(table.lines(holding: needle) == expected, "\(needle)")
        }
    }

    @Test func theTailHeadingCountsAnswerForEveryRange() {
        let lines = ["Title", "References", "x", "Cited by (14)", "y"]
        let table = LineTable(lines)
        for a in lines.indices {
            for b in a..<lines.count {
                #expect(table.tailHeadings(in: a...b) == (a...b).contains { ArticleTextReading.isTailHeading(lines[$0]) })
            }
        }
    }
}
