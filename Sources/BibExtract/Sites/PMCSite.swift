extension SiteProfile {
    /// PubMed Central and Europe PMC article pages: identifiers printed as "PMID: …", "PMCID: PMC…" labels.
    public static let pmc = SiteProfile(
        id: "pmc",
        markers: ["ncbi.nlm.nih.gov/pmc", "pmc.ncbi.nlm.nih.gov", "europepmc.org"],
        metaRules: [MetaRule("citation_pmcid", .pmcid, .highwire), MetaRule("ncbi_pcid", .pmcid, .highwire, weak: true)],
        visibleRules: [VisibleRule("//*[@id='abstract-1' or contains(@class, 'abstract')]//p", .abstract)],
        textRules: [
            TextRule(#"\bPMCID:?\s*(PMC\d+)"#, [.pmcid]),
            TextRule(#"\bPMID:?\s*(\d{1,9})\b"#, [.pmid]),
        ])
}
