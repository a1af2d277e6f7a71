import Foundation
import Testing
@testable import BibExport

/// `ISO4.fold` folds one character at a time; these pin that it gives what folding the whole string gives.
@Suite struct ISO4FoldTests {
    /// Folding the text as a whole: lower case, canonical decomposition, diacritics and non-spacing marks dropped.
    static func wholeStringFold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !scalar.properties.isDiacritic && scalar.properties.generalCategory != .nonspacingMark {
            out.append(scalar)
        }
        return String(out)
    }

    @Test func characterByCharacterFoldEqualsWholeStringFoldOnEveryLTWAColumn() throws {
        let url = try #require(ISO4.ltwaLocations.first { FileManager.default.fileExists(atPath: $0.path) })
        let text = try String(contentsOf: url, encoding: .utf8)
        var compared = 0
        for line in text.split(separator: "\n") {
            for column in line.split(separator: "\t").prefix(2) {
                let s = String(column)
                #expect(ISO4.fold(s) == Self.wholeStringFold(s), "\(s)")
                compared += 1
            }
        }
        #expect(compared > 100_000)
    }

    @Test func foldHandlesCombiningSequencesGreekAndCapitalDottedI() {
        for s in ["Cafe\u{301}", "Café", "ΟΔΟΣ Σοφίας", "İstanbul", "Ærø Øster", "Straße", "Zeitschrift für Physik", "한국어", "^`~"] {
            #expect(ISO4.fold(s) == Self.wholeStringFold(s), "\(s)")
        }
    }
}
