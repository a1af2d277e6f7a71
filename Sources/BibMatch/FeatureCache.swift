import BibModel

/// Author keys and container names already reduced while computing features, by the value the record
/// printed: a library repeats its people and its journals from record to record, and each reduction
/// depends on that value alone. One cache serves one thread.
struct FeatureCache {
    /// Distinct values kept at most in each table; past it, values are reduced each time.
    static let capacity = 100_000
    private var authors: [Person: AuthorKey?] = [:]
    private var venues: [String: VenueName?] = [:]

    /// `AuthorKey(person)`.
    mutating func author(_ person: Person) -> AuthorKey? {
        if let known = authors[person] { return known }
        let key = AuthorKey(person)
        if authors.count < Self.capacity { authors[person] = key }
        return key
    }

    /// `VenueName(raw)`.
    mutating func venue(_ raw: String?) -> VenueName? {
        guard let raw else { return nil }
        if let known = venues[raw] { return known }
        let name = VenueName(raw)
        if venues.count < Self.capacity { venues[raw] = name }
        return name
    }
}
