/// Volume, issue, page and article-number values, trimmed of the words printed around them.
enum Locators {
    /// "Vol. 20" → "20".
    static func volume(_ raw: String?) -> String? {
        value(raw, prefixes: ["volume", "vol.", "vol"])
    }

    /// "No. 1", "Issue 1" → "1".
    static func issue(_ raw: String?) -> String? {
        value(raw, prefixes: ["issue", "no.", "nr.", "number"])
    }

    /// "Article number 104025", "Art. no. e0213978" → the number.
    static func number(_ raw: String?) -> String? {
        value(raw, prefixes: ["article number", "art. no.", "article no.", "article"])
    }

    /// "pp. 296–302" → "296-302": dashes unified, spaces around them removed.
    static func page(_ raw: String?) -> String? {
        guard var s = value(raw, prefixes: ["pages", "pp.", "pp", "p."]) else { return nil }
        for dash in ["\u{2013}", "\u{2014}", "\u{2012}", "\u{2010}", "\u{2011}", "\u{2212}"] {
            s = s.split(separator: Character(dash), omittingEmptySubsequences: false).joined(separator: "-")
        }
        let parts = s.split(separator: "-", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
        s = parts.filter { !$0.isEmpty }.joined(separator: "-")
        return s.isEmpty ? nil : s
    }

    /// Trimmed, folded, without a leading label word and trailing punctuation; empty → `nil`.
    private static func value(_ raw: String?, prefixes: [String]) -> String? {
        guard var s = raw?.collapsingSpaces, !s.isEmpty else { return nil }
        let lower = s.lowercased()
        for p in prefixes where lower.hasPrefix(p) {
            let rest = s.dropFirst(p.count)
            // Only a label followed by a separator: "Volume 20", not "Volumes" or a value starting "No".
            if rest.first == " " || rest.first == ":" || p.hasSuffix(".") {
                s = String(rest.drop { $0 == " " || $0 == ":" })
                break
            }
        }
        while let last = s.last, ".,;:".contains(last) { s.removeLast() }
        s = s.trimmingSpaces
        return s.isEmpty ? nil : s
    }
}
