import BibModel

/// The fields a page shows for a work, in order, each with its label and how to read it from a record: one
/// table for the work page and the review page.
struct FieldRow: Sendable {
    var label: String
    var field: Field
    var value: @Sendable (Record) -> String?

    static let all: [FieldRow] = [
        FieldRow(label: "type", field: .type) { $0.type?.rawValue },
        FieldRow(label: "title", field: .title) { $0.title },
        FieldRow(label: "authors", field: .author) { r in
            let names = r.authors.map { [$0.fullFamily ?? $0.literal ?? "", $0.given ?? ""].filter { !$0.isEmpty }.joined(separator: ", ") }
            return names.isEmpty ? nil : names.joined(separator: "; ") + (r.authorsTruncated ? "; et al." : "")
        },
        FieldRow(label: "journal", field: .containerTitle) { $0.containerTitle },
        FieldRow(label: "journal abbr.", field: .containerTitleShort) { $0.containerTitleShort },
        FieldRow(label: "publisher", field: .publisher) { $0.publisher },
        FieldRow(label: "issued", field: .issued) { $0.issued?.description },
        FieldRow(label: "online", field: .availableOnline) { $0.availableOnline?.description },
        FieldRow(label: "volume", field: .volume) { $0.volume },
        FieldRow(label: "issue", field: .issue) { $0.issue },
        FieldRow(label: "pages", field: .page) { $0.page },
        FieldRow(label: "number", field: .number) { $0.number },
        FieldRow(label: "DOI", field: .doi) { $0.doi },
        FieldRow(label: "PMID", field: .pmid) { $0.pmid },
        FieldRow(label: "PMCID", field: .pmcid) { $0.pmcid },
        FieldRow(label: "arXiv", field: .arxiv) { $0.arxiv },
        FieldRow(label: "ISSN", field: .issn) { $0.issn.isEmpty ? nil : $0.issn.joined(separator: ", ") },
        FieldRow(label: "language", field: .language) { $0.language },
        FieldRow(label: "URL", field: .url) { $0.url },
        FieldRow(label: "keywords", field: .keyword) { $0.keywords.isEmpty ? nil : $0.keywords.joined(separator: "; ") },
        FieldRow(label: "abstract", field: .abstract) { $0.abstract },
    ]
}
