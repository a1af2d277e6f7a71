/// Conjunctions of independent evidence that decide `.same` where one weighted average would not: each
/// row names the fields that must all agree, strongly. A missing field never counts for a row. They run
/// after the non-duplicate rules (a contradiction wins) and before the weighted similarity.
enum SameWorkRules {
    /// Title similarity that counts as the same title (a typo, case, punctuation).
    static let strongTitle = 0.95
    /// Author agreement that counts as the same people (`FieldSimilarity.Authors.similarity`).
    static let strongAuthors = 0.8

    /// What a row reads: field agreements of one pair.
    struct Evidence: Sendable {
        let title: Double
        let authors: FieldSimilarity.Authors?
        /// Both containers named and compatible.
        let sameContainer: Bool
        /// Same volume and first page (`Locators.agree`).
        let sameLocator: Bool
        /// Both page ranges span more than one page, or one does and the other gives the first page only.
        let pageRange: Bool
        /// Both years stated and equal.
        let sameYear: Bool
    }

    /// One row: the name `--explain` shows, and the conjunction.
    struct Rule: Sendable {
        let name: String
        /// The doubt the row also lifts (`nil`: the row decides only pairs in no doubt).
        var lifts: Matcher.Doubt.Kind?
        let holds: @Sendable (Evidence) -> Bool
    }

    static let all: [Rule] = [
        // A title translated back from another language by each database: the people and the place agree.
        // The place must be a page range: one page holds several abstracts or letters by one team.
        Rule(name: "authors, container, volume and first page agree") { e in
            guard let a = e.authors else { return false }
            return e.sameContainer && e.sameLocator && e.pageRange && a.similarity >= strongAuthors && a.matched >= 2
        },
        // An author list garbled by one database: the title and the place agree.
        Rule(name: "title, container, volume and first page agree") { e in
            e.sameContainer && e.sameLocator && e.title >= strongTitle
        },
        // "Guest editorial" signed by the same team of two or more, whole list for whole list, in one container
        // and year: a team signs one such heading per issue it edits.
        Rule(name: "one team signs a generic heading in one container and year", lifts: .genericTitle) { e in
            guard let a = e.authors, !a.truncated, a.matched >= 2, a.overlap == 1, a.coverage == 1 else { return false }
            return e.title >= strongTitle && e.sameContainer && e.sameYear
        },
    ]

    /// The first row that holds; with a `doubt`, only the rows that lift that doubt.
    static func firstHolding(_ e: Evidence, doubt: Matcher.Doubt.Kind?) -> Rule? {
        all.first { (doubt == nil || $0.lifts == doubt) && $0.holds(e) }
    }

    /// Whether the pair has nothing to compare but titles and years: then a title alone decides, and a
    /// title alone is never enough to merge (registry entries, conference abstracts with one title).
    static func onlyTitleAndYear(_ a: MatchFeatures, _ b: MatchFeatures, authors: FieldSimilarity.Authors?) -> Bool {
        authors == nil && (a.venue == nil || b.venue == nil) && (a.volume == nil || b.volume == nil)
            && (a.pages == nil || b.pages == nil) && FieldSimilarity.abstractContainment(a, b) == nil
    }
}
