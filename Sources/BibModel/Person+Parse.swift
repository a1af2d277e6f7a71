extension Person {
    /// Lower-case particles that belong in front of a family name.
    public static let particles: Set<String> = ["van", "von", "de", "der", "den", "del", "della", "di", "da", "du", "des",
                                         "la", "le", "dos", "das", "do", "ten", "ter", "zu", "af", "av", "op"]
    static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "2nd", "3rd"]
    /// Letters after a name that are degrees and fellowships, not a family name ("John Smith FRCP").
    public static let postNominals: Set<String> = ["PHD", "MD", "MPH", "MBBS", "MBCHB", "MRCP", "FRCP", "FRCS", "FRCPC", "FRCSC",
                                                   "FACS", "FACP", "FACC", "FRS", "FRSE", "FRACP", "MSC", "BSC", "MA", "BA",
                                                   "RN", "DPHIL", "DSC", "MBA", "JD", "DDS", "DVM", "OBE", "CBE", "MBE", "FMEDSCI"]

    /// `name` without the degrees and fellowships printed after it ("John Smith FRCP", "Mary Jones, MD, PhD").
    public static func droppingPostNominals(_ name: String) -> String {
        var words = name.split(separator: " ").map(String.init)
        while words.count > 2, let last = words.last,
              postNominals.contains(last.filter(\.isLetter).uppercased()), last.first?.isUppercase == true {
            words.removeLast()
        }
        var out = words.joined(separator: " ")
        while out.last == "," { out.removeLast() }
        return out
    }

    /// Arabic, Hebrew and Irish name articles that belong to the family name that follows them ("Youssef El Amrani",
    /// "Omar Abu Salem", "Ruairí Ó Dálaigh"). Unlike "van" they are kept inside the family name, capitalized as written.
    static let familyArticles: Set<String> = ["el", "al", "abu", "abou", "ben", "bin", "ibn", "abd", "bou", "ó", "ní", "uí", "nic"]

    /// Parses one person's name as a source printed it.
    ///
    /// Affiliation markers are dropped: trailing digits glued to a name ("Fleur1"), bracketed numbers
    /// ("[1 ]"), superscript digits, asterisks and daggers. A name of initials after a family name
    /// ("Geraets, D T", "Smith JA") is read family-first whatever `order` says. Returns `nil` for text that
    /// holds no name ("et al.", empty).
    public static func parse(_ raw: String, order: NameOrder = .auto) -> Person? {
        var text = stripMarkers(raw)
        if text.isEmpty { return nil }
        let lower = text.lowercased()
        if lower == "et al" || lower == "et al." || lower == "others" || lower == "and others" { return nil }
        if lower.hasSuffix(" et al.") || lower.hasSuffix(" et al") {
            text = String(text.dropLast(lower.hasSuffix(".") ? 7 : 6)).trimmingSpaces
        }
        // The connector of a list the name was cut from ("Jean Paul Malrieu and", "B. Chen &") is no part of it.
        for connector in [" and", " &"] where text.lowercased().hasSuffix(connector) && text.count > connector.count + 2 {
            text = String(text.dropLast(connector.count)).trimmingSpaces
        }

        var suffix: String? = nil
        if text.containsByte(0x2C) {
            let parts = commaParts(text).map(\.trimmingSpaces)
            if parts.count >= 2, suffixes.contains(parts.last!.lowercased()) {
                suffix = parts.last
                text = parts.dropLast().joined(separator: ", ")
            }
        }

        if text.containsByte(0x2C) {
            let parts = commaParts(text, maxSplits: 1).map(\.trimmingSpaces)
            var p = Person.make(family: parts[0], given: parts.count > 1 ? parts[1] : nil)
            p.suffix = suffix
            return p
        }

        var words = spaceSeparatedWords(text)
        if let last = words.last, words.count > 1, suffixes.contains(last.lowercased()) {
            suffix = last; words.removeLast()
        }
        if words.count == 1 {
            return Person(family: words[0], suffix: suffix)
        }
        var familyFirst: Bool
        switch order {
        case .familyFirst: familyFirst = true
        case .givenFirst: familyFirst = false
        case .auto: familyFirst = false
        }
        // "Smith JA", "Ahmed D": a trailing all-capital short word is initials, so the name is family-first.
        if let last = words.last, isInitials(last), !(words.first.map(isInitials) ?? false) { familyFirst = true }
        // "J. A. Smith": leading initials mean given-first.
        if let first = words.first, isInitials(first), !(words.last.map(isInitials) ?? false) { familyFirst = false }

        var p: Person
        if familyFirst {
            // Family names may carry particles in front: "van Doorn L J".
            var familyWords = [words[0]]
            var i = 1
            if particles.contains(words[0].lowercased()) {
                while i < words.count - 1, particles.contains(words[i].lowercased()) { familyWords.append(words[i]); i += 1 }
                if i < words.count - 1 { familyWords.append(words[i]); i += 1 }
            }
            p = Person.make(family: familyWords.joined(separator: " "), given: words[i...].joined(separator: " "))
        } else {
            // The family name starts at the first particle after the first word, else it is the last word.
            var start = words.count - 1
            for i in 1..<(words.count - 1) where particles.contains(words[i].lowercased())
                || familyArticles.contains(String(words[i].lowercased().filter { $0 != "-" })) {
                start = i
                break
            }
            p = Person.make(family: words[start...].joined(separator: " "), given: words[..<start].joined(separator: " "))
        }
        p.suffix = suffix
        return p
    }

    /// Builds a person, moving lower-case particles from the family name into `particle`.
    static func make(family: String, given: String?) -> Person {
        var fam = family.trimmingSpaces
        var particle: String? = nil
        let words = spaceSeparatedWords(fam)
        var k = 0
        while k < words.count - 1, particles.contains(words[k]), words[k].first?.isLowercase == true { k += 1 }
        if k > 0 {
            particle = words[..<k].joined(separator: " ")
            fam = words[k...].joined(separator: " ")
        }
        let g = given?.trimmingSpaces
        return Person(family: fam, given: (g?.isEmpty ?? true) ? nil : g, particle: particle)
    }

    /// "JA", "J.A.", "H.-L.", "D": a word made of one to three capitals with dots or hyphens.
    static func isInitials(_ w: String) -> Bool {
        let letters = w.filter { $0.isLetter }
        guard !letters.isEmpty, letters.count <= 3 else { return false }
        guard letters.allSatisfy({ $0.isUppercase }) else { return false }
        return w.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// Removes affiliation markers (digits, superscript digits, "*", "†", bracketed numbers) and stray edge
    /// punctuation from a name as printed ("Fleur1,", "Riley, Fleur [1 ]", "Smith²*").
    /// Marks that tie a name to a footnote: `*†‡§¶#⁎✉` and superscript digits (`¹²³`, U+2070–U+209F).
    private static func isFootnoteMark(_ ch: Character) -> Bool {
        let scalars = ch.unicodeScalars
        guard let v = scalars.first?.value else { return false }
        if v < 0x80 { return v == 0x2A || v == 0x23 }
        if (0x2070...0x209F).contains(v) || v == 0xB9 || v == 0xB2 || v == 0xB3 { return true }
        return scalars.count == 1 && footnoteMarks.contains(v)
    }

    private static let footnoteMarks: Set<UInt32> = [0x2020, 0x2021, 0xA7, 0xB6, 0x204E, 0x2709]

    public static func stripMarkers(_ raw: String) -> String {
        var s = ""
        if let ascii = asciiMarkersBlanked(raw) {
            s = ascii
        } else {
            var depth = 0
            for ch in raw {
                if ch == "[" { depth += 1; continue }
                if ch == "]" { depth = max(0, depth - 1); continue }
                if depth > 0 { continue }
                if (ch.isNumber && ch.isASCII) || isFootnoteMark(ch) { s.append(" "); continue }
                s.append(ch)
            }
        }
        var out = s.collapsingSpaces
        // A byline's joining word left at an edge ("Jean Paul Malrieu,*,‡ and", "and Daniel Maynau") is no part of the name.
        for word in [" and", " &"] where out.hasSuffix(word) && out.count > word.count + 2 { out.removeLast(word.count) }
        for word in ["and ", "& "] where out.hasPrefix(word) && out.count > word.count + 2 { out.removeFirst(word.count) }
        while let last = out.last, ",;: ".contains(last) { out.removeLast() }
        while let first = out.first, ",;:. ".contains(first) { out.removeFirst() }
        return out.trimmingSpaces
    }
}

