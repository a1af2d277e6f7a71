extension SiteProfile {
    /// ScienceDirect (Elsevier): current pages give authors only as given-name/surname spans (the generic
    /// name-span rule) and the abstract in `div.abstract.author`; ~2009 pages have no meta tags at all.
    public static let scienceDirect = SiteProfile(
        id: "sciencedirect",
        markers: ["sciencedirect.com", "content=\"elsevier\""],
        visibleRules: [
            VisibleRule("//div[contains(@class, 'abstract') and contains(@class, 'author')"
                        + " and not(contains(@class, 'highlights'))]", .abstract, dropPrefixes: ["abstract"]),
            // ~2009 template.
            VisibleRule("//div[@class='articleTitle']", .title),
            VisibleRule("//a[@target='doilink']", .doi),
            VisibleRule("//div[@id='artihead']/a[1]", .journal),
            .pattern("//div[@id='artihead']", #"Volume (\d+)(?:, Issues? ([\d–-]+))?,\s*(?:[A-Za-z]+\s+)?(?:\d{1,2}\s+)?((?:19|20)\d\d),\s*Pages?\s*([\d–-]+)"#,
                     [.volume, .issue, .date, .pages]),
            VisibleRule("//div[@class='articleTitle']/following::strong[1]/p[1]", .author, reading: .byline(affiliations: false)),
        ])
}
