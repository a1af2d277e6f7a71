/// Canonical identifier forms: PMID digits, "PMC" + digits, arXiv ids without prefix, ISSN "NNNN-NNNC".
enum Identifiers {
    /// "PMID: 37173741" → "37173741"; anything that is not all digits after the prefix is dropped.
    static func pmid(_ raw: String?) -> String? {
        guard let raw else { return nil }
        let s = stripPrefixes(raw, ["pmid:", "pmid"])
        return !s.isEmpty && s.count <= 9 && s.allSatisfy({ $0.isASCII && $0.isNumber }) ? s : nil
    }

    /// "pmc10176300", "PMCID: PMC10176300" → "PMC10176300"; bare digits get the "PMC" prefix.
    static func pmcid(_ raw: String?) -> String? {
        guard let raw else { return nil }
        var s = stripPrefixes(raw, ["pmcid:", "pmcid"]).uppercased()
        if s.hasPrefix("PMC") { s.removeFirst(3) }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "PMC" + s
    }

    /// "arXiv:1810.09584v2", "https://arxiv.org/abs/1810.09584" → "1810.09584v2" / "1810.09584".
    static func arxiv(_ raw: String?) -> String? {
        guard let raw else { return nil }
        var s = raw.trimmingSpaces
        for prefix in ["https://arxiv.org/abs/", "http://arxiv.org/abs/", "arxiv.org/abs/", "arXiv:", "arxiv:"]
            where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
        }
        s = s.trimmingSpaces
        return s.isEmpty || s.containsByte(0x20) ? nil : s
    }

    /// Every ISSN as "NNNN-NNNC" (upper-case check digit X), in order, without repeats.
    static func issns(_ raw: [String]) -> [String] {
        var out: [String] = []
        for value in raw {
            let chars = value.uppercased().filter { ($0.isASCII && $0.isNumber) || $0 == "X" }
            guard chars.count == 8, chars.prefix(7).allSatisfy(\.isNumber) else { continue }
            let issn = String(chars.prefix(4)) + "-" + String(chars.suffix(4))
            if !out.contains(issn) { out.append(issn) }
        }
        return out
    }

    private static func stripPrefixes(_ raw: String, _ prefixes: [String]) -> String {
        var s = raw.trimmingSpaces
        for p in prefixes where s.lowercased().hasPrefix(p) {
            s = String(s.dropFirst(p.count)).trimmingSpaces
            break
        }
        while let last = s.last, ".,;".contains(last) { s.removeLast() }
        return s
    }
}
