import BibModel
import BibParse

/// Removes what is not the article before any visible-structure rule or text heuristic runs: scripts,
/// styles, navigation, page header/footer, SVG, cookie and challenge banners, reference lists,
/// "Similar/Related articles", "Cited by". A container that holds the page's `<h1>` is never removed.
public enum Boilerplate {
    static let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    static let lower = "abcdefghijklmnopqrstuvwxyz"

    /// id/class fragments of boilerplate blocks.
    static let classTokens = ["cookie", "consent", "gdpr", "ref-list", "reflist", "references", "bibliography",
                              "citedby", "cited-by", "related", "similar", "recommend", "challenge", "captcha",
                              "breadcrumb", "backtotop", "back-to-top", "share", "social", "skip-link", "sitemap", "megamenu"]
    /// Headings that open a boilerplate section (lower-case, compared to the whole heading), also in Portuguese,
    /// Spanish and Chinese.
    static let headings = ["references", "bibliography", "cited by", "similar articles", "related articles",
                           "recommended articles", "literature cited", "works cited", "citing articles",
                           "referências", "referencias", "bibliografía", "参考文献", "相关论文", "引证文献", "相似文献"]

    /// The XPaths removed, in order.
    static let xpaths: [String] = {
        var out = [
            "//script | //style | //noscript | //template | //svg | //iframe | //object | //nav",
            "//header[not(ancestor::article) and not(ancestor::main) and not(.//h1)]",
            "//footer[not(ancestor::article)]",
            "//*[@role='navigation' or @role='banner' or @role='contentinfo'][not(.//h1)]",
        ]
        return out
    }()

    /// A heading as the section lookup compares it: ASCII letters lower-cased, colons (ASCII and full-width, as in
    /// "参考文献：") dropped, white space folded.
    static let headingFold = "normalize-space(translate(., '\(upper):\u{FF1A}', '\(lower)'))"

    /// Headings that open a boilerplate section; the section runs to the next heading of its level. The
    /// heading's folded text is looked up in a tab-separated list of `headings` (folded text never holds a
    /// tab), so that libxml2 folds each heading once rather than once per listed heading.
    static let sectionHeadings: String = {
        let list = "\t" + headings.joined(separator: "\t") + "\t"
        return "//*[self::h2 or self::h3 or self::h4][contains('\(list)', concat('\t', \(headingFold), '\t'))]"
    }()

    /// Elements whose id or class names a boilerplate block, but never the page's own containers.
    static let keptTags: Set<String> = ["body", "html", "main", "article"]

    /// `classTokens` as bytes, listed under their first byte.
    static let tokensByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for token in classTokens.map({ Array($0.utf8) }) { table[Int(token[0])].append(token) }
        return table
    }()

    /// Whether `idClass` holds one of `classTokens` (byte for byte), in one pass over its bytes.
    static func holdsClassToken(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            for token in tokensByFirstByte[Int(bytes[i])] where i + token.count <= bytes.count {
                if token.indices.allSatisfy({ bytes[i + $0] == token[$0] }) { return true }
            }
        }
        return false
    }

    /// Strips boilerplate in place; returns how many subtrees were removed.
    @discardableResult
    public static func strip(_ doc: MarkupDocument) -> Int {
        let byClass = doc.removeElements(unlessContaining: "h1", keeping: keptTags, where: holdsClassToken)
        return xpaths.reduce(0) { $0 + doc.remove($1) } + byClass + doc.removeSections(sectionHeadings)
    }
}
