extension SiteProfile {
    /// D-Lib Magazine: no citation tags; title, issue line and a byline of "Name, Affiliation" lines with
    /// e-mail lines between them, in `h3.blue-space` and `p.blue` blocks.
    public static let dlib = SiteProfile(
        id: "dlib",
        markers: ["d-lib magazine", "dlib.org"],
        visibleRules: [
            VisibleRule("(//h3[@class='blue-space'])[2]", .title),
            VisibleRule("(//h3[@class='blue-space'])[1]", .journal),
            VisibleRule("(//h3[@class='blue-space'])[2]/following-sibling::p[1]", .author,
                        reading: .byline(affiliations: true)),
            .pattern("(//p[@class='blue'])[1]", #"([A-Z][a-z]+(?:/[A-Z][a-z]+)?\s+(?:19|20)\d\d)"#, [.date]),
        ])
}
