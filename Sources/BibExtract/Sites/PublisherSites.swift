extension SiteProfile {
    /// SpringerLink, BMC, SpringerOpen and nature.com: Highwire + PRISM; the abstract section is
    /// `section[data-title=Abstract]` / `#Abs1-content`; BMC's citation_firstpage is an article number.
    public static let springerNature = SiteProfile(
        id: "springer-nature",
        markers: ["link.springer.com", "nature.com", "biomedcentral.com", "springeropen.com"],
        visibleRules: [
            VisibleRule("//*[@id='Abs1-content']", .abstract),
            VisibleRule("//section[@data-title='Abstract']//p", .abstract),
            VisibleRule("//*[@data-test='article-number']", .articleNumber),
        ])

    /// Wiley Online Library: Highwire tags; the abstract is `section.article-section__abstract`.
    public static let wiley = SiteProfile(
        id: "wiley",
        markers: ["onlinelibrary.wiley.com", "wiley online library"],
        visibleRules: [VisibleRule("//*[contains(@class, 'article-section__abstract')]//*[contains(@class, 'article-section__content')]",
                                   .abstract)])

    /// PLOS journals: Highwire tags; the first page is the e-locator ("e0213978").
    public static let plos = SiteProfile(
        id: "plos",
        markers: ["journals.plos.org", "plos.org"],
        visibleRules: [VisibleRule("//div[contains(@class, 'abstract-content')]", .abstract)])
}
