import BibModel

/// Decides whether two records describe the same work, as a cascade: shared identifier → preprint and
/// published version → explicit non-duplicate rules → weighted field similarity with a doubt band
/// (generic titles and companion items are held for review unless pages agree).
public struct Matcher: Sendable {
    public var config: MatchConfig

    public init(config: MatchConfig = MatchConfig()) { self.config = config }

    /// Strings under which a record is filed so that likely matches meet (DOI, PMID, title, …).
    public func blockKeys(for record: Record) -> [String] {
        BlockKeys.keys(for: MatchFeatures(record))
    }

    /// A record with its match features computed once, for a caller that both files it and judges it.
    public struct Subject: Sendable {
        public let record: Record
        let features: MatchFeatures

        /// Its block keys (`BlockKeys`).
        public var blockKeys: [String] { BlockKeys.keys(for: features) }
        /// Its place in the orders of a big block (`BlockSearch`).
        public var sortKeys: BlockSearch.SortKeys { BlockSearch.SortKeys(features) }
    }

    /// The record as a `Subject` (its features computed now, once).
    public func subject(_ record: Record) -> Subject { Subject(record: record, features: MatchFeatures(record)) }

    /// The block keys of a subject: the same as `blockKeys(for: subject.record)`.
    public func blockKeys(for subject: Subject) -> [String] { BlockKeys.keys(for: subject.features) }

    /// The decision for one pair, with the rule that made it.
    public func decide(_ a: Record, _ b: Record) -> PairDecision {
        decide(MatchFeatures(a), MatchFeatures(b), recurringTitle: false)
    }

    /// Decisions between `record` and each of `candidates`, judged as the batch engine judges them: a
    /// title that the record and the candidates carry in several different years names a recurring
    /// column, not one work (`RecurringTitles`).
    public func decide(_ record: Record, against candidates: [Record]) -> [PairDecision] {
        decide(subject(record), against: candidates)
    }

    /// `decide(_:against:)` for a subject whose features are already computed. `people[k]`, when given and not
    /// nil, is a person's decision about the subject and candidate k: it stands in the matcher's place
    /// (`PairDecision(_:)`), while the candidate still counts for the recurring titles.
    public func decide(_ subject: Subject, against candidates: [Record], people: [PersonDecision?]? = nil) -> [PairDecision] {
        decide(subject.features, against: candidates.map(MatchFeatures.init), people: people)
    }

    /// `decide(_:against:people:)` for candidates whose features are computed already (subjects a caller kept):
    /// the same decisions, without computing the candidates' features again.
    public func decide(_ subject: Subject, againstSubjects candidates: [Subject], people: [PersonDecision?]? = nil) -> [PairDecision] {
        decide(subject.features, against: candidates.map(\.features), people: people)
    }

    private func decide(_ f: MatchFeatures, against others: [MatchFeatures], people: [PersonDecision?]?) -> [PairDecision] {
        var recurring = RecurringTitles()
        for x in [f] + others { recurring.add(x) }
        return others.indices.map { k in
            if let person = people?[k] { return PairDecision(person) }
            return decide(f, others[k], recurringTitle: recurring.isRecurring(f) || recurring.isRecurring(others[k]))
        }
    }

    /// The decision between a subject and one record, alone (no title counted as recurring).
    public func decide(_ subject: Subject, _ other: Record) -> PairDecision {
        decide(subject.features, MatchFeatures(other), recurringTitle: false)
    }

    /// The decision between two subjects, alone: `decide(a, b.record)` without computing `b`'s features again.
    public func decide(_ a: Subject, _ b: Subject) -> PairDecision {
        decide(a.features, b.features, recurringTitle: false)
    }

    /// The decision on precomputed features. `recurringTitle`: the index has seen this title over
    /// several years, so it names a column ("Reminiscences on influential papers"), not a work.
    func decide(_ a: MatchFeatures, _ b: MatchFeatures, recurringTitle: Bool) -> PairDecision {
        if let (name, id) = sharedIdentifier(a, b) { return PairDecision(.same, score: 1, rule: "same " + name, evidence: [id]) }
        if !a.hasTitle || !b.hasTitle { return decideWithoutTitle(a, b) }
        // A preprint meets a published record: the other side either states its type or carries a DOI
        // (a mirror page that does not say "journal article" still describes a published, registered work).
        if a.isPreprint != b.isPreprint, a.hasType || a.doi != nil, b.hasType || b.doi != nil {
            return PreprintLink.decide(a, b)
        }
        // The author comparison is the dearest feature: computed once, and only when a rule or the score reads it.
        var compared: FieldSimilarity.Authors??
        func authorsOnce() -> FieldSimilarity.Authors? {
            if let compared { return compared }
            let x = FieldSimilarity.authors(a, b)
            compared = .some(x)
            return x
        }
        if let (rule, evidence) = NonDuplicateRules.firstViolation(a, b, authorsOnce) {
            return PairDecision(.distinct, rule: rule.name, evidence: [evidence], isVeto: rule.isVeto)
        }
        var doubt: Doubt?
        if a.shape.isGeneric || b.shape.isGeneric {
            doubt = Doubt(.genericTitle, evidence: "generic title")
        } else if recurringTitle {
            doubt = Doubt(.recurringTitle, evidence: "recurring title")
        } else if a.shape.companion != b.shape.companion {
            // A demonstration or poster is printed beside the paper of the same title, but databases
            // also drop the note from the paper's own record: a person decides.
            doubt = Doubt(.companionItem,
                          evidence: "\(a.shape.companion?.rawValue ?? "paper") vs \(b.shape.companion?.rawValue ?? "paper")")
        }
        return score(a, b, authors: authorsOnce(), doubt: doubt)
    }

