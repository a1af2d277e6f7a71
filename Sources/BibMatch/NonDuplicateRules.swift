/// Explicit reasons why two records that look alike are different works. Each rule is a row: a name
/// shown by `--explain` and a test that returns the evidence when it fires. They run after identifiers
/// (a shared DOI wins) and before scoring (no similarity can outweigh them).
enum NonDuplicateRules {
    /// One rule: the name used in explanations, and the test.
    struct Rule: Sendable {
        let name: String
        /// Whether clustering treats the rule as a veto that no agreement outweighs.
        var isVeto = false
        /// Whether the test reads the author comparison (the others get `nil`, so it is computed only when needed).
        var readsAuthors = false
        let test: @Sendable (MatchFeatures, MatchFeatures, FieldSimilarity.Authors?) -> String?
    }

    static let all: [Rule] = [
        Rule(name: "different DOIs", isVeto: true) { a, b, _ in
            guard let x = a.doi, let y = b.doi, x != y else { return nil }
            return "\(x) ≠ \(y)"
        },
        Rule(name: "different PMIDs", isVeto: true) { a, b, _ in
            guard let x = a.pmid, let y = b.pmid, x != y else { return nil }
            return "\(x) ≠ \(y)"
        },
        Rule(name: "notice and article") { a, b, _ in
            // An erratum at the article's own volume and first page is the article described twice.
            guard a.shape.notice != b.shape.notice else { return nil }
            if Set([a.shape.notice, b.shape.notice]) == [nil, .erratum], Locators.agree(a, b) { return nil }
            return "\(a.shape.notice?.rawValue ?? "article") vs \(b.shape.notice?.rawValue ?? "article")"
        },
        Rule(name: "different numbered parts") { a, b, _ in
            guard a.shape.part != b.shape.part else { return nil }
            return "part \(a.shape.part.map(String.init) ?? "none") vs part \(b.shape.part.map(String.init) ?? "none")"
        },
        Rule(name: "different numbers in title") { a, b, _ in
            // One title may lose a number (a truncated or shortened title); two different numbers conflict,
            // unless the volume and first page say it is one article with a garbled title ("p16" / "p6").
            guard !a.titleNumbers.isSubset(of: b.titleNumbers), !b.titleNumbers.isSubset(of: a.titleNumbers),
                  !Locators.agree(a, b) else { return nil }
            return a.titleNumbers.sorted().joined(separator: ",") + " vs " + b.titleNumbers.sorted().joined(separator: ",")
        },
        Rule(name: "qualifier in one title only") { a, b, _ in
            guard !Locators.agree(a, b) else { return nil }
            return TitleQualifiers.contrast(a, b)
        },
        Rule(name: "years far apart") { a, b, _ in
            guard let x = a.year, let y = b.year, abs(x - y) >= 2 else { return nil }
            return "\(x) vs \(y)"
        },
        Rule(name: "a year apart without a shared issue") { a, b, _ in
            // Databases disagree by a year (online first vs print) about one article, which then has the
            // same container and the same volume or pages; without that, a year apart is two items.
            guard let x = a.year, let y = b.year, abs(x - y) == 1 else { return nil }
            // A name that does not say what it is ("Lancet", "VLDB") neither agrees nor conflicts in kind.
            if let v = a.venue, let w = b.venue,
               !v.isCompatible(with: w) || v.kind != w.kind && v.kind != .unknown && w.kind != .unknown {
                return "\(x) in \(v.words.joined(separator: " ")) vs \(y) in \(w.words.joined(separator: " "))"
            }
            let sameVolume = a.volume != nil && a.volume == b.volume
            let samePages = a.pages.map { p in b.pages.map { $0.prefix == p.prefix && $0.overlaps(p) } ?? false } ?? false
            return sameVolume || samePages ? nil : "\(x) vs \(y), no shared volume or page"
        },
        Rule(name: "conference and journal versions") { a, b, _ in
            guard let v = a.venue, let w = b.venue else { return nil }
            guard v.kind == .periodical && w.kind == .conference || v.kind == .conference && w.kind == .periodical else { return nil }
            return v.words.joined(separator: " ") + " vs " + w.words.joined(separator: " ")
        },
        Rule(name: "same title in different journals") { a, b, _ in
            guard let v = a.venue, let w = b.venue, v.kind != .conference, w.kind != .conference,
                  !v.isCompatible(with: w) else { return nil }
            // A renamed or differently cited journal still has the same volume and first page.
            if let x = a.volume, x == b.volume, let p = a.pages, let q = b.pages, p == q { return nil }
            return v.words.joined(separator: " ") + " vs " + w.words.joined(separator: " ")
        },
        Rule(name: "different volumes of one journal") { a, b, _ in
            guard let v = a.venue, let w = b.venue, v.isCompatible(with: w), let x = a.volume, let y = b.volume,
                  let m = Int(x), let n = Int(y), m != n else { return nil }
            return "volume \(x) vs \(y)"
        },
        Rule(name: "different pages in one volume") { a, b, _ in
            guard let p = a.pages, let q = b.pages, p.prefix == q.prefix, !p.overlaps(q) else { return nil }
            guard let x = a.volume, let y = b.volume, x == y else { return nil }
            if let v = a.venue, let w = b.venue, !v.isCompatible(with: w) { return nil }
            if let i = a.issue, let j = b.issue, i != j { return nil }
            return "pages \(p.first)-\(p.last) vs \(q.first)-\(q.last)"
        },
        Rule(name: "no author in common", readsAuthors: true) { a, b, authors in
            guard let authors, !authors.truncated, authors.matched == 0 else { return nil }
            // A garbled author list is carried by the same title at the same volume and first page.
            if Locators.agree(a, b), (FieldSimilarity.title(a, b) ?? 0) >= SameWorkRules.strongTitle { return nil }
            return "author lists share no name"
        },
    ]

    /// The first rule that fires, with its evidence.
    static func firstViolation(_ a: MatchFeatures, _ b: MatchFeatures, _ authors: () -> FieldSimilarity.Authors?) -> (Rule, String)? {
        for rule in all {
            if let evidence = rule.test(a, b, rule.readsAuthors ? authors() : nil) { return (rule, evidence) }
        }
        return nil
    }
}
