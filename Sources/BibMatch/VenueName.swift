import BibModel

/// A container title reduced for comparison: folded words without filler words, bracketed notes
/// ("[Electronic Resource]", "(Online)") and the kind of container the name announces.
struct VenueName: Sendable, Equatable {
    /// What a container's own name says it is.
    enum Kind: Sendable { case periodical, conference, unknown }

    let words: [String]
    let kind: Kind
    /// The parts of a name given in several ways ("BJOG: An International Journal of …", "Sao Paulo
    /// Medical Journal = Revista Paulista de Medicina"), each compared on its own.
    let alternatives: [[String]]

    /// Words that carry no identity in a container name.
    static let filler: Set<String> = ["of", "the", "and", "for", "in", "on", "a", "an", "de", "du", "la", "le", "des", "et", "und", "der", "die"]
    /// Words by which a name says it is a journal-like periodical.
    static let periodicalWords = VenueWords.periodical
    /// Words by which a name says it is a meeting.
    static let conferenceWords = VenueWords.conference

    init?(_ raw: String?) {
        guard let raw = raw.map(Self.droppingMeetingTail) else { return nil }
        let plain = Self.droppingBracketed(raw)
        let words = TextFolding.words(plain).filter { !Self.filler.contains($0) }
        guard !words.isEmpty else { return nil }
        self.words = words
        let parts = plain.split(whereSeparator: { ":=/".contains($0) })
            .map { TextFolding.words(String($0)).filter { !Self.filler.contains($0) } }
            .filter { !$0.isEmpty }
        alternatives = parts.count > 1 ? [words] + parts : [words]
        if words.contains(where: Self.conferenceWords.contains) { kind = .conference }
        else if words.contains(where: Self.periodicalWords.contains) { kind = .periodical }
        else { kind = .unknown }
    }

    /// Markers after which Embase prints the meeting whose abstracts a journal supplement carries
    /// ("Journal of Clinical Oncology.Conference: 2009 Annual Meeting of …").
    static let meetingTailMarkers = [".conference:", ". conference:", ".congress:", ". congress:", ".meeting:", ". meeting:"]

    /// The journal's name without a meeting appended to it: the container is the journal.
    static func droppingMeetingTail(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: ":")) else { return raw }
        let lower = raw.lowercased()
        for marker in meetingTailMarkers {
            guard let r = lower.range(of: marker) else { continue }
            let head = lower[..<r.lowerBound]
            guard head.contains(where: \.isLetter) else { continue }
            return String(raw.prefix(head.count))
        }
        return raw
    }

    /// Text without `[...]` and `(...)` parts.
    static func droppingBracketed(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") }) else { return s }
        var out = ""
        var depth = 0
        for ch in s {
            if ch == "[" || ch == "(" { depth += 1; continue }
            if ch == "]" || ch == ")" { depth = max(0, depth - 1); out.append(" "); continue }
            if depth == 0 { out.append(ch) }
        }
        return out
    }

    /// Whether the two names can denote the same container: the shorter name's words appear in order
    /// in the longer one as words or abbreviations of words ("J Clin Virol" in "Journal of Clinical
    /// Virology"), or the shorter name is an acronym of the longer one's words ("VLDB", "BMJ").
    func isCompatible(with other: VenueName) -> Bool {
        // The same name (the common case in one library) is compatible without the word-by-word walk.
        if words == other.words { return true }
        for x in alternatives {
            for y in other.alternatives where Self.namesCompatible(x, y) { return true }
        }
        return false
    }

    static func namesCompatible(_ x: [String], _ y: [String]) -> Bool {
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if isAbbreviatedSubsequence(short, of: long) { return true }
        if short.count == long.count, isAbbreviatedSubsequence(long, of: short) { return true }
        if let first = short.first, short.count <= 2, isAcronym(first, of: long) { return true }
        return false
    }

    /// Word similarity in [0, 1] for scoring: 1 when compatible, else the shared share of words.
    func similarity(to other: VenueName) -> Double {
        if isCompatible(with: other) { return 1 }
        let a = Set(words), b = Set(other.words)
        return Double(a.intersection(b).count) / Double(max(1, min(a.count, b.count)))
    }

    static func isAbbreviatedSubsequence(_ short: [String], of long: [String]) -> Bool {
        var j = 0
        for w in short {
            while j < long.count, !abbreviates(w, long[j]) { j += 1 }
            if j == long.count { return false }
            j += 1
        }
        return true
    }

    /// "clin" abbreviates "clinical" (ISO 4 cuts a word after a prefix); "natl" abbreviates "national"
    /// and "assn" "association" (a contraction: the first letter, then letters of the word in order);
    /// one typo is tolerated in words of five letters or more.
    static func abbreviates(_ w: String, _ full: String) -> Bool {
        if full.hasPrefix(w) { return true }
        let letters = w.count
        if letters >= 3, w.first == full.first, letters < full.count, isSubsequence(w, of: full) { return true }
        return letters >= 5 && EditDistance.atMostOne(w, full)
    }

    /// Whether the letters of `w` occur in `full` in order.
    static func isSubsequence(_ w: String, of full: String) -> Bool {
        var it = full.makeIterator()
        for c in w {
            var found = false
            while let d = it.next() { if d == c { found = true; break } }
            if !found { return false }
        }
        return true
    }

    /// "vldb" is the initials of "very large data bases" (taken from any run of words).
    static func isAcronym(_ token: String, of words: [String]) -> Bool {
        // No word starts with the token's first letter: no run of initials can spell it.
        guard let lead = token.first, words.contains(where: { $0.first == lead }) else { return false }
        let letters = Array(token)
        guard letters.count >= 2, letters.count <= words.count else { return false }
        let initials = words.compactMap(\.first)
        for start in 0...(initials.count - letters.count) where Array(initials[start..<(start + letters.count)]) == letters {
            return true
        }
        return false
    }
}
