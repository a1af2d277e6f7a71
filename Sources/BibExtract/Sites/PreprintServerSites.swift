extension SiteProfile {
    /// arXiv abstract pages: Highwire tags (`citation_arxiv_id`); the published version's DOI and
    /// journal reference sit in the metadata table.
    public static let arxiv = SiteProfile(
        id: "arxiv-html",
        markers: ["arxiv.org/abs", "citation_arxiv_id"],
        visibleRules: [
            VisibleRule("//td[contains(@class, 'doi')]//a", .doi),
            VisibleRule("//blockquote[contains(@class, 'abstract')]", .abstract, dropPrefixes: ["abstract"]),
        ],
        defaultType: "preprint")

    /// bioRxiv and medRxiv (Highwire/Drupal): preprints whose "journal" is the server itself; their
    /// citation_firstpage repeats the DOI suffix ("2021.02.12.21251629"), not a page.
    public static let biorxiv = SiteProfile(
        id: "biorxiv",
        markers: ["biorxiv.org", "medrxiv.org"],
        ignoredMetaKeys: ["citation_firstpage"],
        visibleRules: [VisibleRule("//div[contains(@class, 'section') and contains(@class, 'abstract')]", .abstract,
                                   dropPrefixes: ["abstract"])],
        defaultType: "preprint")

    /// Research Square preprints: Highwire tags; the abstract is its own block.
    public static let researchSquare = SiteProfile(
        id: "researchsquare",
        markers: ["researchsquare.com"],
        visibleRules: [VisibleRule("//*[@id='abstract' or contains(@class, 'abstract')]//p", .abstract)],
        defaultType: "preprint")
}
