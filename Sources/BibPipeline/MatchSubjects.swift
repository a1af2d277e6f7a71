import BibMatch
import BibModel
import BibStore

/// The match subjects (records with their features) of the sources one file's transaction has judged, by source
/// id: a record filed earlier in the file, or a stored source met as a candidate, is compared with many of the
/// records after it, and its features are computed once. A source's record never changes once stored, and the
/// memo lives no longer than one transaction.
final class MatchSubjects {
    private let matcher: Matcher
    private var byID: [String: Matcher.Subject] = [:]

    init(matcher: Matcher) { self.matcher = matcher }

    /// Keeps the subject of the record stored as source `id`.
    func keep(_ subject: Matcher.Subject, for id: String) { byID[id] = subject }

    /// The subject of a stored source (computed now if not kept before).
    func subject(of source: StoredSource) -> Matcher.Subject {
        if let known = byID[source.id] { return known }
        let made = matcher.subject(source.record)
        byID[source.id] = made
        return made
    }
}
