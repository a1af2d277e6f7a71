extension SiteProfile {
    /// Institutional repositories (HAL, EPrints, DSpace, Pure): Dublin Core and Highwire tags describe the
    /// deposited work; the deposit date (citation_online_date, DC.date.available/accessioned) is never the
    /// publication date.
    public static let repository = SiteProfile(
        id: "repository",
        markers: ["hal.science", "archives-ouvertes.fr", "eprints", "dspace", "pure.", "/portal/en/"],
        ignoredMetaKeys: ["dc.date.available", "dc.date.accessioned", "dcterms.available", "dcterms.dateaccepted"],
        metaRules: [MetaRule("citation_date_deposited", .onlineDate, .highwire, weak: true)],
        visibleRules: [VisibleRule("//*[contains(@class, 'abstract')]//*[contains(@class, 'content')]", .abstract)])
}
