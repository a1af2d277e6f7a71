/// Canonical keyword lists: split on ";" and ", ", trimmed, final full stop removed, repeats dropped.
enum Keywords {
    static func keywords(_ raw: [String]) -> [String] {
        var out: [String] = []
        var seen: Set<String> = []
        for value in raw {
            for part in split(HTMLText.clean(value)) {
                var k = part.collapsingSpaces
                while let last = k.last, ".;,".contains(last) { k.removeLast() }
                k = k.trimmingCharacters(in: "\"'\u{201C}\u{201D}")
                guard !k.isEmpty else { continue }
                if seen.insert(key(k)).inserted { out.append(k) }
            }
        }
        return out
    }

    /// ";" always separates; "," separates only when followed by a space ("1,2-dichloroethane" stays whole).
    static func split(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        var chars = s.makeIterator()
        var pendingComma = false
        while let ch = chars.next() {
            if pendingComma {
                pendingComma = false
                if ch.isWhitespace { out.append(current); current = ""; continue }
                current.append(",")
            }
            if ch == ";" || ch == "\u{FF1B}" { out.append(current); current = ""; continue }
            if ch == "," || ch == "\u{FF0C}" { pendingComma = true; continue }
            current.append(ch)
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Case, hyphens and spacing do not make a keyword different ("HARM-REDUCTION" = "Harm reduction").
    static func key(_ k: String) -> String {
        k.lowercased().map { $0 == "-" || $0 == "_" ? " " : String($0) }.joined().collapsingSpaces
    }
}

extension String {
    /// The string without the given characters at either end (spaces are trimmed too).
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || set.contains(f) { s.removeFirst() }
        while let l = s.last, l.isWhitespace || set.contains(l) { s.removeLast() }
        return String(s)
    }
}
