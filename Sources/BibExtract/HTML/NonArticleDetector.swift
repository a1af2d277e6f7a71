import BibModel
import BibParse

/// Recognises pages that hold no article (bot-challenge pages, empty JavaScript shells, search result
/// lists) so that they are refused with a reason instead of becoming a bogus record.
public enum NonArticleDetector {
    /// Phrases of challenge and block pages (lower-case).
    static let challengeMarkers = ["just a moment...", "checking your browser", "cf-browser-verification",
                                   "challenge-platform", "attention required! | cloudflare", "are you a robot",
                                   "please verify you are a human", "enable javascript and cookies to continue",
                                   "access denied", "captcha-delivery", "unusual traffic from your computer",
                                   "verify you are human", "needs to review the security of your connection"]
    /// Title or heading words of result lists (lower-case), in the languages of the sites bibd reads.
    static let listMarkers = ["search results", "results for", "search result", "- search -", "результаты поиска", "поиск:",
                              "suchergebnisse", "résultats de recherche", "resultados de búsqueda", "resultados da pesquisa",
                              "resultados da busca", "risultati della ricerca", "wyniki wyszukiwania", "zoekresultaten",
                              "arama sonuçları", "検索結果", "搜索结果", "检索结果", "검색 결과", "검색결과"]

    /// Values of a page's own type tags (`dc.type`, `article:section`, `og:type`) that say it is news or a blog
    /// post about research, not the research article (lower-case).
    static let newsTypes: Set<String> = ["news", "news article", "newsarticle", "news & analysis", "news feature", "blog",
                                         "blog post", "blogposting", "press release"]
    /// The tags that state a page's type.
    static let typeKeys: Set<String> = ["dc.type", "dcterms.type", "article:section", "og:type"]

    /// The reason a page is refused from its meta tags alone: a news item or blog post by its own type tags, with
    /// no citation tags (a journal's own news pages carry none); nil otherwise.
    static func metadataRefusal(_ metas: [(key: String, content: String)]) -> String? {
        guard !metas.contains(where: { $0.key.hasPrefix("citation_") }),
              metas.contains(where: { typeKeys.contains($0.key) && newsTypes.contains($0.content.lowercased().trimmingSpaces) })
        else { return nil }
        return "a news or blog post, not an article"
    }

    /// Words of an issue's designation ("PNAS: Vol 120, No 25", "Volume 120 | Issue 25"), lower-case.
    static let issueWords: Set<String> = volumeWords.union(["suppl", "supplement", "part", "pt", "año", "ano"])
    /// The words of those that name a volume or an issue; a designation holds one.
    static let volumeWords: Set<String> = ["vol", "volume", "no", "nr", "issue", "number", "num", "iss", "band", "heft", "tome",
                                           "numéro", "том", "выпуск"]

    /// Whether a title is only an issue's designation, after any journal name before a colon or bar: the title of
    /// an issue's table of contents, never of an article.
    static func isIssueDesignation(_ title: String) -> Bool {
        var rest = Substring(title.lowercased())
        if let cut = rest.lastIndex(where: { $0 == ":" || $0 == "|" }), rest[..<cut].contains(where: \.isNumber) == false {
            rest = rest[rest.index(after: cut)...]
        }
        let words = rest.split { !$0.isLetter && !$0.isNumber }
        guard words.contains(where: { volumeWords.contains(String($0)) }), words.contains(where: { $0.allSatisfy(\.isNumber) }) else { return false }
        return words.allSatisfy { w in issueWords.contains(String(w)) || w.allSatisfy(\.isNumber) || PartialDate.monthNumber(String(w)) != nil }
    }

    /// Repeated items of result lists and tables of contents (search engines, Atypon, OJS, Google Scholar).
    static let listItemXPath = "//*[contains(@class, 'search-result') or contains(@class, 'result-item')"
        + " or contains(@class, 'docsum') or contains(@class, 'gs_ri') or contains(@class, 'issue-item ')"
        + " or @class='issue-item' or contains(@class, 'toc-item') or contains(@class, 'obj_article_summary')]"
    /// Headings that each link to another page: one per listed work on a result list or contents page.
    static let linkedHeadingXPath = "//*[self::h2 or self::h3 or self::h4][a[@href] and count(*) <= 2]"
    /// Posts of a news site or blog: they report on research but are not the article.
    static let postXPath = "//script[@type='application/ld+json'][contains(., '\"NewsArticle\"') or contains(., '\"BlogPosting\"')]"
        + " | //body[contains(@class, 'single-post')] | //article[contains(@class, 'type-post')]"

    /// Words in `text`, counted no further than `limit` (pages can be 50 MB).
    static func wordCount(_ text: String, upTo limit: Int) -> Int {
        var count = 0
        var inWord = false
        for u in text.unicodeScalars {
            if u.properties.isWhitespace { inWord = false; continue }
            if !inWord { inWord = true; count += 1; if count >= limit { return count } }
        }
        return count
    }

    /// The reason the page is not an article, or nil when it may be one.
    /// `hasArticleMetadata`: embedded metadata names a title (then only a challenge page, or a news/blog post
    /// described only by JSON-LD, is refused). `hasCitationMetadata`: the title is in citation or Dublin Core tags.
    /// `title`: the page's `<title>`; `scripts`: how many scripts it had before boilerplate stripping.
    /// `scripts` and `visibleText` are computed only when needed: a page with article metadata never pays for them.
    public static func refusal(_ doc: MarkupDocument, title: String, scripts: () -> Int, visibleText: () -> String,
                               hasArticleMetadata: Bool, hasCitationMetadata: Bool) -> String? {
        let title = title.lowercased()
        let text = hasArticleMetadata ? "" : visibleText()
        if !hasArticleMetadata, challengeMarkers.contains(where: (title + " " + text.prefix(3000).lowercasedScalars).containsText) {
            return "a bot-challenge or access-denied page"
        }
        if !hasCitationMetadata, !doc.nodes(postXPath).isEmpty {
            return "a news or blog post, not an article"
        }
        if hasArticleMetadata { return nil }
        if listMarkers.contains(where: title.containsText) || doc.nodes(listItemXPath).count >= 3
            || doc.nodes(linkedHeadingXPath).count >= 4 {
            return "a search result list or table of contents"
        }
        if wordCount(text, upTo: 60) < 60 {
            return scripts() == 0 ? "an almost empty page" : "an empty JavaScript shell"
        }
        return nil
    }
}
