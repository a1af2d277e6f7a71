extension SiteProfile {
    /// USENIX conference paper pages (Drupal): the abstract is the paper-description field.
    public static let usenix = SiteProfile(
        id: "usenix",
        markers: ["usenix.org", "usenix association"],
        visibleRules: [VisibleRule("//*[contains(@class, 'field-name-field-paper-description')]", .abstract)],
        defaultType: "conference-paper")
}
