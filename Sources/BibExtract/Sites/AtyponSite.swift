extension SiteProfile {
    /// Atypon Literatum platforms (ACS, Annual Reviews, Taylor & Francis, ACM DL, SIAM, …): Dublin Core only, the
    /// journal and the citation (volume, issue, pages) printed in the article header.
    public static let atypon = SiteProfile(
        id: "atypon",
        markers: ["name=\"pbcontext\"", "literatum", "tandfonline.com", "pubs.acs.org", "annualreviews.org"],
        visibleRules: [
            // ACS: "Cite This: Nano Lett. 2011, 11, 11, 4932-4938" as separate spans.
            .attribute("//input[@name='journalNameForjhpLink']", "value", .journal),
            VisibleRule("//div[contains(@class, 'cite-this')]/span[1]", .journalShort),
            VisibleRule("//div[contains(@class, 'cite-this')]/span[3]", .volume),
            VisibleRule("//div[contains(@class, 'cite-this')]/span[4]", .issue),
            VisibleRule("//div[contains(@class, 'cite-this')]/span[5]", .pages),
            // ACM DL: "ACM Transactions on Computing Education, Volume 21, Issue 4 • December 2021 • Article No.: 27".
            VisibleRule("//*[contains(@class, 'issue-item__detail')]/*[contains(@class, 'epub-section__title')]", .journal),
            // Annual Reviews: the journal above "Vol. 6:15-38".
            VisibleRule("//div[contains(@class, 'journal-issue')]", .journal),
            // Taylor & Francis: "Volume 41, 2019 - Issue 2" (older: "Volume 41, Issue 2") and "Pages 201-219 | Received …".
            VisibleRule("//*[contains(@class, 'journal-heading')]", .journal),
            .pattern("//*[contains(@class, 'issue-heading')]", #"Volume (\d+),\s*(?:(?:19|20)\d\d\s*-\s*)?(?:Issue|Number) (\d+)"#,
                     [.volume, .issue]),
            // SAGE (Atypon "core" template): "Public Health Reports Volume 136, Issue 3, May/June 2021, Pages 312-320".
            .pattern("//*[contains(@class, 'core-self-citation')]", #"Pages?:?\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)"#, [.pages]),
            .pattern("//*[contains(@class, 'itemPageRangeHistory')]", #"Pages?:?\s*([A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)"#, [.pages]),
        ])
}
