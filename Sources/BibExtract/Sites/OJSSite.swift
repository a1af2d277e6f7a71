extension SiteProfile {
    /// Open Journal Systems 2 and 3: citation_journal_abbrev is often junk ("1"); volume and issue are in
    /// the breadcrumb/issue title ("Vol. 25 No. 10", "Volume 25, Number 10").
    public static let ojs = SiteProfile(
        id: "ojs",
        markers: ["open journal systems", "/ojs/", "pkp_structure"],
        ignoredMetaKeys: ["citation_journal_abbrev"],
        visibleRules: [
            VisibleRule("//section[contains(@class, 'abstract')]", .abstract, dropPrefixes: ["abstract"]),
            VisibleRule("//div[@id='articleAbstract']", .abstract, dropPrefixes: ["abstract"]),
            .pattern("//*[contains(@class, 'breadcrumb') or contains(@class, 'issue')]",
                     #"Vol(?:\.|ume)?\s*(\d+),?\s*(?:No\.?|Number|Issue)\s*(\d+)"#, [.volume, .issue]),
        ],
        textRules: [TextRule(#"Vol(?:\.|ume)?\s*(\d+),?\s*(?:No\.?|Number|Issue)\s*(\d+)"#, [.volume, .issue])])
}
