extension SiteProfile {
    /// eLife: only dc.* tags; volume and e-number only in the "Cite this article as: eLife 2019;8:e44753"
    /// line. The page description is the impact statement, not the abstract.
    public static let elife = SiteProfile(
        id: "elife",
        markers: ["elifesciences.org"],
        ignoredMetaKeys: ["description", "og:description"],
        visibleRules: [
            .pattern("//*[contains(@class, 'contextual-data__cite')]",
                     #"([A-Za-z][\w .&]+?)\s+((?:19|20)\d\d);\s*(\d+):\s*(e\d+)"#, [.journal, .date, .volume, .articleNumber]),
            VisibleRule("//*[@id='abstract']//p", .abstract),
        ])
}
