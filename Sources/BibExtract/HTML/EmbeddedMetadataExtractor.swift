import BibModel
import BibParse

/// The generic layered HTML extractor: embedded metadata (Highwire and relatives, Dublin Core/PRISM),
/// JSON-LD, OpenGraph, COinS, then the visible structure and text heuristics of the boilerplate-stripped
/// page. Each slot is decided by `FieldResolver`; every value keeps the rule that produced it. Site
/// extractors run the same code with a `SiteProfile`.
public struct EmbeddedMetadataExtractor: Extractor {
    public let profile: SiteProfile
    public var id: String { profile.id }

    public init(profile: SiteProfile = .generic) { self.profile = profile }

    /// How much visible text (UTF-8 bytes) the refusal check and the text heuristics read.
    static let textLimit = 64 * 1024
    /// How far into the visible text a DOI may stand to count as the page's own.
    static let doiWindow = 4000

    /// The first `doiWindow` bytes of the page's text lines, up to the first reference heading that opens a section
    /// ("References", "Список цитируемой литературы"; a tab among tabs opens none).
    static func aboveReferences(_ doc: MarkupDocument) -> String {
        let lines = doc.textLines(limit: doiWindow)
        let end = LineTable(lines).firstTailHeading(in: 0..<lines.count) ?? lines.count
        return lines[..<end].joined(separator: " ")
    }

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .html, page.document != nil else { return nil }
        if profile.markers.isEmpty { return 10 }
        return profile.matches(page) ? 50 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        guard let doc = page.document else { throw ExtractError.noArticle("the page has no markup") }
        let candidates = try gather(doc)
        return [RecordBuilder.build(candidates, profile: profile)]
    }

    /// A schema.org profile page (`"@type": "ProfilePage"`).
    static let profilePageXPath = "//script[@type='application/ld+json'][contains(., '\"ProfilePage\"')]"

    /// Headings that link to another page, one per listed article.
    static let linkedArticleHeadings = "//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6][a[@href] and count(*) <= 2]"

    /// A journal candidate whose value is a whole citation becomes the journal and its labelled locators.
    static func splittingContainerCitation(_ c: Candidate) -> [Candidate] {
        guard c.slot == .journal, c.value.contains(","), let p = ContainerCitation.split(c.value) else { return [c] }
        var out = [Candidate(.journal, p.journal, layer: c.layer, rule: c.rule, weak: c.weak)]
        for case let (slot, value?) in [(Slot.volume, p.volume), (.issue, p.issue), (.pages, p.pages)] {
            out.append(Candidate(slot, value, layer: c.layer, rule: c.rule, weak: c.weak))
        }
        return out
    }

    /// Whether a candidate's rule reads a social-card tag (og:title, twitter:title).
    static func isSocialCardRule(_ rule: String) -> Bool {
        rule.hasPrefix("meta:og:") || rule.hasPrefix("meta:twitter:")
    }

    /// What shows that a page without article metadata is one work, beside its heading.
    static let workEvidence: Set<Slot> = [.author, .authorList, .doi, .pmid, .pmcid, .arxiv, .date, .onlineDate, .abstract]

    /// Every layer's candidates, after refusing pages that hold no article.
    func gather(_ doc: MarkupDocument) throws -> [Candidate] {
        let metas = doc.metaTags().filter { !profile.ignoredMetaKeys.contains($0.key) }
        var candidates = MetaLayer.candidates(metas, rules: MetaPatterns.all + profile.metaRules)
        candidates += JSONLDLayer.candidates(doc)
        candidates = candidates.flatMap(Self.splittingContainerCitation)
        let pageTitle = doc.first("//title") ?? ""
        let hasMetadataTitle = candidates.contains { $0.slot == .title && !$0.weak }
        let hasCitationTitle = candidates.contains { $0.slot == .title && !$0.weak && $0.layer != .jsonLD }
        // Social-card tags (og:, twitter:) title every page a site serves, its tables of contents too: a page
        // titled by them alone is still checked for a list.
        let hasScholarlyTitle = candidates.contains { $0.slot == .title && !$0.weak && !Self.isSocialCardRule($0.rule) }
        if let why = NonArticleDetector.refusal(doc, title: pageTitle, scripts: { doc.count("//script") },
                                                visibleText: { doc.text(limit: Self.textLimit) },
                                                hasArticleMetadata: hasScholarlyTitle, hasCitationMetadata: hasCitationTitle) {
            throw ExtractError.noArticle(why)
        }
        if let why = NonArticleDetector.metadataRefusal(metas) { throw ExtractError.noArticle(why) }
        // A title that is only an issue's designation ("PNAS: Vol 120, No 25") heads an issue's table of contents.
        let strongTitles = candidates.filter { $0.slot == .title && !$0.weak }.map(\.value)
        if !strongTitles.isEmpty, strongTitles.allSatisfy(NonArticleDetector.isIssueDesignation) {
            throw ExtractError.noArticle("an issue's table of contents")
        }
        // A person's profile (ORCID, a researcher page) says so in its social card or its schema.org type.
        if !hasScholarlyTitle, metas.contains(where: { $0.key == "og:type" && $0.content.lowercased() == "profile" })
            || !doc.nodes(Self.profilePageXPath).isEmpty {
            throw ExtractError.noArticle("a person's profile page, not an article")
        }
        // An issue's table of contents carries the issue's citation tags (journal, volume, issue) and no article
        // title, over a list of linked article headings.
        if !hasScholarlyTitle, candidates.contains(where: { ($0.layer == .highwire || $0.layer == .dublinCore) && ($0.slot == .volume || $0.slot == .issue) }),
           doc.nodes(Self.linkedArticleHeadings).count >= 2 {
            throw ExtractError.noArticle("a journal issue's table of contents: issue metadata and no article title")
        }
        Boilerplate.strip(doc)
        let titles = Set(candidates.filter { $0.slot == .title && !$0.weak }.map { FieldResolver.key(.title, $0.value) })
        candidates += COinSLayer.candidates(doc, knownTitles: titles)
        let visibleText = doc.text(limit: Self.textLimit)
        var visible = RuleRunner.visible(doc, rules: profile.visibleRules + GenericRules.visible
                                         + LabelledFields.rules(present: visibleText))
        visible += RuleRunner.text(visibleText, rules: profile.textRules + GenericRules.text)
        if !profile.visibleWins.isEmpty {
            // A re-ranked slot: the site's visible value outranks what the meta tags claim.
            let present = Set(visible.map(\.slot))
            candidates.removeAll { profile.visibleWins.contains($0.slot) && present.contains($0.slot) }
        }
        // A DOI read off the page body must be stated near its top, above a reference list's heading: DOIs further
        // down cite other works. Lower-cased only when a body DOI needs checking.
        lazy var top = Self.aboveReferences(doc).lowercasedScalars
        visible.removeAll {
            $0.slot == .doi && GenericRules.bodyDOIRules.contains($0.rule)
                && !(DOI.parse($0.value).map { top.containsText($0) } ?? false)
        }
        candidates += visible
        if !hasScholarlyTitle {
            let stated = Set(candidates.filter { $0.slot == .title && !$0.weak }.map { FieldResolver.key(.title, $0.value) })
            let read = TextLayer.readingCandidates(doc, titles: stated)
            if read.contains(where: { $0.slot == .title && $0.rule == TextLayer.statedTitleRule }) {
                // The page's own text names its article: headings the generic rules guessed at (the site's banner in
                // an h1, the <title>) give way to it.
                let guessed = Set(GenericRules.visible.filter { $0.slot == .title }.map { "visible:" + $0.xpath })
                for i in candidates.indices where candidates[i].slot == .title && guessed.contains(candidates[i].rule) {
                    candidates[i].weak = true
                }
            }
            candidates += read
        }
        if FieldResolver.authors(candidates) == nil {
            let stated = Set(candidates.filter { $0.slot == .title && !$0.weak }.map { FieldResolver.key(.title, $0.value) })
            candidates += TextLayer.authorCandidates(doc, titles: stated)
        }
        guard candidates.contains(where: { $0.slot == .title && SlotValidator.accepts($0) }) else {
            throw ExtractError.noArticle("no article title on the page")
        }
        // A page whose markup names no article (no title in its metadata) and that prints nothing but a heading
        // (no author, identifier, date or abstract) is a landing, contents or series page: nothing shows it is one work.
        if !hasMetadataTitle, !candidates.contains(where: { Self.workEvidence.contains($0.slot) && SlotValidator.accepts($0) }) {
            throw ExtractError.noArticle("a heading alone: no author, identifier, date or abstract names an article on the page")
        }
        return candidates
    }
}
