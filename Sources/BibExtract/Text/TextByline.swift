import BibModel

/// Reads the byline of an article page saved as text: all names on one line ("Chinedu N. Okafor1, Priya
/// L. Brandt2 & Marta Teixeira-Lobo1,3", "A a, B b c", "A; B; C") or one name per line with roles,
/// e-mail and affiliation lines between them (PLOS, MDPI).
enum TextByline {
    /// The names of a one-line byline (at least two), or `nil` when the line is not a list of names.
    static func names(inLine line: String) -> [String]? {
        // Two names need a separator between them; most lines of a page hold none.
        guard mayHoldSeparator(line), !isFormLine(line) else { return nil }
        var names: [String] = []
        // The parts are read in order and the reading stops at the first that is not a name.
        let complete = forEachPart(of: line) { part in
            guard let name = clean(part) else { return false }
            names.append(name)
            return true
        }
        return complete && names.count >= 2 ? names : nil
    }

    /// Whether the line's bytes hold one of the separators `split` cuts at: a line without any has one part.
    static func mayHoldSeparator(_ line: String) -> Bool {
        line.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "&") }
            || conjunctions.contains { line.containsBytes($0) }
    }

    /// The words joining the last two names of a byline, with their spaces: English, French, German. (Not "e"
    /// or "y", which join the parts of Portuguese and Spanish family names.)
    static let conjunctions = [" and ", " et ", " und "]
    /// The same words ending a line of a one-name-per-line byline ("Thi Lan Nguyen et").
    static let lineEndConjunctions = [" and", " et", " und", " &", ","]

    /// The names of a one-name-per-line byline starting at `start`, and the index after its last name:
    /// detail lines (roles, e-mail, affiliations, a name printed twice) between names are skipped; at least
    /// `minimum` names.
    static func names(inRun lines: [String], from start: Int, limit: Int, minimum: Int = 2) -> (names: [String], end: Int)? {
        names(inRun: { RunLine(lines[$0]) }, count: lines.count, from: start, limit: limit, minimum: minimum)
    }

    /// The same reading over a page's line table, each line read once however many runs pass over it.
    static func names(inRun table: LineTable, from start: Int, limit: Int, minimum: Int = 2) -> (names: [String], end: Int)? {
        names(inRun: table.runLine, count: table.count, from: start, limit: limit, minimum: minimum)
    }

    private static func names(inRun line: (Int) -> RunLine, count: Int, from start: Int, limit: Int,
                              minimum: Int) -> (names: [String], end: Int)? {
        var names: [String] = []
        var i = start
        var end = start
        while i < min(limit, count) {
            let l = line(i)
            if l.skipped || (!names.isEmpty && l.skippedAfterName) { i += 1; continue }
            switch l.reading {
            case .markers: i += 1; continue
            case .other: break
            case .name(let name):
                if names.last != name { names.append(name) }
                i += 1
                end = i
                continue
            }
            break
        }
        return names.count >= minimum ? (names, end) : nil
    }

    /// What a one-name-per-line byline reads on one line.
    struct RunLine {
        /// What the line holds.
        enum Reading {
            /// One name.
            case name(String)
            /// Markers only (" 1", ", 2,*"): the superscripts some sites print on their own line.
            case markers
            /// Anything else: the byline ends here.
            case other
        }

        /// Skipped wherever it stands: an empty line or a byline detail.
        let skipped: Bool
        /// Skipped once a name was read: a line of one or two characters (a button or an icon, "X" closing an
        /// author's pop-up, "▾"), an affiliation, an e-mail address.
        let skippedAfterName: Bool
        let reading: Reading

        init(_ line: String) {
            self.init(line, parts: { LineParts(line).run })
        }

        /// The reading of `line` whose parts are read by `parts` (only when it is not skipped).
        init(_ line: String, parts: () -> Reading) {
            skipped = line.isEmpty || isBylineDetail(line)
            guard !skipped else { skippedAfterName = true; reading = .other; return }
            skippedAfterName = line.dropFirst(2).isEmpty || isAffiliation(line: line)
                || line.utf8.contains(UInt8(ascii: "@")) && line.contains("@")
            reading = parts()
        }
    }

    /// What the byline readings take from a line's parts, read in one pass: its names when it is a one-line byline
    /// (`names(inLine:)`), and what a one-name-per-line byline reads on it (`RunLine.Reading`).
    struct LineParts {
        let names: [String]?
        let run: RunLine.Reading

        /// The parts of `line`, their names remembered in `printed` when a line table gives it.
        init(_ line: String, printed: PrintedNames? = nil) {
            if TextByline.isFormLine(line) { names = nil; run = .other; return }
            // Two names need a separator between them; most lines of a page hold none.
            var failed = !mayHoldSeparator(line)
            var names: [String] = []
            // Only the first two parts decide the run reading: one name, or none (a line of markers), or not a name
            // line. The names are read in order up to the first part that is not a name.
            var parts: [String] = []
            var firstName: String? = nil
            _ = forEachPart(of: line, printed: printed) { part in
                if parts.count < 2 { parts.append(part) }
                if !failed {
                    if let name = PrintedNames.cleaned(part, in: printed) { names.append(name) } else { failed = true }
                    if parts.count == 1 { firstName = names.first }
                } else if parts.count == 1 {
                    firstName = PrintedNames.cleaned(part, in: printed)
                }
                return parts.count < 2 || !failed
            }
            self.names = !failed && names.count >= 2 ? names : nil
            // A name followed by its roles ("Shirley V Wang, assistant professor, associate epidemiologist1,", as
            // The BMJ prints them): a part that opens in lower case after the name is a role, not another name.
            let withRoles = parts.count == 2 && parts[1].trimmingSpaces.first?.isLowercase == true
            if parts.isEmpty { run = .markers } else if parts.count == 1 || withRoles, let name = firstName { run = .name(name) } else { run = .other }
        }
    }

    /// A line of a form (`TextLines.holdsFormField`): its labels are no names.
    static func isFormLine(_ line: String) -> Bool {
        line.utf8.contains(UInt8(ascii: "[")) && TextLines.holdsFormField(line)
    }

    /// A detail line between the names of a byline (`ArticleTextTables.bylineDetailPrefixes`).
    static func isBylineDetail(_ line: String) -> Bool {
        guard detailLeads.admits(line) else { return false }
        // Lower-casing never merges characters, so the head one character longer than the longest prefix
        // decides `hasPrefix` as the whole lower-cased line would (as in `TextLines.firstStop`).
        let lower = line.prefix(detailHead).lowercased()
        return ArticleTextTables.bylineDetailPrefixes.contains { lower.hasPrefix($0) }
    }

    static let detailHead = (ArticleTextTables.bylineDetailPrefixes.map(\.count).max() ?? 0) + 1

    static let detailLeads = LeadBytes(ArticleTextTables.bylineDetailPrefixes, lowercasedLines: true)

    /// Whether a lower-cased line names an institution ("Department of Economics, University of Bergen").
    static func isAffiliation(_ lower: String) -> Bool {
        if let ascii = asciiAffiliation(lower, lowercasing: false) { return ascii }
        guard mayHoldAffiliationWord(lower) else { return false }
        return lower.split { !$0.isLetter }.contains { ArticleTextTables.affiliationWords.contains(String($0)) }
    }

    /// `isAffiliation(line.lowercased())`, without lower-casing a line of ASCII first.
    static func isAffiliation(line: String) -> Bool {
        if let ascii = asciiAffiliation(line, lowercasing: true) { return ascii }
        return mayHoldAffiliationWord(line) && isAffiliation(line.lowercased())
    }

    /// Whether the text's bytes, ASCII letters folded to lower case, hold the ASCII head of an affiliation word
    /// ("universit" of "université"): lower-casing turns no other character into one of those letters within a
    /// word (only "İ" and the Kelvin sign lower-case to ASCII letters, "i" followed by a mark and "k"), so a line
    /// without any head holds no affiliation word after lower-casing either.
    static func mayHoldAffiliationWord(_ text: String) -> Bool {
        let folded = text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        return affiliationHeads.contains { ByteSearch.firstIndex(of: $0, in: folded) != nil }
    }

    /// The ASCII head of each affiliation word, up to its first byte outside ASCII.
    private static let affiliationHeads: [[UInt8]] = Array(Set(ArticleTextTables.affiliationWords.map { Array($0.utf8.prefix { $0 < 0x80 }) }))

    /// The same test byte by byte where the text is ASCII (no CR): its letters are the bytes A-Z and a-z, its words
    /// the runs of them. `nil` for other text.
    private static func asciiAffiliation(_ text: String, lowercasing: Bool) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var word: [UInt8] = []
            var found = false
            func flush() {
                if !found, affiliationWordLengths.contains(word.count) {
                    found = ArticleTextTables.affiliationWords.contains(String(decoding: word, as: UTF8.self))
                }
                word.removeAll(keepingCapacity: true)
            }
            for b in bytes {
                let folded = b | 0x20
                if folded >= UInt8(ascii: "a"), folded <= UInt8(ascii: "z") {
                    word.append(lowercasing ? folded : b)
                } else {
                    flush()
                    if found { return true }
                }
            }
            flush()
            return found
        }
    }

    /// The byte lengths of the affiliation words.
    private static let affiliationWordLengths = Set(ArticleTextTables.affiliationWords.map(\.utf8.count))

    /// A line cut at commas, semicolons, "&" and " and ", empty pieces (marker lists "1,3") dropped.
    static func split(_ line: String) -> [String] {
        var parts: [String] = []
        _ = forEachPart(of: line) { parts.append($0); return true }
        return parts
    }

    /// Hands the parts of `split(line)` to `body` in order until it returns `false`, cutting the line only as
    /// far as it reads; `true` when every part was handed over. The pieces' markers are read off through `printed`
    /// when a line table gives it.
    static func forEachPart(of line: String, printed: PrintedNames? = nil, _ body: (String) -> Bool) -> Bool {
        var text = AcademicDegrees.withoutGroup(line.trimmingSpaces)
        for tail in lineEndConjunctions where text.hasSuffix(tail) { text = String(text.dropLast(tail.count)) }
        return forEachPiece(of: text[...], separatedBy: partSeparators) { group in
            for piece in TextByline.splitAtAnd(group) {
                // A degree after a name ("Ashdown, M.D., Ph.D.") is no name of its own.
                if AcademicDegrees.isDegree(piece) { continue }
                let name = PrintedNames.marked(String(piece), in: printed)
                if !name.isEmpty, !body(name) { return false }
            }
            return true
        }
    }

    /// The characters `split` cuts a line at (besides " and ").
    static let partSeparators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "&")]

    /// `text` split at each of `conjunctions`, without a search where the text's bytes hold none.
    static func splitAtAnd(_ text: Substring) -> [Substring] {
        var pieces: [Substring] = text.isEmpty ? [] : [text]
        for word in conjunctions where text.firstByteRange(of: word) != nil {
            pieces = pieces.flatMap { $0.firstByteRange(of: word) == nil ? [$0] : $0.split(separator: word) }
        }
        return pieces
    }

    /// Hands the non-empty pieces of `text` between separators (ASCII characters, given as their bytes) to `body` in
    /// order (as `split` cuts them) until it returns `false`, reading the text only as far as that; `true` when
    /// every piece was handed over.
    static func forEachPiece(of text: Substring, separatedBy separators: [UInt8],
                             _ body: (Substring) -> Bool) -> Bool {
        var start = text.startIndex
        // ASCII stretch, byte by byte: an ASCII byte with ASCII bytes (or the ends) around it is one character.
        // At the first byte outside ASCII the reading goes on by characters from the piece it is in.
        let utf8 = text.utf8
        var b = utf8.startIndex
        while b < utf8.endIndex {
            let byte = utf8[b]
            if byte >= 0x80 { break }
            let next = utf8.index(after: b)
            if separators.contains(byte) {
                if next < utf8.endIndex, utf8[next] >= 0x80 { break }
                if b > start, !body(text[start..<b]) { return false }
                start = next
            }
            b = next
        }
        if b == utf8.endIndex {
            return start == text.endIndex || body(text[start...])
        }
        // Characters compare by canonical equivalence: "\u{037E}" (Greek question mark) is a ";".
        let separatorCharacters = separators.map { Character(Unicode.Scalar($0)) }
        var i = start
        while true {
            let atEnd = i == text.endIndex
            if atEnd || separatorCharacters.contains(text[i]) {
                if i > start, !body(text[start..<i]) { return false }
                if atEnd { return true }
                start = text.index(after: i)
            }
            i = text.index(after: i)
        }
    }

    /// One to three lower-case letters, perhaps after footnote signs and before a number ("a", "ad", "*ab", "†c",
    /// "c1"): affiliation or correspondence marks printed after a name; not a particle ("de", "da", "van").
    static func isLetterMarker(_ word: String) -> Bool {
        let marked = word.drop { "*†‡§".contains($0) }
        let digits = marked.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits <= 2 else { return false }
        let letters = marked.dropLast(digits)
        return (1...3).contains(letters.count) && letters.allSatisfy { $0.isLowercase && $0.isLetter }
            && !Person.particles.contains(String(letters))
    }

    /// The printed name without glued icons and affiliation letters, or `nil` when it is not a name.
    static func clean(_ raw: String) -> String? {
        var s = raw
        for glue in ArticleTextTables.bylineGlue {
            while s.containsBytes(glue), let r = s.firstRange(of: glue) { s.replaceSubrange(r, with: " ") }
        }
        if !mayBeName(s) { return nil }
        // ORCID links printed beside the name ("ORCID: orcid.org/0000-…") and e-mail addresses.
        var words = spaceSeparatedWords(s).filter { w in
            !(w.utf8.contains(UInt8(ascii: "/")) && w.contains("/")) && !(w.utf8.contains(UInt8(ascii: "@")) && w.contains("@"))
        }
        // A colon between words makes a label and its value ("Fonction : Auteur"), never a name.
        if let colon = words.firstIndex(of: ":"), colon > 0, colon < words.count - 1 { return nil }
        words.removeAll { $0 == ":" }  // a colon left by a label whose value was a link
        // Honorifics before the name, while a given and a family name remain.
        while words.count > 2, let first = words.first, ArticleTextTables.honorifics.contains(first.lowercased()) { words.removeFirst() }
        // Affiliation letters after a space: ScienceDirect's "Ama Serwaa Owusu a c", RSC's "Chengcheng Chen ad",
        // "Yijing Wang *ab" (a name never ends in a particle, so a short lower-case word there is a marker).
        while let last = words.last, words.count > 2, Self.isLetterMarker(last) { words.removeLast() }
        // A family name in capitals with its affiliation letters glued ("FRANK KATZERa" once "c1" is gone).
        if words.count >= 2, let last = words.last {
            let glued = last.reversed().prefix { $0.isLowercase }.count
            let family = last.dropLast(glued)
            if (1...2).contains(glued), family.count >= 2, family.allSatisfy({ $0.isUppercase }) { words[words.count - 1] = String(family) }
        }
        // A footnote letter glued to the name with its parenthesis ("Yuwen Zhanga)", AIP's "a)Author to whom …").
        if let last = words.last, last.count >= 4, last.hasSuffix(")"), !last.contains("("),
           last.dropLast().last?.isLowercase == true, last.dropLast(2).last?.isLowercase == true {
            words[words.count - 1] = String(last.dropLast(2))
        }
        let name = words.joined(separator: " ")
        guard PubMedAuthors.looksLikeName(name),
              !words.contains(where: { ArticleTextTables.nonNameWords.contains($0.lowercased()) }) else { return nil }
        return name
    }

    /// `s.split(separator: " ")` as strings; cut at space bytes where `s` is ASCII without a CR (each byte is one
    /// character there).
    static func spaceSeparatedWords(_ s: String) -> [String] {
        guard s.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return s.split(separator: " ").map(String.init) }
        return s.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `false` when `clean` cannot find a name in `s` (its glue already cut out) whatever it drops, told from the
    /// words it never drops (no "/" or "@", not ":", not an honorific, not a single lower-case letter): more than six
    /// of them are no name, nor (where `s` is ASCII, a byte a character) more than 60 characters with their
    /// spaces. Words are cut at space bytes, which are the spaces `clean` cuts at when every byte beside a space is
    /// ASCII (no mark joins a space to a character); `true` (undecided) otherwise and for text with a CR.
    static func mayBeName(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            guard bytes.count > PubMedAuthors.maxNameLength, !bytes.contains(0x0D) else { return true }
            let ascii = !bytes.contains { $0 >= 0x80 }
            if !ascii {
                for i in bytes.indices where bytes[i] == 0x20 {
                    if i > 0 && bytes[i - 1] >= 0x80 || i + 1 < bytes.count && bytes[i + 1] >= 0x80 { return true }
                }
            }
            var kept = 0, length = 0
            var start = 0
            func word(_ w: UnsafeBufferPointer<UInt8>.SubSequence) {
                guard !w.isEmpty, !w.contains(UInt8(ascii: "/")), !w.contains(UInt8(ascii: "@")), !w.elementsEqual(":".utf8) else { return }
                if w.contains(where: { $0 >= 0x80 }) {
                    // Two ASCII letters are two characters: such a word is no single letter, and no honorific
                    // (they are ASCII, and nothing outside ASCII lower-cases to their letters).
                    if w.lazy.filter({ $0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z") }).count >= 2 { kept += 1 }
                    return
                }
                if w.count == 1, w.first! >= UInt8(ascii: "a"), w.first! <= UInt8(ascii: "z") { return }
                if w.count <= honorificLength,
                   ArticleTextTables.honorifics.contains(String(decoding: w.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)) { return }
                kept += 1
                length += w.count
            }
            for i in bytes.indices where bytes[i] == 0x20 {
                word(bytes[start..<i])
                start = i + 1
            }
            word(bytes[start...])
            if kept > PubMedAuthors.maxNameWords { return false }
            return !ascii || kept == 0 || length + kept - 1 <= PubMedAuthors.maxNameLength
        }
    }

    private static let honorificLength = ArticleTextTables.honorifics.map(\.utf8.count).max() ?? 0

    /// Reads each printed name given-first, except where the article's own citation prints a longer family
    /// name: "Beatriz Quintana Roldán" is family "Quintana Roldán" when the citation reads "Quintana Roldán B".
    static func people(_ names: [String], citationAuthors: String?) -> [Person] {
        names.compactMap { name in
            if let cite = citationAuthors, !cite.contains(name), let family = longFamily(name, in: cite) {
                let given = name.split(separator: " ").dropLast(family.split(separator: " ").count).joined(separator: " ")
                return Person.parse(family + ", " + given, order: .familyFirst)
            }
            return NameReader.capitalParticleName(name) ?? Person.parse(name, order: .givenFirst)
        }
    }

    /// The longest tail of `name` (two words or more, leaving a given name) that the citation prints as a
    /// family name: followed by "," or by a capital initial.
    private static func longFamily(_ name: String, in cite: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 3 else { return nil }
        for k in stride(from: words.count - 1, through: 2, by: -1) {
            let family = words.suffix(k).joined(separator: " ")
            var rest = cite[...]
            while let r = rest.firstRange(of: family) {
                let after = cite[r.upperBound...]
                if after.first == "," || (after.first == " " && after.dropFirst().first?.isUppercase == true
                    && after.dropFirst().prefix { $0.isLetter }.count <= 3) {
                    return family
                }
                rest = cite[r.upperBound...]
            }
        }
        return nil
    }
}