extension Person {
    /// `stripMarkers`'s first pass done on the bytes of ASCII text (where each byte is a character): bracketed
    /// text dropped, digits, `*` and `#` blanked. `nil` for text with other characters.
    private static func asciiMarkersBlanked(_ raw: String) -> String? {
        var copy = raw
        return copy.withUTF8 { b -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var depth = 0
            for c in b {
                if c >= 0x80 { return nil }
                if c == 0x5B { depth += 1; continue }
                if c == 0x5D { depth = max(0, depth - 1); continue }
                if depth > 0 { continue }
                out.append((0x30...0x39).contains(c) || c == 0x2A || c == 0x23 ? 0x20 : c)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// What `text.split(separator: ",", maxSplits:)` gives (empty pieces omitted), cut on the bytes: a comma
    /// carrying a joining mark is no comma there either.
    static func commaParts(_ text: String, maxSplits: Int = Int.max) -> [String] {
        var copy = text
        return copy.withUTF8 { b in
            var out: [String] = []
            var start = 0
            var k = 0
            while k < b.count {
                if b[k] == 0x2C, UTF8Characters.standsAlone(b, at: k) {
                    let appended = k > start
                    if appended { out.append(String(decoding: b[start..<k], as: UTF8.self)) }
                    k += 1
                    start = k
                    if appended && out.count == maxSplits { break }
                    continue
                }
                k += 1
            }
            if start < b.count { out.append(String(decoding: b[start...], as: UTF8.self)) }
            return out
        }
    }

    /// The words of `text` between spaces (runs of spaces give no empty word): cut on the bytes of ASCII text,
    /// by character otherwise (a space with a combining mark on it is no separator).
    static func spaceSeparatedWords(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return text.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
        }
        return text.split(separator: " ").map(String.init)
    }
}

extension String {
    /// The string without leading and trailing white space (Foundation-free).
    public var trimmingSpaces: String {
        if let f = utf8.first, let l = utf8.last, (0x21..<0x7F).contains(f), (0x21..<0x7F).contains(l) { return self }
        if !edgesMayBeWhiteSpace { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Whether the first or the last character may be white space, told from the edge scalars: the first
    /// character is white space when its first scalar is; the last is white space only if the last scalar is
    /// white space or joins the character before it (a mark on a space).
    private var edgesMayBeWhiteSpace: Bool {
        var copy = self
        return copy.withUTF8 { b in
            guard !b.isEmpty, let (first, _) = UTF8Characters.scalar(b, at: 0) else { return true }
            if Unicode.Scalar(first)?.properties.isWhitespace ?? true { return true }
            var start = b.count - 1
            while start > 0, b[start] & 0xC0 == 0x80 { start -= 1 }
            guard let (last, _) = UTF8Characters.scalar(b, at: start), let scalar = Unicode.Scalar(last) else { return true }
            return scalar.properties.isWhitespace || UTF8Characters.extendsCharacter(b, at: start)
        }
    }

    /// Runs of white space and control characters folded to one space, trimmed. One pass over the UTF-8;
    /// a string that needs no change is returned as it is (the common case for clean ASCII values).
    public var collapsingSpaces: String {
        var copy = self
        return copy.withUTF8 { bytes in String.isFolded(bytes) ? self : String(collapsingSpacesIn: bytes) }
    }

    /// Whether `bytes` hold nothing `collapsingSpaces` would change: no white space or control character but
    /// single spaces between other characters. ASCII is checked eight bytes at a time.
    static func isFolded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previousSpace = true
        /// One byte: false when it makes the text unfolded.
        func step(_ b: UInt8) -> Bool {
            if b >= 0x80 {
                // Lead bytes of every white space and control character outside ASCII (U+0080–U+00A0, U+1680,
                // U+2000–U+205F, U+3000): text with none of them has nothing to fold there.
                if b == 0xC2 || b == 0xE1 || b == 0xE2 || b == 0xE3 { return false }
                previousSpace = false
                return true
            }
            if b <= 0x20 || b == 0x7F {
                if b != 0x20 || previousSpace { return false }
                previousSpace = true
            } else {
                previousSpace = false
            }
            return true
        }
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= bytes.count {
            let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            // All ASCII, no control (a byte below 0x20, or 0x7F): only spaces can matter.
            let del = w ^ (ones &* 0x7F)
            if w & highs == 0, (w &- ones &* 0x20) & ~w & highs == 0, (del &- ones) & ~del & highs == 0 {
                let t = w ^ (ones &* 0x20)
                let spaces = ~(((t & (ones &* 0x7F)) &+ (ones &* 0x7F)) | t | (ones &* 0x7F))
                if spaces & (spaces << 8) != 0 || (previousSpace && spaces & 0x80 != 0) { return false }
                previousSpace = spaces >> 63 != 0
            } else {
                for k in i..<(i + 8) where !step(bytes[k]) { return false }
            }
            i += 8
        }
        for k in i..<bytes.count where !step(bytes[k]) { return false }
        return !previousSpace || bytes.isEmpty
    }

    /// The text of valid UTF-8 `bytes` with runs of white space and control characters folded to one space,
    /// trimmed (what `collapsingSpaces` returns for the same text).
    public init(collapsingSpacesIn bytes: UnsafeBufferPointer<UInt8>) {
        var folder = SpaceFolder(capacity: bytes.count)
        folder.append(bytes)
        self = folder.string
    }
}

extension String {
    /// Whether `needle` occurs in the string: byte by byte for an ASCII needle (the fast path for markers and
    /// identifiers), else by the standard library's comparison of characters. An empty needle is never found.
    public func containsText(_ needle: String) -> Bool {
        if needle.isEmpty { return false }
        guard needle.utf8.allSatisfy({ $0 < 0x80 }) else { return firstRange(of: needle) != nil }
        return containsBytes(needle)
    }

    /// Whether `needle` occurs in the string, compared byte by byte on UTF-8 (no locale, no Unicode
    /// normalization): the fast check for ASCII markers, ids and class names on hot paths.
    public func containsBytes(_ needle: String) -> Bool {
        var hay = self, pin = needle
        return hay.withUTF8 { h in
            pin.withUTF8 { n in
                n.isEmpty || ByteSearch.firstIndex(of: UnsafeRawBufferPointer(n), in: UnsafeRawBufferPointer(h)) != nil
            }
        }
    }
}

extension Substring {
    /// The first range of `needle`, compared byte by byte on UTF-8 (for ASCII needles such as " doi:").
    public func firstByteRange(of needle: String) -> Range<Index>? {
        let offset: Int? = utf8.withContiguousStorageIfAvailable { h in
            Array(needle.utf8).withUnsafeBytes { ByteSearch.firstIndex(of: $0, in: UnsafeRawBufferPointer(h)) }
        } ?? ByteSearch.firstIndex(of: Array(needle.utf8), in: Array(utf8))
        guard let offset else { return nil }
        let lower = utf8.index(startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}
