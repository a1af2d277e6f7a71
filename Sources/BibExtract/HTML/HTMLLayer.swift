/// Where on an HTML page a value was read, best first. The rank is the tie-breaker of `FieldResolver`.
public enum HTMLLayer: Int, Sendable, Comparable, CaseIterable {
    /// Highwire `citation_*` and its relatives (`bepress_citation_*`, `eprints.*`).
    case highwire = 0
    /// Dublin Core (`dc.*`, `dcterms.*`, `DC.*`) and PRISM (`prism.*`).
    case dublinCore
    /// JSON-LD schema.org blocks.
    case jsonLD
    /// OpenGraph (`og:*`, `article:*`).
    case openGraph
    /// COinS (`span.Z3988` OpenURL context objects).
    case coins
    /// The page's own visible structure: headings, abstract sections, DOI links, site rules.
    case visible
    /// Heuristics over the visible text (labels, citation lines).
    case text

    public static func < (a: HTMLLayer, b: HTMLLayer) -> Bool { a.rawValue < b.rawValue }

    /// The name used in evidence strings ("meta:citation_title", "jsonld:headline", …).
    public var tag: String {
        switch self {
        case .highwire, .dublinCore: return "meta"
        case .jsonLD: return "jsonld"
        case .openGraph: return "og"
        case .coins: return "coins"
        case .visible: return "visible"
        case .text: return "text"
        }
    }
}

/// The slots extraction fills; finer than `Field` (first and last page, online date, joined author lists).
public enum Slot: String, Sendable, CaseIterable {
    case title, author, authorList, doi, date, onlineDate, journal, journalShort, conference, volume, issue
    case firstPage, lastPage, pages, articleNumber, abstract, pmid, pmcid, arxiv, issn, publisher, keywords
    case language, url, type
}

/// One value a layer states for a slot, with the rule that produced it.
public struct Candidate: Sendable, Equatable {
    public var slot: Slot
    public var value: String
    public var layer: HTMLLayer
    /// "meta:citation_title", "jsonld:headline", "visible:h1", …
    public var rule: String
    /// A weak value (a page description, an online or deposit date) wins only when no strong value exists.
    public var weak: Bool

    public init(_ slot: Slot, _ value: String, layer: HTMLLayer, rule: String, weak: Bool = false) {
        self.slot = slot; self.value = value; self.layer = layer; self.rule = rule; self.weak = weak
    }
}
