import BibModel

/// `PubMedAuthors.looksLikeName` read on the bytes of ASCII text: there each byte is one character, a capital is
/// A-Z and a letter A-Z or a-z, so the words and their shapes are told without decoding characters. A byline search
/// asks it of every piece of every line it reads.
enum ASCIINameShape {
    /// Whether `s` looks like a name, or `nil` when `s` holds a byte outside ASCII or a carriage return (a CR LF
    /// pair is one character): the caller then reads it by characters.
    static func looksLikeName(_ s: String) -> Bool? {
        var s = s
        return s.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var words: [Range<Int>] = []
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                if i > start { words.append(start..<i) }
                start = i + 1
            }
            guard (2...PubMedAuthors.maxNameWords).contains(words.count), bytes.count <= PubMedAuthors.maxNameLength else {
                return false
            }
            return words.allSatisfy { looksLikeNameWord(UnsafeBufferPointer(rebasing: bytes[$0])) }
        }
    }

    /// One word of a name: capitalised and made of letters, hyphens, apostrophes and dots; a particle ("van");
    /// or an elided particle glued to a capitalised family name ("d'Angelo").
    private static func looksLikeNameWord(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = w.first else { return false }
        if isCapital(first), w.allSatisfy({ isLetter($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: ".") }) {
            return true
        }
        if w.count <= particleLength, Person.particles.contains(String(decoding: w.map(lowered), as: UTF8.self)) { return true }
        if let apostrophe = w.firstIndex(of: UInt8(ascii: "'")), apostrophe + 1 < w.count, isCapital(w[apostrophe + 1]),
           elidedParticles.contains(String(decoding: w[..<apostrophe].map(lowered), as: UTF8.self)) {
            return true
        }
        return false
    }

    /// The particles elided before a family name ("d'", "dell'", "l'").
    static let elidedParticles: Set<String> = ["d", "dell", "l"]

    private static let particleLength = Person.particles.map(\.utf8.count).max() ?? 0

    private static func isCapital(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
    private static func lowered(_ b: UInt8) -> UInt8 { isCapital(b) ? b | 0x20 : b }
}
