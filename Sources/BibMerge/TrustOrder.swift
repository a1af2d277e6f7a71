import BibModel

/// Which sources win when they disagree: an ordered list of extractor ids (or id prefixes), most trusted first.
///
/// Structured records (PubMed XML, JATS, MEDLINE) state fields explicitly; publisher pages with embedded
/// metadata come next; text dumps and mirrors after; a bare abstract last. Unknown extractors rank just
/// before the bare abstract. Ties are broken by content hash, so the result never depends on ingest order.
public struct TrustOrder: Sendable, Equatable, Codable {
    public var extractors: [String]

    public init(_ extractors: [String]) { self.extractors = extractors }

    public static let `default` = TrustOrder([
        "pubmed-xml", "jats", "arxiv", "medline", "crossref",
        "site-", "embedded-metadata",
        "pubmed-text", "pure-text", "heading-label-text", "cn-label-text", "generic-text",
        "bare-abstract",
    ])

    /// Lower is more trusted.
    public func rank(_ extractor: String) -> Int {
        if let i = extractors.firstIndex(where: { extractor == $0 || (extractor.hasPrefix($0) && $0.hasSuffix("-")) }) {
            return i
        }
        if let i = extractors.firstIndex(where: { extractor.hasPrefix($0) }) { return i }
        return extractors.count
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
