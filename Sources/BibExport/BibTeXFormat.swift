/// Classic BibTeX: the entry types of the standard styles, ASCII text with TeX escapes.
///
/// A preprint is never an `@article`: it is `@misc` with its server in `howpublished` and
/// `note = {Preprint}`. Types BibTeX cannot state without guessing (a thesis of unknown degree, a
/// dataset) are `@misc` with a note saying what the source said. An entry whose container is unknown
/// falls back to `@misc` rather than an `@article` with no journal. An article number is written as `pages` (the
/// standard styles ignore `eid`); the language is not written (the standard styles would print it).
extension BibFormat {
    static let bibtex = BibFormat(
        encoding: .ascii,
        rules: [
            .journalArticle: BibEntryRule(type: "article", requires: [[.container]], fields: [
                .container: "journal", .containerShort: "shortjournal", .issue: "number",
                .volume: "volume", .pages: "pages", .issn: "issn", .publisher: "publisher",
            ]),
            .preprint: BibEntryRule(type: "misc", requires: [], fields: [.host: "howpublished", .pages: "pages"],
                                    fixed: [("note", "Preprint")]),
            .conferencePaper: BibEntryRule(type: "inproceedings", requires: [[.container]], fields: [
                .container: "booktitle", .publisher: "publisher", .volume: "volume", .issue: "number", .pages: "pages",
            ]),
            .bookChapter: BibEntryRule(type: "incollection", requires: [[.container]], fields: [
                .container: "booktitle", .publisher: "publisher", .volume: "volume", .pages: "pages",
            ]),
            .book: BibEntryRule(type: "book", requires: [], fields: [.publisher: "publisher", .volume: "volume"]),
            .thesis: BibEntryRule(type: "misc", requires: [], fields: [.publisher: "publisher"],
                                  fixed: [("note", "Thesis")]),
            .report: BibEntryRule(type: "techreport", requires: [[.publisher]], fields: [
                .publisher: "institution", .articleNumber: "number", .pages: "pages",
            ]),
            .dataset: BibEntryRule(type: "misc", requires: [], fields: [.host: "howpublished"],
                                   fixed: [("note", "Dataset")]),
            .webpage: BibEntryRule(type: "misc", requires: [], fields: [.host: "howpublished"]),
        ],
        fallback: BibEntryRule(type: "misc", requires: [], fields: [
            .host: "howpublished", .volume: "volume", .issue: "number", .pages: "pages",
        ]),
        common: [
            .author: "author", .title: "title", .year: "year", .month: "month", .doi: "doi", .url: "url",
            .eprint: "eprint", .eprinttype: "archiveprefix", .pmid: "pmid", .pmcid: "pmcid",
            .abstract: "abstract", .keywords: "keywords",
        ],
        order: [
            .author, .title, .container, .host, .containerShort, .publisher, .year, .month, .volume, .issue,
            .articleNumber, .pages, .issn, .doi, .eprint, .eprinttype, .pmid, .pmcid, .url,
            .keywords, .abstract,
        ],
        pubmedAsEprint: false,
        articleNumberAsPages: true
    )
}
