/// A person's decision about two sources (`bibd merge`, `distinct`, `split`, the review page). The store keeps it
/// per pair of sources and the matcher takes it in place of its own judgement, both as this type, never as a string.
public enum PersonDecision: String, Sendable, CaseIterable, Codable {
    /// The two sources describe one work.
    case same
    /// The two sources describe different works, whatever the matcher says.
    case distinct
}
