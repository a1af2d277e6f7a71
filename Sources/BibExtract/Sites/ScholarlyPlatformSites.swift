extension SiteProfile {
    /// JSTOR stable pages: no citation tags; the byline (`div.contrib`, "A and B"), the journal link (`div.src`)
    /// and a citation line "Vol. 26, No. 2 (May, 1999), pp. 311-329" (read by the generic text rule).
    public static let jstor = SiteProfile(
        id: "jstor",
        markers: ["jstor.org/stable", "on jstor</title>"],
        visibleRules: [
            VisibleRule("//div[contains(@class, 'contrib')]", .author, reading: .byline(affiliations: false)),
            VisibleRule("//div[contains(@class, 'src')]/a", .journal),
        ])

    /// IEEE Xplore document pages: only OpenGraph tags; the rest is printed in the document header
    /// ("Published in: Journal ( Volume: 55, Issue: 11, November 2020)", "Page(s): 2961 - 2972").
    public static let ieeeXplore = SiteProfile(
        id: "ieee-xplore",
        markers: ["ieeexplore.ieee.org", "| ieee xplore</title>"],
        visibleRules: [
            VisibleRule("//*[contains(@class, 'authors-info')]//a/span", .author, all: true),
            VisibleRule("//*[contains(@class, 'stats-document-abstract-publishedIn')]/a", .journal),
            .pattern("//*[contains(@class, 'stats-document-abstract-publishedIn')]",
                     #"Volume:\s*(\d+)(?:,\s*Issue:\s*([\w/-]+))?,\s*((?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}\s+)?(?:19|20)\d\d)"#,
                     [.volume, .issue, .date]),
        ],
        textRules: [TextRule(#"Page\(s\):\s*(\d+\s*-\s*\d+)"#, [.pages])])
}
