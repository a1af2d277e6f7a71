/// A link between two works in the store that are related but not the same.
public struct Relation: Codable, Sendable, Equatable, Hashable {
    public var kind: RelationKind
    /// The id of the other work.
    public var target: String

    public init(kind: RelationKind, target: String) {
        self.kind = kind; self.target = target
    }
}

/// The kinds of relation bibd records between works.
public enum RelationKind: String, Codable, Sendable, CaseIterable {
    /// This work is probably a preprint of the target (never merged: a person confirms).
    case possiblePreprintOf = "possible preprint of"
    /// The inverse of `possiblePreprintOf`.
    case possiblePublishedVersionOf = "possible published version of"
    /// Matching could not decide: held for review.
    case possibleDuplicateOf = "possible duplicate of"

    /// The relation seen from the target.
    public var inverse: RelationKind {
        switch self {
        case .possiblePreprintOf: return .possiblePublishedVersionOf
        case .possiblePublishedVersionOf: return .possiblePreprintOf
        case .possibleDuplicateOf: return .possibleDuplicateOf
        }
    }
}
