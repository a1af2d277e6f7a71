import BibParse

/// Citation lines printed on a page or stated in one meta tag, read as fields: "Citation: Okafor CN, Brandt PL
/// (2005) Title. Journal 9(2): 45-58.", the GB/T 7714 line of Chinese journals ("…[J]. 中国农业科学, 2019,
/// 52(14): 2431-2442."), "Article No.: 27", and `DCTERMS.bibliographicCitation` ("Journal, 33(4), 301-322").
public enum CitationLines {
    /// A page range or a single (possibly letter-prefixed) page.
    static let pages = #"([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)"#

    /// Text heuristics over the visible text.
    public static let text: [TextRule] = [
        // "Citation: Okafor CN, Brandt PL, Teixeira M (2005) Title. Journal 9(2): 45-58." (PLOS-era style).
        TextRule(#"\bCitation:\s*([A-Z][^()\n]{2,400}?)\s*\(((?:19|20)\d\d)\)\.?\s+([^\n]{10,400}?[.?!])\s+"#
                 + #"([A-Z][^\n\d.]{2,150}?)\.?\s+(\d+)\s*(?:\(([\w/-]+)\))?\s*:\s*"# + pages,
                 [.authorList, .date, .title, .journal, .volume, .issue, .pages]),
    ] + gbtLabels.map { label in
        // GB/T 7714 under the page's own cite label ("引用本文：… [J]. 中国农业科学, 2019, 52(14): 2431-2442"): a
        // "[J]." line without it is as likely a reference of the article.
        TextRule(label + #"\s*[:：]\s*[^\[\]\n]{2,400}?\[J\]\s*[.．]\s*([^,，\n\[\]]{2,100}?)\s*[,，]\s*((?:19|20)\d\d)\s*[,，]\s*"#
                 + #"(\d+)\s*\((\w+)\)\s*[:：]\s*"# + pages, [.journal, .date, .volume, .issue, .pages])
    } + [
        // ACM and others: "Article No.: 27, pp 1–29" (the pages count the article's own pages).
        TextRule(#"\bArticle No\.?:?\s*(\d+)\b"#, [.articleNumber]),
    ]

    /// Labels Chinese journal and aggregator pages print before the article's own GB/T 7714 citation.
    static let gbtLabels = ["引用本文", "引用格式", "本文引用格式"]

    /// Meta keys whose content is a whole citation line.
    static let metaKeys: Set<String> = ["dcterms.bibliographiccitation", "dc.identifier.citation", "dc.bibliographiccitation"]

    /// Shapes of a journal citation line stated in one meta tag, tried in order; the first match counts.
    static let metaShapes: [(pattern: String, slots: [Slot])] = [
        // "Marine Resource Economics, 33(4), 301-322" and "Journal 33(4): 301-322".
        (#"^([^\d()]{2,200}?)[,.]?\s+(\d+)\s*\(([\w/-]+)\)\s*[,:]\s*(?:pp?\.\s*)?"# + pages, [.journal, .volume, .issue, .pages]),
        // A whole APA line (DSpace): "Cruz, M. L. (2017). Title. Hydrological Sciences Journal, 62(12), 1934-1948."
        (#"\.\s+([A-Z][^.,()]+),\s*(\d+)\s*\(([^)]+)\),\s*"# + pages + #"\.?\s*$"#, [.journal, .volume, .issue, .pages]),
        // "Journal, vol. 33, no. 4, pp. 301-322".
        (#"^([^\d()]{2,200}?),\s*vol\.?\s*(\d+),\s*(?:no|issue)\.?\s*(\w+),\s*pp?\.\s*"# + pages,
         [.journal, .volume, .issue, .pages]),
    ]

    /// Candidates from the citation-line meta tags among `metas`, in the Dublin Core layer.
    static func metaCandidates(_ metas: [(key: String, content: String)]) -> [Candidate] {
        var out: [Candidate] = []
        for m in metas where metaKeys.contains(m.key) {
            guard let line = TextCleaner.clean(m.content) else { continue }
            for shape in metaShapes {
                let found = RuleRunner.matches(line, shape.pattern, shape.slots, layer: .dublinCore,
                                               rule: "meta:" + m.key, weak: false)
                if !found.isEmpty { out += found; break }
            }
        }
        return out
    }
}
