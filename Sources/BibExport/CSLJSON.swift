import BibModel

/// CSL-JSON items (the citeproc input format) from bibd records.
///
/// The output validates against the CSL-JSON 1.0 schema: only schema variables at the top level, dates as
/// `{"date-parts": [[y, m, d]]}`, anything else under `custom`. The mapping is the two tables below.
///
/// Zotero reads it through the CSL mapping of its item schema (zotero/zotero-schema, `schema.json`, the `csl`
/// section: `"citation-key": ["citationKey"]`, `"page": ["pages"]`, `"container-title-short"` and
/// `"journalAbbreviation"` → `journalAbbreviation`, CSL type `article` ↔ Zotero `preprint`). So the key is
/// `citation-key` (CSL 1.0.2), an article number with no page range goes into `page` (where Zotero, citeproc
/// and pandoc look; `number` is also kept), and a preprint is `article`. Titles are written as the source
/// printed them and `language` carries the BCP 47 tag, so processors title-case English titles only.
public enum CSLJSON {
    /// bibd's work type → CSL type. A preprint is a CSL `article`, never `article-journal`.
    static let types: [WorkType: String] = [
        .journalArticle: "article-journal",
        .preprint: "article",
        .conferencePaper: "paper-conference",
        .bookChapter: "chapter",
        .book: "book",
        .thesis: "thesis",
        .report: "report",
        .dataset: "dataset",
        .webpage: "webpage",
        .other: "document",
    ]

    /// CSL variable → the record value it carries. Every variable bibd writes is listed here.
    static let variables: [(name: String, value: @Sendable (Record) -> JSONValue?)] = [
        ("title", { .text($0.title) }),
        ("author", { $0.authors.isEmpty ? nil : .array($0.authors.map(name)) }),
        ("container-title", { .text($0.containerTitle) }),
        ("container-title-short", { .text($0.containerTitleShort) }),
        ("journalAbbreviation", { .text($0.containerTitleShort) }),
        ("publisher", { .text($0.publisher) }),
        ("issued", { $0.issued.map(date) }),
        ("available-date", { $0.availableOnline.map(date) }),
        ("volume", { .text($0.volume) }),
        ("issue", { .text($0.issue) }),
        ("page", { .text($0.page.map(pageRange) ?? $0.number) }),
        ("number", { .text($0.number) }),
        ("DOI", { .text($0.doi) }),
        ("PMID", { .text($0.pmid) }),
        ("PMCID", { .text($0.pmcid) }),
        ("ISSN", { $0.issn.isEmpty ? nil : .string($0.issn.joined(separator: ", ")) }),
        ("abstract", { .text($0.abstract) }),
        ("keyword", { $0.keywords.isEmpty ? nil : .string($0.keywords.joined(separator: ", ")) }),
        ("language", { .text($0.language) }),
        ("URL", { .text($0.url) }),
    ]

    /// Values with no CSL variable, kept under `custom` so no data is lost.
    static let customValues: [(name: String, value: @Sendable (Record) -> JSONValue?)] = [
        ("arxiv", { .text($0.arxiv) }),
        ("authors-truncated", { $0.authorsTruncated ? .bool(true) : nil }),
    ]

    /// The CSL item for one record, with `id` as its identifier (bibd uses the citekey).
    ///
    /// The record is sanitized first (see `RecordSanitizer`); an unknown type is written as `document`.
    public static func item(for record: Record, id: String) -> JSONValue {
        item(forSanitized: RecordSanitizer.sanitize(record).record, id: id)
    }

    /// Several items as one deterministic JSON array text (sorted keys, two-space indent, final newline).
    public static func serialize(_ items: [JSONValue]) -> String {
        JSONValue.array(items).serialized() + "\n"
    }

    static func item(forSanitized record: Record, id: String) -> JSONValue {
        var members: [String: JSONValue] = ["id": .string(id), "citation-key": .string(id),
                                            "type": .string(types[record.type ?? .other] ?? "document")]
        for variable in variables {
            if let value = variable.value(record) { members[variable.name] = value }
        }
        var custom: [String: JSONValue] = [:]
        for extra in customValues {
            if let value = extra.value(record) { custom[extra.name] = value }
        }
        if !custom.isEmpty { members["custom"] = .object(custom) }
        return .object(members)
    }

    /// A CSL name: `{family, given, suffix}` or `{literal}` for organisations.
    ///
    /// A particle ("van", "de la") is written inside `family` ("van Loo"), as people and most CSL-JSON
    /// producers write it: CSL processors split it off themselves, and readers that do not (scorers,
    /// spreadsheets) still see the whole family name.
    static func name(_ p: Person) -> JSONValue {
        if let literal = p.literal { return .object(["literal": .string(literal)]) }
        guard let family = p.fullFamily else { return .object(["literal": .string(p.given ?? "")]) }
        var out: [String: JSONValue] = ["family": .string(family)]
        if let given = p.given { out["given"] = .string(given) }
        if let suffix = p.suffix { out["suffix"] = .string(suffix) }
        return .object(out)
    }

    static func date(_ d: PartialDate) -> JSONValue {
        .object(["date-parts": .array([.array(d.parts.map(JSONValue.int))])])
    }

    /// "615–621" and "615 - 621" → "615-621" (CSL's range form); other text unchanged.
    static func pageRange(_ page: String) -> String {
        guard let range = PageRange.parse(page) else { return page }
        return range.last.map { range.first + "-" + $0 } ?? range.first
    }
}
