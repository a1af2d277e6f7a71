import BibModel

/// Which sources win when they disagree: an ordered list of extractor ids (or id prefixes ending in "-"),
/// most trusted first, where `*` stands for every extractor not named.
///
/// Structured records (PubMed XML, JATS, arXiv OAI, MEDLINE) state fields explicitly; publisher and site pages
/// (`*`, so a new site ranks there without a config change) and the generic embedded-metadata reader come
/// next; text dumps and mirrors after; a bare abstract last. Ties are broken by content hash, so the result
/// never depends on ingest order.
public struct TrustOrder: Sendable, Equatable, Codable {
    public var extractors: [String]

    public init(_ extractors: [String]) { self.extractors = extractors }

    public static let `default` = TrustOrder([
        "pubmed-xml", "jats-xml", "arxiv-oai", "medline-text",
        "*", "embedded-metadata",
        "pubmed-text", "pure-text", "heading-label-text", "cn-label-text", "generic-text",
        "bare-abstract",
    ])

    /// Lower is more trusted.
    public func rank(_ extractor: String) -> Int {
        if let i = extractors.firstIndex(of: extractor) { return i }
        if let i = extractors.firstIndex(where: { $0.hasSuffix("-") && extractor.hasPrefix($0) }) { return i }
        return extractors.firstIndex(of: "*") ?? extractors.count
    }

    /// Records sorted most trusted first, ties by content hash.
    public func sorted(_ records: [Record]) -> [Record] {
        records.sorted { a, b in
            let ra = rank(a.source?.extractor ?? ""), rb = rank(b.source?.extractor ?? "")
            if ra != rb { return ra < rb }
            return (a.source?.sha256 ?? "") < (b.source?.sha256 ?? "")
        }
    }
}
