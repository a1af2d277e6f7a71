import BibModel

/// A title cut into words for the casing policy: its characters with one space between words, each character's
/// classes computed once (a table lookup for ASCII), and each word's range and core.
///
/// `TitleProtector` asks many questions of every character (letter? capital? sentence end?); answering them from
/// `flags` instead of the `Character`'s Unicode properties keeps a first render of a large library fast.
struct TitleText {
    /// Classes of one character, as `TitleProtector`'s rules ask about them.
    struct Flags: OptionSet {
        let rawValue: UInt16
        static let letter = Flags(rawValue: 1 << 0)
        static let number = Flags(rawValue: 1 << 1)
        static let upper = Flags(rawValue: 1 << 2)
        static let lower = Flags(rawValue: 1 << 3)
        /// One of `TitleProtector.sentenceEnds`.
        static let sentenceEnd = Flags(rawValue: 1 << 4)
        /// One of `TitleProtector.wordJoiners`.
        static let joiner = Flags(rawValue: 1 << 5)
        /// `-` or `/`: the next letter starts a part that title case capitalises.
        static let partBreak = Flags(rawValue: 1 << 6)
        /// A TeX special or a markup character: the word is not text to title-case.
        static let markup = Flags(rawValue: 1 << 7)
        static let letterOrNumber: Flags = [.letter, .number]
    }

    /// The words' characters joined by single spaces.
    var chars: [Character] = []
    var flags: [Flags] = []
    /// Each word's range in `chars`.
    var words: [Range<Int>] = []
    /// Each word's core in `chars`: from its first to its last letter or digit (empty when it has none).
    var cores: [Range<Int>] = []

    /// The title split at spaces (runs of spaces count as one; leading and trailing ones are dropped).
    init(_ title: String) {
        chars.reserveCapacity(title.utf8.count)
        flags.reserveCapacity(title.utf8.count)
        var start: Int?
        for ch in title {
            let ascii = ch.asciiByte
            if ascii == 0x20 {
                if let s = start { words.append(s..<chars.count); start = nil }
                continue
            }
            if start == nil {
                if !words.isEmpty { chars.append(" "); flags.append([]) }
                start = chars.count
            }
            chars.append(ch)
            flags.append(ascii.map { Self.asciiFlags[Int($0)] } ?? Self.flags(of: ch))
        }
        if let s = start { words.append(s..<chars.count) }
        let classes = flags
        cores = words.map { word in
            guard let first = word.first(where: { !classes[$0].isDisjoint(with: .letterOrNumber) }),
                  let last = word.last(where: { !classes[$0].isDisjoint(with: .letterOrNumber) })
            else { return word.lowerBound..<word.lowerBound }
            return first..<(last + 1)
        }
    }

    /// Whether any character in `range` has any of `wanted`.
    func any(_ range: Range<Int>, _ wanted: Flags) -> Bool {
        range.contains { !flags[$0].isDisjoint(with: wanted) }
    }

    /// Whether the character at `i` has any of `wanted`.
    func has(_ i: Int, _ wanted: Flags) -> Bool { !flags[i].isDisjoint(with: wanted) }

    /// Whether the word before word `w` ends a sentence or subtitle (the first word opens the title).
    func opens(_ w: Int) -> Bool { w == 0 || has(words[w - 1].upperBound - 1, .sentenceEnd) }

    /// The classes of `ch`: by table for ASCII, else from its Unicode properties.
    static func flags(of ch: Character) -> Flags {
        if let a = ch.asciiByte { return asciiFlags[Int(a)] }
        var f: Flags = []
        if ch.isLetter { f.insert(.letter) }
        if ch.isNumber { f.insert(.number) }
        if ch.isUppercase { f.insert(.upper) }
        if ch.isLowercase { f.insert(.lower) }
        if TitleProtector.sentenceEnds.contains(ch) { f.insert(.sentenceEnd) }
        if TitleProtector.wordJoiners.contains(ch) { f.insert(.joiner) }
        return f
    }

    private static let asciiFlags: [Flags] = (0..<128).map { value in
        let b = UInt8(value)
        let ch = Character(Unicode.Scalar(b))
        var f: Flags = []
        if ASCIIBytes.isLetter(b) { f.insert(.letter) }
        if ASCIIBytes.isDigit(b) { f.insert(.number) }
        if ASCIIBytes.isUpper(b) { f.insert(.upper) }
        if ASCIIBytes.isLower(b) { f.insert(.lower) }
        if TitleProtector.sentenceEnds.contains(ch) { f.insert(.sentenceEnd) }
        if TitleProtector.wordJoiners.contains(ch) { f.insert(.joiner) }
        if ch == "-" || ch == "/" { f.insert(.partBreak) }
        if TeXEscaper.isSpecial(ch) || TitleProtector.markup.contains(b) { f.insert(.markup) }
        return f
    }
}
