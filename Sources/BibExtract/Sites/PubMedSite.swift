extension SiteProfile {
    /// PubMed, current (pubmed.ncbi.nlm.nih.gov) and legacy Entrez (ncbi.nlm.nih.gov/pubmed) abstract pages.
    /// Legacy pages carry no citation_* tags: the PMID is in `ncbi_uidlist`, the citation line in `div.cit`.
    public static let pubmed = SiteProfile(
        id: "pubmed-html",
        markers: ["pubmed.ncbi.nlm.nih.gov", "content=\"pubmed\"", "ncbi.nlm.nih.gov/pubmed"],
        metaRules: [MetaRule("ncbi_uidlist", .pmid, .highwire)],
        visibleRules: [
            // Current template.
            VisibleRule("//*[contains(@class, 'authors-list')]//*[contains(@class, 'full-name')]", .author, all: true),
            VisibleRule("//*[@id='enc-abstract' or @id='abstract']", .abstract, dropPrefixes: ["abstract"]),
            VisibleRule("//*[contains(@class, 'current-id')]", .pmid),
            // Legacy Entrez template.
            VisibleRule("//div[@class='auths']/a", .author, all: true),
            .attribute("//div[@class='cit']/a", "title", .journal),
            .pattern("//div[@class='cit']", #"((?:19|20)\d\d(?: [A-Z][a-z]{2})?(?: \d{1,2})?);(\d+)(?:\(([^)]+)\))?:([\w-]+)"#,
                     [.date, .volume, .issue, .pages]),
            .pattern("//div[@class='cit']", #"doi:\s*(10\.\d{4,9}/\S+?)\.?(?:\s|$)"#, [.doi]),
            VisibleRule("//div[@class='abstr']", .abstract, dropPrefixes: ["abstract"]),
            VisibleRule("//dl[@class='rprtid']/dd[1]", .pmid),
        ],
        visibleWins: [.abstract])
}
