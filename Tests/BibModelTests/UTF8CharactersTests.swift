import Testing
@testable import BibModel

/// The byte-level answers of `UTF8Characters` agree with the standard library's characters, and the byte-level
/// entity decoder leaves alone what is no reference.
@Suite struct UTF8CharactersTests {
    static func spaceLength(_ s: String, at i: Int) -> Int {
        var copy = s
        return copy.withUTF8 { UTF8Characters.spaceLength($0, at: i) }
    }

    @Test func aSpaceTakesTheJoiningMarksAfterItButAControlDoesNot() {
        #expect(Self.spaceLength(" \u{301}x", at: 0) == 3)
        #expect(Self.spaceLength(" \u{200D}\u{301}x", at: 0) == 6)
        #expect(Self.spaceLength("\n\u{301}", at: 0) == 1)
        #expect(Self.spaceLength("\r\n\u{301}", at: 0) == 2)
        #expect(Self.spaceLength("\u{A0}x", at: 0) == 2)
        #expect(Self.spaceLength("\u{2028}\u{301}", at: 0) == 3)
        #expect(Self.spaceLength("x ", at: 0) == 0)
        // The second byte of U+00E0 (C3 A0) is no no-break space.
        #expect(Self.spaceLength("\u{E0} ", at: 1) == 0)
    }

    @Test func whiteSpaceFoundInBytesIsTheWhiteSpaceCharactersOfTheText() {
        let texts = ["a b", "a  \u{301}b", "a\r\nb", "a\u{A0}\u{200D}b", "a\t\u{301}b", "x\u{3000}y\u{2029}\u{301}z", "\u{E0} \u{E0}"]
        for text in texts {
            var copy = text
            let fromBytes: [String] = copy.withUTF8 { b in
                var out: [String] = []
                var i = 0
                while i < b.count {
                    let n = UTF8Characters.spaceLength(b, at: i)
                    if n > 0 { out.append(String(decoding: b[i..<(i + n)], as: UTF8.self)) }
                    i += max(n, 1)
                }
                return out
            }
            #expect(fromBytes == text.filter(\.isWhitespace).map(String.init), "\(text.debugDescription)")
        }
    }

    @Test func entitiesAreDecodedOnBytesAsCharactersWouldReadThem() {
        #expect(HTMLEntities.decode("a &amp; b &#x2013; &#233;&eacute;") == "a & b \u{2013} éé")
        #expect(HTMLEntities.decode("&amp;\u{301}x") == "&amp;\u{301}x")
        #expect(HTMLEntities.decode("&\u{E9}amp;") == "&\u{E9}amp;")
        #expect(HTMLEntities.decode("&aaaaaaaaaaa; &aaaaaaaaaaaa;") == "&aaaaaaaaaaa; &aaaaaaaaaaaa;")
        #expect(HTMLEntities.decode("AT&T; &AMP; &amp") == "AT&T; & &amp")
    }
}