    private func sharedIdentifier(_ a: MatchFeatures, _ b: MatchFeatures) -> (String, String)? {
        if let x = a.doi, x == b.doi { return ("DOI", x) }
        if let x = a.pmid, x == b.pmid { return ("PMID", x) }
        if let x = a.arxiv, x == b.arxiv { return ("arXiv id", x) }
        return nil
    }

    /// A record without a title (a bare abstract) matches only a record whose abstract it repeats.
    private func decideWithoutTitle(_ a: MatchFeatures, _ b: MatchFeatures) -> PairDecision {
        guard let c = FieldSimilarity.abstractContainment(a, b) else {
            return PairDecision(.distinct, rule: "no title to compare")
        }
        let evidence = ["abstract containment \(Self.format(c))"]
        if c >= config.abstractContainment { return PairDecision(.same, score: c, rule: "abstract repeated", evidence: evidence) }
        if c >= config.abstractContainment / 2 { return PairDecision(.review, score: c, rule: "abstract partly repeated", evidence: evidence) }
        return PairDecision(.distinct, rule: "no title to compare", evidence: evidence)
    }

    /// Weighted similarity over the fields both records have; title similarity gates the merge.
    /// What keeps a pair from being merged without page evidence: such a pair is held for review at best.
    struct Doubt {
        /// Why a pair is held for review at best unless its pages agree; the raw value is the rule `--explain` shows.
        enum Kind: String, Sendable {
            case genericTitle = "generic title"
            case recurringTitle = "recurring title"
            case companionItem = "companion item"
            case titleAndYearOnly = "title and year only"
        }
        let kind: Kind
        let evidence: String
        init(_ kind: Kind, evidence: String) { self.kind = kind; self.evidence = evidence }
        var rule: String { kind.rawValue }
    }

    private func score(_ a: MatchFeatures, _ b: MatchFeatures, authors: FieldSimilarity.Authors?, doubt: Doubt?) -> PairDecision {
        var total = 0.0, weight = 0.0
        var evidence: [String] = []
        func add(_ name: String, _ value: Double?, _ w: Double) {
            guard let value else { return }
            total += value * w; weight += w
            evidence.append("\(name) \(Self.format(value))")
        }
        let title = FieldSimilarity.title(a, b) ?? 0
        add("title", title, 4)
        add("authors", authors?.similarity, 3)
        if let x = a.year, let y = b.year { add("year", x == y ? 1 : 0.3, 1) }
        if let v = a.venue, let w = b.venue, !(v.kind == .conference && w.kind == .conference) {
            add("container", v.similarity(to: w), 1)
        }
        var locator = false
        if let p = a.pages, let q = b.pages, p.prefix == q.prefix {
            add("pages", p.first == q.first ? 1 : 0.7, 1.5)
            locator = p.first == q.first
        }
        if let x = a.volume, let y = b.volume, x == y, locator { evidence.append("same volume \(x)") }
        add("abstract", FieldSimilarity.abstractContainment(a, b), 2)
        let s = weight > 0 ? total / weight : 0
        let authorsOK = (authors?.similarity ?? 1) >= 0.5
        let sameContainer = a.venue.flatMap { v in b.venue.map { v.isCompatible(with: $0) } } ?? false
        let conjunction = SameWorkRules.Evidence(title: title, authors: authors, sameContainer: sameContainer,
                                                 sameLocator: Locators.agree(a, b), pageRange: Locators.spanPages(a, b),
                                                 sameYear: a.year != nil && a.year == b.year)
        var doubt = doubt
        if doubt == nil, SameWorkRules.onlyTitleAndYear(a, b, authors: authors) {
            doubt = Doubt(.titleAndYearOnly, evidence: "nothing but the title and year to compare")
        }
        if let doubt, !locator {
            if let row = SameWorkRules.firstHolding(conjunction, doubt: doubt.kind) {
                return PairDecision(.same, score: max(s, config.mergeThreshold), rule: row.name, evidence: evidence)
            }
            evidence.append(doubt.evidence + " without page evidence")
            let outcome: PairDecision.Outcome = s >= config.mergeThreshold && authorsOK ? .review : .distinct
            return PairDecision(outcome, score: s, rule: doubt.rule, evidence: evidence)
        }
        if s >= config.mergeThreshold && title >= config.minimumTitleSimilarity && authorsOK {
            return PairDecision(.same, score: s, rule: "weighted similarity", evidence: evidence)
        }
        // Evidence the average dilutes: strong agreement of independent fields, all of them.
        if let row = SameWorkRules.firstHolding(conjunction, doubt: nil) {
            return PairDecision(.same, score: max(s, config.mergeThreshold), rule: row.name, evidence: evidence)
        }
        if s >= config.reviewThreshold && title >= 0.6 {
            return PairDecision(.review, score: s, rule: "weighted similarity", evidence: evidence)
        }
        return PairDecision(.distinct, score: s, rule: "weighted similarity", evidence: evidence)
    }

    static func format(_ x: Double) -> String {
        let r = (x * 100).rounded() / 100
        return String(r)
    }
}
