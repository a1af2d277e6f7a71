extension SiteProfile {
    /// ResearchGate publication pages: Highwire tags without pages; the description is a teaser ("PDF | … |
    /// Find, read and cite all the research you need on ResearchGate"), the abstract its own block, and the
    /// source line "Journal of Hydrology 590:125372" (volume, issue, page or article number).
    public static let researchGate = SiteProfile(
        id: "researchgate",
        markers: ["researchgate.net"],
        ignoredMetaKeys: ["description", "og:description"],
        visibleRules: [
            VisibleRule("//*[contains(@class, 'research-detail-middle-section__abstract')]", .abstract,
                        dropPrefixes: ["abstract"]),
            .pattern("//*[contains(@class, 'research-detail-header-section__metadata')]//li[a[contains(@href, '/journal/')]]",
                     #"\s(\d+)(?:\(([\w/-]+)\))?:\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\s*$"#, [.volume, .issue, .firstPage]),
        ])
}
