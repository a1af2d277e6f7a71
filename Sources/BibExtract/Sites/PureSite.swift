extension SiteProfile {
    /// Elsevier Pure research portals: few or no citation tags; the byline is `p.relations.persons`, the
    /// abstract a `textblock`, and the citation a `table.properties` of labelled rows (see `pureRows`).
    /// "Publication status: Published - Feb 2019" is the issue date; "Early online date" is only the online date.
    public static let pure = SiteProfile(
        id: "pure",
        markers: ["pure-portal", "rendering_researchoutput", "/portal/en/publications/", "/portal/files/"],
        visibleRules: [
            VisibleRule("//p[contains(@class, 'relations') and contains(@class, 'persons')]", .author,
                        reading: .byline(affiliations: false)),
            VisibleRule("//*[contains(@class, 'abstractportal')]//*[contains(@class, 'textblock')]", .abstract),
            .pattern(pureRow("Publication status"), #"Published\s*-\s*(.+)$"#, [.date]),
        ] + pureRows.map { VisibleRule(pureRow($0.label), $0.slot) },
        visibleWins: [.abstract])

    /// The labelled rows of a Pure properties table and the slot each states.
    static let pureRows: [(label: String, slot: Slot)] = [
        ("Journal", .journal), ("Volume", .volume), ("Issue number", .issue),
        ("Pages (from-to)", .pages), ("Article number", .articleNumber), ("Early online date", .onlineDate),
        ("Publisher", .publisher),
    ]

    /// The value cell of the properties-table row labelled `label`.
    static func pureRow(_ label: String) -> String {
        "//table[contains(@class, 'properties')]//tr[normalize-space(th)='\(label)']/td"
    }
}
