import Testing
@testable import BibModel

/// `collapsingSpaces` returns clean text as it is; these pin that its quick check never keeps text the folder
/// would change.
@Suite struct CollapsingSpacesTests {
    static func folded(_ s: String) -> String {
        var copy = s
        return copy.withUTF8 { String(collapsingSpacesIn: $0) }
    }

    @Test func theEightByteCheckFindsWhatTheFolderWouldChangeAtEveryPosition() {
        let base = Array("abcdefghijklmnopqrstuvwx")
        for special in [" ", "  ", "\t", "\u{7F}", "\u{1F}", "\u{0}", "\n", "\u{A0}", " \u{2009}", "é "] {
            for p in 0...base.count {
                let text = String(base[..<p]) + special + String(base[p...])
                #expect(text.collapsingSpaces == Self.folded(text), "\(text.debugDescription)")
                let spaced = String(base[..<p]) + " " + String(base[p...].prefix(5)) + special + String(base[p...].dropFirst(5))
                #expect(spaced.collapsingSpaces == Self.folded(spaced), "\(spaced.debugDescription)")
            }
        }
    }

    @Test func theFolderFoldsExactlyTheControlsAndTheUnicodeWhiteSpace() {
        for value in Array(UInt32(0)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 97)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let folds = value < 0x21 || (0x7F...0x9F).contains(value) || scalar.properties.isWhitespace
            #expect(Self.folded("a" + String(scalar) + "b") == (folds ? "a b" : "a" + String(scalar) + "b"), "U+\(String(value, radix: 16))")
        }
    }

    @Test func everyCharacterOutsideASCIIBetweenLettersGivesWhatTheFolderGives() {
        // Every white space character is in the Basic Multilingual Plane; the planes above are sampled.
        for value in Array(UInt32(0x80)...0xFFFF) + Array(stride(from: UInt32(0x10000), through: 0x10FFFF, by: 97)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + "b"
            #expect(text.collapsingSpaces == Self.folded(text), "U+\(String(value, radix: 16))")
        }
    }

    @Test func namesWithAccentsStayAsTheyAreAndNoBreakSpacesFold() {
        #expect("Müller García-López Øster".collapsingSpaces == "Müller García-López Øster")
        #expect("Müller\u{00A0}\u{00A0}Berg ".collapsingSpaces == "Müller Berg")
        #expect(" Ærø\u{3000}Øster\u{2029}".collapsingSpaces == "Ærø Øster")
    }
}
