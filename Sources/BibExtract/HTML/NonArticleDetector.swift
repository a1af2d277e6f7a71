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
    /// Title or heading words of result lists (lower-case).
    static let listMarkers = ["search results", "results for", "search result", "- search -"]

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
