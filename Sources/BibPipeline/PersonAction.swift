import BibModel

/// What a person can decide about works, the same from the command line (`bibd merge A B`, `bibd distinct A B`,
/// `bibd split KEY FILE`) and from the review page's forms. Each is recorded per pair of sources as a `PersonDecision`
/// (`.same` for a merge, `.distinct` otherwise), which later matching respects.
public enum PersonAction: String, Sendable, CaseIterable {
    case merge, distinct, split

    /// The arguments it takes, in order: two works (`a`, `b`), or a work and one of its source files (`key`, `file`).
    public var fields: [String] { self == .split ? ["key", "file"] : ["a", "b"] }
}

extension Library {
    /// Applies `action` with its `fields` (by name); returns the one-line account `bibd` prints and the review page shows.
    public func apply(_ action: PersonAction, _ f: [String: String]) throws -> String {
        let values = try action.fields.map { name in try f[name] ?? { throw DecisionError.missingField(action.rawValue, name) }() }
        switch action {
        case .merge:
            let w = try merge(values[0], values[1])
            return "merged \(values[1]) into \(w.citekey ?? w.id) (\(w.sources.count) sources)"
        case .distinct:
            _ = try markDistinct(values[0], values[1])
            return "\(values[0]) and \(values[1]) are kept apart"
        case .split:
            let w = try split(values[0], file: values[1])
            return "\(values[1]) is now \(w.citekey ?? w.id)"
        }
    }
}
