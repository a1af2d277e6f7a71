import BibParse

/// What a site family changes in the generic layers, Zotero-translator style: how to recognise it, which
/// meta keys lie on it, and the extra visible rules and text heuristics that fill what the layers miss.
public struct SiteProfile: Sendable {
    public var id: String
    /// Lower-case fragments of the page that identify the family (URL, generator, site name, a class name). A
    /// marker shaped like a host name or URL ("onlinelibrary.wiley.com", "jstor.org/stable") counts only in the
    /// document head (canonical link, meta tags): the body links to other sites' articles. Other markers count
    /// in the page's first 16 KB.
    public var markers: [String]
    /// Meta keys whose values are wrong on this family (e.g. a bogus `citation_journal_abbrev`).
    public var ignoredMetaKeys: Set<String>
    /// Extra meta rules (added after the generic ones, in their layer).
    public var metaRules: [MetaRule]
    /// Extra visible-structure rules (run before the generic ones).
    public var visibleRules: [VisibleRule]
    /// Extra text heuristics (run before the generic ones).
    public var textRules: [TextRule]
    /// Slots whose visible value should beat embedded metadata on this family (a layer re-ranked to the top).
    public var visibleWins: Set<Slot>
    /// The work type pages of this family describe, when they do not say.
    public var defaultType: String?

    public init(id: String, markers: [String], ignoredMetaKeys: Set<String> = [], metaRules: [MetaRule] = [],
                visibleRules: [VisibleRule] = [], textRules: [TextRule] = [], visibleWins: Set<Slot> = [],
                defaultType: String? = nil) {
        self.id = id; self.markers = markers; self.ignoredMetaKeys = ignoredMetaKeys; self.metaRules = metaRules
        self.visibleRules = visibleRules; self.textRules = textRules; self.visibleWins = visibleWins
        self.defaultType = defaultType
    }

    /// The profile of pages no site family claims.
    public static let generic = SiteProfile(id: "embedded-metadata", markers: [])

    /// Whether the page carries one of the markers where that marker counts.
    public func matches(_ page: Page) -> Bool {
        markers.contains { page.contains(marker: $0, in: SiteProfile.isHostLike($0) ? .documentHead : .top) }
    }

    /// A host name or URL fragment: a dot, and only letters, digits and `.-/_`.
    static func isHostLike(_ marker: String) -> Bool {
        marker.contains(".") && marker.utf8.allSatisfy { b in
            (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || b == 0x2E || b == 0x2D || b == 0x2F || b == 0x5F
        }
    }
}
