/// Which `<meta>` key states which slot, per metadata family. Keys are lower-cased; order inside a slot is
/// the order of preference within one layer. Site extractors add or drop keys; nothing here names a site.
public struct MetaRule: Sendable, Equatable {
    public var key: String
    public var slot: Slot
    public var layer: HTMLLayer
    public var weak: Bool

    public init(_ key: String, _ slot: Slot, _ layer: HTMLLayer, weak: Bool = false) {
        self.key = key; self.slot = slot; self.layer = layer; self.weak = weak
    }
}

/// The generic pattern tables (Highwire, bepress, EPrints, Dublin Core, DCTERMS, PRISM, OpenGraph).
public enum MetaPatterns {
    /// Highwire and its relatives: `citation_`, `bepress_citation_` and `eprints.` keys.
    static let highwire: [MetaRule] = {
        let pairs: [(String, Slot, Bool)] = [
            ("title", .title, false), ("author", .author, false), ("authors", .authorList, false),
            ("doi", .doi, false), ("publication_date", .date, false), ("date", .date, false),
            ("cover_date", .date, false), ("year", .date, false), ("online_date", .onlineDate, true),
            ("journal_title", .journal, false), ("journal_abbrev", .journalShort, false),
            ("conference_title", .conference, false), ("conference", .conference, false),
            ("volume", .volume, false), ("issue", .issue, false), ("firstpage", .firstPage, false),
            ("lastpage", .lastPage, false), ("abstract", .abstract, false), ("pmid", .pmid, false),
            ("pmcid", .pmcid, false), ("arxiv_id", .arxiv, false), ("issn", .issn, false),
            ("publisher", .publisher, false), ("keywords", .keywords, false), ("language", .language, false),
            ("abstract_html_url", .url, false), ("article_type", .type, false),
        ]
        var out: [MetaRule] = []
        for prefix in ["citation_", "bepress_citation_"] {
            out += pairs.map { MetaRule(prefix + $0.0, $0.1, .highwire, weak: $0.2) }
        }
        out += [
            MetaRule("eprints.title", .title, .highwire), MetaRule("eprints.creators_name", .author, .highwire),
            MetaRule("eprints.id_number", .doi, .highwire), MetaRule("eprints.date", .date, .highwire),
            MetaRule("eprints.publication", .journal, .highwire), MetaRule("eprints.volume", .volume, .highwire),
            MetaRule("eprints.number", .issue, .highwire), MetaRule("eprints.pagerange", .pages, .highwire),
            MetaRule("eprints.abstract", .abstract, .highwire), MetaRule("eprints.issn", .issn, .highwire),
        ]
        return out
    }()

    /// Dublin Core (with the `dc.`, `dcterms.` and OJS `DC.*` spellings) and PRISM.
    static let dublinCore: [MetaRule] = {
        var out: [MetaRule] = []
        for p in ["dc.", "dcterms."] {
            out += [
                MetaRule(p + "title", .title, .dublinCore), MetaRule(p + "creator", .author, .dublinCore),
                MetaRule(p + "creator.personalname", .author, .dublinCore),
                MetaRule(p + "contributor", .author, .dublinCore, weak: true),
                MetaRule(p + "identifier.doi", .doi, .dublinCore), MetaRule(p + "identifier", .doi, .dublinCore),
                MetaRule(p + "date.issued", .date, .dublinCore), MetaRule(p + "issued", .date, .dublinCore),
                MetaRule(p + "date", .date, .dublinCore), MetaRule(p + "date.created", .onlineDate, .dublinCore, weak: true),
                MetaRule(p + "citation.volume", .volume, .dublinCore), MetaRule(p + "citation.issue", .issue, .dublinCore),
                MetaRule(p + "citation.spage", .firstPage, .dublinCore), MetaRule(p + "citation.epage", .lastPage, .dublinCore),
                MetaRule(p + "relation.ispartof", .journal, .dublinCore), MetaRule(p + "source", .journal, .dublinCore, weak: true),
                MetaRule(p + "description", .abstract, .dublinCore, weak: true),
                MetaRule(p + "abstract", .abstract, .dublinCore), MetaRule(p + "publisher", .publisher, .dublinCore),
                MetaRule(p + "language", .language, .dublinCore), MetaRule(p + "source.issn", .issn, .dublinCore),
            ]
        }
        out += [
            MetaRule("prism.publicationname", .journal, .dublinCore), MetaRule("prism.doi", .doi, .dublinCore),
            MetaRule("prism.publicationdate", .date, .dublinCore), MetaRule("prism.coverdate", .date, .dublinCore),
            MetaRule("prism.volume", .volume, .dublinCore), MetaRule("prism.number", .issue, .dublinCore),
            MetaRule("prism.issueidentifier", .issue, .dublinCore),
            MetaRule("prism.startingpage", .firstPage, .dublinCore), MetaRule("prism.endingpage", .lastPage, .dublinCore),
            MetaRule("prism.pagerange", .pages, .dublinCore), MetaRule("prism.issn", .issn, .dublinCore),
            MetaRule("prism.eissn", .issn, .dublinCore), MetaRule("prism.title", .title, .dublinCore),
        ]
        return out
    }()

    /// OpenGraph and the bare page description (a teaser, so weak).
    static let openGraph: [MetaRule] = [
        MetaRule("og:title", .title, .openGraph, weak: true),
        MetaRule("og:description", .abstract, .openGraph, weak: true),
        MetaRule("description", .abstract, .openGraph, weak: true),
        MetaRule("article:published_time", .date, .openGraph, weak: true),
        MetaRule("og:url", .url, .openGraph), MetaRule("doi", .doi, .openGraph),
        MetaRule("datepublished", .date, .openGraph, weak: true),
    ]

    /// All generic rules, in layer order.
    public static let all: [MetaRule] = highwire + dublinCore + openGraph
}
