import BibModel
/// How a visible rule reads the nodes its XPath selects.
public enum Reading: Sendable {
    /// The block-aware text of the element.
    case text
    /// The value of one attribute.
    case attribute(String)
    /// A name from two descendants whose class holds `family` and `given` ("surname", "given-name").
    case nameSpans(family: String, given: String)
    /// A byline: one name per line or comma, "and"/"&" as separators; lines holding an e-mail are skipped
    /// and text after a name's first comma on a line (an affiliation) is dropped when `affiliations` is set.
    case byline(affiliations: Bool)
    /// A regular expression over the element text; its capture groups state `slots` in order.
    case pattern(String, [Slot])
}

/// A visible-structure rule: what an XPath selects on the (boilerplate-stripped) page states `slot`.
public struct VisibleRule: Sendable {
    public var xpath: String
    public var slot: Slot
    public var reading: Reading
    /// Every match is a value (author lists); otherwise only the first non-empty one.
    public var all: Bool
    public var weak: Bool
    /// Text removed from the start of the value ("Abstract", "Title:").
    public var dropPrefixes: [String]

    public init(_ xpath: String, _ slot: Slot, reading: Reading = .text, all: Bool = false, weak: Bool = false,
                dropPrefixes: [String] = []) {
        self.xpath = xpath; self.slot = slot; self.reading = reading; self.all = all; self.weak = weak
        self.dropPrefixes = dropPrefixes
    }

    /// A rule reading an attribute.
    public static func attribute(_ xpath: String, _ name: String, _ slot: Slot, weak: Bool = false) -> VisibleRule {
        VisibleRule(xpath, slot, reading: .attribute(name), weak: weak)
    }

    /// A rule applying a regular expression to the element text.
    public static func pattern(_ xpath: String, _ regex: String, _ slots: [Slot]) -> VisibleRule {
        VisibleRule(xpath, slots.first ?? .title, reading: .pattern(regex, slots))
    }
}

/// A text heuristic: a regular expression over the visible text whose capture groups state slots in order.
public struct TextRule: Sendable {
    public let pattern: String
    public var slots: [Slot]
    public var weak: Bool
    /// The literal every match starts with, when the pattern shows one: the rule is tried only where it stands.
    let anchor: PatternAnchor?

    public init(_ pattern: String, _ slots: [Slot], weak: Bool = false) {
        self.pattern = pattern; self.slots = slots; self.weak = weak
        anchor = PatternAnchor(pattern: pattern)
    }
}

/// The generic visible-structure rules and text heuristics every HTML page gets.
public enum GenericRules {
    static let abstractHeading = "normalize-space(translate(., 'ABCDEFGHIJKLMNOPQRSTUVWXYZÉÖÄАР', 'abcdefghijklmnopqrstuvwxyzéöäар'))"
    /// Abstract headings (folded), tab-separated (`AbstractHeadings`).
    static let abstractWords = "\t" + AbstractHeadings.words.joined(separator: "\t") + "\t"
    /// Headings an abstract section prints before its text, dropped from the value (the words of `abstractWords`).
    static let abstractHeadings = AbstractHeadings.words

    /// Abstract containers that are not highlights, graphical abstracts or whole-article wrappers.
    static let notWrapper = "[not(.//h1) and not(contains(@class, 'highlight')) and not(contains(@class, 'graphical'))]"

    public static let visible: [VisibleRule] = [
        VisibleRule("//h1[not(contains(@class, 'logo'))]", .title),
        VisibleRule("//title", .title, weak: true),
        VisibleRule("//*[contains(concat(' ', normalize-space(@class), ' '), ' abstract ') or @class='Abstract'"
                    + " or contains(@class, 'abstract-content') or contains(@class, 'abstractSection')"
                    + " or contains(@class, 'article-abstract') or contains(@class, 'abstract-text')]" + notWrapper,
                    .abstract, dropPrefixes: abstractHeadings),
        // The heading's folded text is looked up in a tab-separated list (folded text never holds a tab), so
        // libxml2 folds each candidate heading once.
        VisibleRule("//*[self::h2 or self::h3 or self::h4 or self::strong or self::b]"
                    + "[contains('\(abstractWords)', concat('\t', \(abstractHeading), '\t'))]/following-sibling::*[1]",
                    .abstract),
        // A heading printed as a titled block: `<div class="section-title">Abstract</div>` (J-STAGE and others).
        VisibleRule("//div[contains(@class, 'title')][contains('\(abstractWords)', concat('\t', \(abstractHeading), '\t'))]"
                    + "/following-sibling::*[1]", .abstract),
        // Older pages: a paragraph holding only a bold "Abstract"/"RESUMO", the text in the next paragraph.
        VisibleRule("//*[self::b or self::strong][contains('\(abstractWords)', concat('\t', \(abstractHeading), '\t'))]"
                    + "/ancestor::p[1][count(.//text()[normalize-space()]) = 1]/following-sibling::p[1]", .abstract),
        VisibleRule("//*[self::p or self::div][img[translate(@alt, 'ABSTRCUMY', 'abstrcumy')='abstract']]", .abstract),
        VisibleRule("//*[@id='abstract' or @id='Abstract' or @id='abstracts' or @id='abs']" + notWrapper, .abstract,
                    dropPrefixes: abstractHeadings),
        VisibleRule("//*[span[contains(@class, 'given-name')] and span[contains(@class, 'surname')]]", .author,
                    reading: .nameSpans(family: "surname", given: "given-name"), all: true),
        .attribute(doiLinkXPath, "href", .doi, weak: true),
        VisibleRule("//*[@class='authors' or @class='byline']", .author, reading: .byline(affiliations: false)),
    ]

    /// Links to a DOI resolver (also through a library proxy such as doi.org.ezproxy…).
    static let doiLinkXPath = "//a[contains(@href, 'doi.org')]"
    static let doiTextPattern = #"(?i)\bdoi[:：]?\s*(10\.\d{4,9}/[^\s"<>]+)"#
    /// A resolver URL printed as text ("https://doi.org/10.1525/…").
    static let doiURLTextPattern = #"(?i)\bhttps?://(?:dx\.)?doi\.org/(10\.\d{4,9}/[^\s"<>]+)"#

    /// The rules whose DOIs must stand near the top of the page to count (see EmbeddedMetadataExtractor).
    static let bodyDOIRules: Set<String> = ["visible:" + doiLinkXPath, "text:" + doiTextPattern, "text:" + doiURLTextPattern]

    public static let text: [TextRule] = [
        TextRule(doiTextPattern, [.doi], weak: true),
        TextRule(doiURLTextPattern, [.doi], weak: true),
        // A printed citation line: "Vol. 26, No. 2 (May, 1999), pp. 311-329".
        TextRule(#"\bVol\.\s*(\d+),\s*No\.\s*(\d+(?:/\d+)?)\s*\((?:[A-Z][a-z]+\.?,?\s*)?((?:1[6-9]|20)\d\d)\),\s*pp\.\s*(\d+\s*[-–]\s*\d+)"#,
                 [.volume, .issue, .date, .pages]),
        TextRule(#"(?i)\bVolume\s+(\d+),\s*(?:Number|Issue|No\.?)\s*([0-9]+(?:/[0-9]+)?)"#, [.volume, .issue]),
        TextRule(#"\bVol\.?\s*(\d+)\s*:\s*(\d+\s*[-–]\s*\d+)"#, [.volume, .pages]),
        TextRule(#"\b(?:19|20)\d\d\s*;\s*(\d+)\s*:\s*(e\d+)\b"#, [.volume, .articleNumber]),
    ] + CitationLines.text
}
