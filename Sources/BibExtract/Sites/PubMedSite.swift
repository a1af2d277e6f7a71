extension SiteProfile {
    /// PubMed, current (pubmed.ncbi.nlm.nih.gov) and legacy Entrez (ncbi.nlm.nih.gov/pubmed) abstract pages.
    /// Legacy pages carry no citation_* tags: the PMID is in `ncbi_uidlist`, the citation line in `div.cit`.
    public static let pubmed = SiteProfile(
        id: "pubmed-html",
        markers: ["pubmed.ncbi.nlm.nih.gov", "content=\"pubmed\"", "ncbi.nlm.nih.gov/pubmed"],
        // citation_publisher holds the journal abbreviation, not a publisher.
        ignoredMetaKeys: ["citation_publisher"],
        metaRules: [MetaRule("ncbi_uidlist", .pmid, .highwire)],
        visibleRules: [
            // Current template: "2020 Mar;15(3):e12599." is the issue citation; citation_date is often the e-pub date.
            VisibleRule("//*[contains(@class, 'authors-list')]//*[contains(@class, 'full-name')]", .author, all: true),
            VisibleRule("//*[@id='eng-abstract']", .abstract, dropPrefixes: ["abstract"]),
            VisibleRule("//*[@id='enc-abstract' or @id='abstract']", .abstract, dropPrefixes: ["abstract"]),
            .pattern("//*[contains(@class, 'article-source')]//span[@class='cit']",
                     #"^((?:19|20)\d\d(?: [A-Z][a-z]{2})?(?: \d{1,2})?)(?:;(\d+)(?:\(([^)]+)\))?(?::([\w-]+))?)?"#,
                     [.date, .volume, .issue, .firstPage]),
            VisibleRule("//button[contains(@class, 'journal-actions-trigger')]", .journalShort),
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
        visibleWins: [.abstract, .date])
}
