import BibModel

/// Canonical titles: markup gone, white space folded, no trailing full stop, furniture refused.
enum Titles {
    /// Page furniture that extractors sometimes take for a title; such a title becomes `nil`.
    static let furniture: Set<String> = [
        "skip to main page content", "skip to main content", "skip to content", "abstract", "cite this",
        "home", "untitled", "untitled document", "just a moment...", "access denied", "page not found",
        "404 not found", "not found", "sign in", "log in", "login", "pubmed", "sciencedirect", "error",
        "redirecting", "attention required! | cloudflare", "google scholar", "full text", "download pdf",
        "article", "research article", "original article", "table of contents", "search results",
    ]

    /// A work's title in canonical form, or `nil` when nothing but furniture is left.
    static func title(_ raw: String?) -> String? {
        guard var t = plain(raw.map(HTMLText.clean)) else { return nil }
        t = droppingFinalPeriod(foldingHyphens(t))
        if furniture.contains(t.lowercased()) { return nil }
        return t.isEmpty ? nil : t
    }

    /// A journal or book title: markup gone and white space folded (abbreviation dots are kept).
    static func containerTitle(_ raw: String?) -> String? {
        plain(raw.map(HTMLText.clean))
    }

    /// U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN, which some publishers print for every hyphen
    /// ("Low‐Dimensional"), written as the hyphen-minus every other source and every search uses.
    static func foldingHyphens(_ t: String) -> String {
        guard t.unicodeScalars.contains(where: { $0.value == 0x2010 || $0.value == 0x2011 }) else { return t }
        return String(String.UnicodeScalarView(t.unicodeScalars.map { $0.value == 0x2010 || $0.value == 0x2011 ? "-" : $0 }))
    }

    /// White space folded and trimmed; an empty value becomes `nil`.
    static func plain(_ raw: String?) -> String? {
        guard let s = raw?.collapsingSpaces, !s.isEmpty else { return nil }
        return s
    }

    /// "A study of X." → "A study of X"; an ellipsis or an abbreviation ("U.S.", "et al.") keeps its dot.
    static func droppingFinalPeriod(_ t: String) -> String {
        guard t.hasSuffix("."), !t.hasSuffix("..") else { return t }
        let lastWord = t.split(separator: " ").last ?? ""
        if lastWord.dropLast().containsByte(0x2E) || lastWord == "al." { return t }
        return String(t.dropLast()).trimmingSpaces
    }
}
