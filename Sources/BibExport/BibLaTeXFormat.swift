/// biblatex (read by biber): UTF-8 text, `date`, `journaltitle`, `eid`, `eprint`/`eprinttype`.
///
/// Each rule lists the fields biber's data model requires for the type (from biber's default data
/// model: e.g. `@article` needs author, title, journaltitle and a date; `@online` needs title and one of
/// url/doi/eprint). A work that lacks them falls back to `@misc`, which takes any work: no work is ever left out
/// (a dateless `@online`/`@misc` prints "n.d." in author-year styles). The language is `langid` (a Babel name),
/// so biblatex hyphenates the title and leaves a non-English title's case alone. A preprint is `@online` with its
/// server as `organization` and arXiv ids as `eprint` + `eprinttype = {arXiv}`. The keys of works fused into
/// an entry's work are its `ids`, so `\cite{oldkey}` still finds it.
extension BibFormat {
    static let biblatex = BibFormat(
        encoding: .utf8,
        rules: [
            .journalArticle: BibEntryRule(type: "article", requires: [[.author], [.title], [.container], [.date]], fields: [
                .container: "journaltitle", .issue: "number", .articleNumber: "eid", .volume: "volume",
                .pages: "pages", .issn: "issn",
            ]),
            .preprint: BibEntryRule(type: "online", requires: [[.title], [.url, .doi, .eprint]],
                                    fields: [.host: "organization"]),
            .conferencePaper: BibEntryRule(type: "inproceedings", requires: [[.author], [.title], [.container], [.date]],
                                           fields: [
                .container: "booktitle", .publisher: "publisher", .volume: "volume", .issue: "number",
                .articleNumber: "eid", .pages: "pages",
            ]),
            .bookChapter: BibEntryRule(type: "inbook", requires: [[.author], [.title], [.container], [.date]], fields: [
                .container: "booktitle", .publisher: "publisher", .volume: "volume", .pages: "pages",
            ]),
            .book: BibEntryRule(type: "book", requires: [[.author], [.title], [.date]],
                                fields: [.publisher: "publisher", .volume: "volume"]),
            .thesis: BibEntryRule(type: "thesis", requires: [[.author], [.title], [.publisher], [.date]],
                                  fields: [.publisher: "institution", .pages: "pages"], fixed: [("type", "Thesis")]),
            .report: BibEntryRule(type: "report", requires: [[.author], [.title], [.publisher], [.date]], fields: [
                .publisher: "institution", .articleNumber: "number", .pages: "pages",
            ], fixed: [("type", "Report")]),
            .dataset: BibEntryRule(type: "dataset", requires: [[.title]], fields: [
                .publisher: "publisher", .articleNumber: "number",
            ]),
            .webpage: BibEntryRule(type: "online", requires: [[.title], [.url, .doi, .eprint]],
                                   fields: [.host: "organization"]),
        ],
        fallback: BibEntryRule(type: "misc", requires: [], fields: [.host: "howpublished"]),
        common: [
            .author: "author", .title: "title", .containerShort: "shortjournal", .date: "date", .doi: "doi",
            .url: "url", .eprint: "eprint", .eprinttype: "eprinttype", .abstract: "abstract",
            .keywords: "keywords", .language: "langid",
        ],
        order: [
            .author, .title, .container, .host, .containerShort, .publisher, .date, .volume, .issue,
            .articleNumber, .pages, .issn, .doi, .eprint, .eprinttype, .url, .language, .keywords, .abstract,
        ],
        pubmedAsEprint: true,
        aliasField: "ids"
    )
}
