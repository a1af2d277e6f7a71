/// A visible-structure rule: what an XPath selects on the (boilerplate-stripped) page states `slot`.
public struct VisibleRule: Sendable {
    public var xpath: String
    public var slot: Slot
    /// Read this attribute instead of the element text.
    public var attribute: String?
    /// Every match is a value (author lists); otherwise only the first non-empty one.
    public var all: Bool
    public var weak: Bool
    /// Text removed from the start of the value ("Abstract", "Title:").
    public var dropPrefixes: [String]

    public init(_ xpath: String, _ slot: Slot, attribute: String? = nil, all: Bool = false, weak: Bool = false,
                dropPrefixes: [String] = []) {
        self.xpath = xpath; self.slot = slot; self.attribute = attribute; self.all = all; self.weak = weak
        self.dropPrefixes = dropPrefixes
    }
}

/// A text heuristic: a regular expression over the visible text whose capture groups state slots in order.
public struct TextRule: Sendable {
    public var pattern: String
    public var slots: [Slot]
    public var weak: Bool

    public init(_ pattern: String, _ slots: [Slot], weak: Bool = false) {
        self.pattern = pattern; self.slots = slots; self.weak = weak
    }
}

/// The generic visible-structure rules and text heuristics every HTML page gets.
public enum GenericRules {
    static let abstractHeading = "normalize-space(translate(., 'ABSTRCUMY', 'abstrcumy'))"

    public static let visible: [VisibleRule] = [
        VisibleRule("//h1[not(contains(@class, 'logo'))]", .title),
        VisibleRule("//title", .title, weak: true),
        VisibleRule("//*[@id='abstract' or @id='Abstract' or @id='abstracts' or @id='abs']", .abstract,
                    dropPrefixes: ["abstract", "summary"]),
        VisibleRule("//*[contains(concat(' ', normalize-space(@class), ' '), ' abstract ') or @class='Abstract'"
                    + " or contains(@class, 'abstract-content') or contains(@class, 'abstractSection')"
                    + " or contains(@class, 'article-abstract') or contains(@class, 'abstract-text')]", .abstract,
                    dropPrefixes: ["abstract", "summary"]),
        VisibleRule("//*[self::h2 or self::h3 or self::h4 or self::strong or self::b][\(abstractHeading)='abstract'"
                    + " or \(abstractHeading)='summary']/following-sibling::*[1]", .abstract),
        VisibleRule("//a[contains(@href, 'doi.org/10.')]", .doi, attribute: "href", weak: true),
    ]

    public static let text: [TextRule] = [
        TextRule(#"(?i)\bdoi:?\s*(10\.\d{4,9}/[^\s"<>]+)"#, [.doi], weak: true),
        TextRule(#"(?i)\bVolume\s+(\d+),\s*(?:Number|Issue|No\.?)\s*([0-9]+(?:/[0-9]+)?)"#, [.volume, .issue]),
        TextRule(#"\bVol\.?\s*(\d+)\s*:\s*(\d+\s*[-–]\s*\d+)"#, [.volume, .pages]),
        TextRule(#"\b(?:19|20)\d\d\s*;\s*(\d+)\s*:\s*(e\d+)\b"#, [.volume, .articleNumber]),
    ]
}
