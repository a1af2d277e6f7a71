/// A person or organisation credited on a work. Corporate names live in `literal` only.
public struct Person: Codable, Sendable, Equatable, Hashable {
    public var family: String?
    public var given: String?
    /// Particle kept apart from the family name for sorting ("van", "de la").
    public var particle: String?
    public var suffix: String?
    /// A name that must not be split (an organisation, or a single-word pseudonym).
    public var literal: String?
    public var affiliations: [String]

    public init(family: String? = nil, given: String? = nil, particle: String? = nil, suffix: String? = nil,
                literal: String? = nil, affiliations: [String] = []) {
        self.family = family; self.given = given; self.particle = particle; self.suffix = suffix
        self.literal = literal; self.affiliations = affiliations
    }

    /// The family name with its particle, as people write it ("van Doorn").
    public var fullFamily: String? {
        guard let family else { return nil }
        if let particle, !particle.isEmpty { return particle + " " + family }
        return family
    }

    /// The given-name initials without punctuation ("HL" for "Hannah Louise").
    public var initials: String {
        guard let given else { return "" }
        return given.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" })
            .compactMap { $0.first.map(String.init) }.joined().uppercased()
    }
}

/// How a raw name string is ordered in its source.
public enum NameOrder: Sendable {
    /// "Fleur Riley"
    case givenFirst
    /// "Riley Fleur", "Riley, Fleur", "Riley F"
    case familyFirst
    /// A comma means family-first; otherwise given-first.
    case auto
}
