extension SiteProfile {
    /// Semantic Scholar paper pages: JSON-LD and OpenGraph only; the description is the TLDR, and the venue is
    /// printed in the paper header (`data-test-id="venue-metadata"`), not in a periodical object.
    public static let semanticScholar = SiteProfile(
        id: "semantic-scholar",
        markers: ["semanticscholar.org/paper", "| semantic scholar</title>"],
        ignoredMetaKeys: ["description", "og:description"],
        visibleRules: [VisibleRule("//*[@data-test-id='venue-metadata']//a", .journal)])
}
