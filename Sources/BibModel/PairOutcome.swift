/// What matching made of two records, read as "the first is … of the second": the matcher decides it, the store
/// keeps it per pair of sources, the review list and relations are read from it.
public enum PairOutcome: String, Sendable, Codable, CaseIterable {
    /// Merged automatically.
    case same
    /// Held for a person.
    case review
    /// Different works.
    case distinct
    /// The first record is a preprint of the second; linked as versions, never merged.
    case preprintOf
    /// The first record is the published version of the second.
    case publishedVersionOf
}
