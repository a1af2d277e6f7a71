extension SiteProfile {
    /// Institutional repositories (HAL, EPrints, DSpace, Pure): Dublin Core and Highwire tags describe the
    /// deposited work; the deposit date (citation_online_date, DC.date.available/accessioned) is never the
    /// publication date.
    public static let repository = SiteProfile(
        id: "repository",
        markers: ["hal.science", "archives-ouvertes.fr", "eprints", "dspace", "pure.", "/portal/en/"],
        ignoredMetaKeys: ["dc.date.available", "dc.date.accessioned", "dcterms.available", "dcterms.dateaccepted"],
        metaRules: [MetaRule("citation_date_deposited", .onlineDate, .highwire, weak: true)],
        visibleRules: [
            VisibleRule("//*[contains(@class, 'abstract')]//*[contains(@class, 'content')]", .abstract),
            // DSpace prints dc.identifier.citation as a labelled field: "… (2017). Title. Journal, 62(12), 1934-1948."
            .pattern(citationField, #"\.\s+([A-Z][^.,()]+),\s*(\d+)\s*\(([^)]+)\),\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)\.?\s*$"#,
                     [.journal, .volume, .issue, .pages]),
        ])

    /// The labelled citation field of a repository item page (XMLUI `h5`, JSPUI table row).
    static let citationField = "//*[normalize-space(h5)='Citation' or normalize-space(td[1])='Citation:'"
        + " or normalize-space(td[1])='Citation']"
}
