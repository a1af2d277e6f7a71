import BibParse

/// Recognises pages that hold no article (bot-challenge pages, empty JavaScript shells, search result
/// lists) so that they are refused with a reason instead of becoming a bogus record.
public enum NonArticleDetector {
    /// Phrases of challenge and block pages (lower-case).
    static let challengeMarkers = ["just a moment...", "checking your browser", "cf-browser-verification",
                                   "challenge-platform", "attention required! | cloudflare", "are you a robot",
                                   "please verify you are a human", "enable javascript and cookies to continue",
                                   "access denied", "captcha-delivery", "unusual traffic from your computer"]
    /// Title or heading words of result lists (lower-case).
    static let listMarkers = ["search results", "results for", "search result", "- search -"]

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
    /// `hasArticleMetadata`: embedded metadata names a title (then only a challenge page is refused).
    /// `title`: the page's `<title>`; `scripts`: how many scripts it had before boilerplate stripping.
    public static func refusal(_ doc: MarkupDocument, title: String, scripts: Int, visibleText: String,
                               hasArticleMetadata: Bool) -> String? {
        let title = title.lowercased()
        let head = title + " " + visibleText.prefix(3000).lowercased()
        if !hasArticleMetadata, challengeMarkers.contains(where: head.contains) {
            return "a bot-challenge or access-denied page"
        }
        if hasArticleMetadata { return nil }
        if listMarkers.contains(where: title.contains) || doc.strings("//*[contains(@class, 'search-result') or contains(@class, 'result-item') or contains(@class, 'docsum')]").count >= 3 {
            return "a search result list"
        }
        if wordCount(visibleText, upTo: 60) < 60 {
            return scripts == 0 ? "an almost empty page" : "an empty JavaScript shell"
        }
        return nil
    }
}
