extension SiteProfile {
    /// PubMed Central and Europe PMC article pages: identifiers printed as "PMID: …", "PMCID: PMC…" labels.
    public static let pmc = SiteProfile(
        id: "pmc",
        markers: ["ncbi.nlm.nih.gov/pmc", "pmc.ncbi.nlm.nih.gov", "europepmc.org"],
        metaRules: [MetaRule("citation_pmcid", .pmcid, .highwire), MetaRule("ncbi_pcid", .pmcid, .highwire, weak: true)],
        visibleRules: [
            VisibleRule("//*[@id='abstract-1' or contains(@class, 'abstract')]//p", .abstract),
            // Europe PMC: "Soil Biology and Biochemistry, 01 Jun 2021, 157(4):108245".
            .pattern("//*[contains(@class, 'abs-page-citation')]",
                     #",\s*((?:\d{1,2} )?(?:[A-Z][a-z]{2} )?(?:19|20)\d\d),\s*(\d+)(?:\(([^)]+)\))?(?::\s*([\w-]+))?"#,
                     [.date, .volume, .issue, .firstPage]),
        ],
        textRules: [
            TextRule(#"\bPMCID:?\s*(PMC\d+)"#, [.pmcid]),
            TextRule(#"\bPMID:?\s*(\d{1,9})\b"#, [.pmid]),
        ])
}
