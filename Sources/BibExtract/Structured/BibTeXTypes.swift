import BibModel

/// BibTeX and biblatex entry types and the kind of work each names (data, not branches).
enum BibTeXTypes {
    /// Entry type (lower case) → work type. Types not listed are read as `.other`.
    static let workTypes: [String: WorkType] = [
        "article": .journalArticle, "periodical": .journalArticle, "suppperiodical": .journalArticle,
        "inproceedings": .conferencePaper, "conference": .conferencePaper, "proceedings": .book,
        "incollection": .bookChapter, "inbook": .bookChapter, "bookinbook": .bookChapter, "suppbook": .bookChapter,
        "suppcollection": .bookChapter, "inreference": .bookChapter,
        "book": .book, "mvbook": .book, "collection": .book, "mvcollection": .book, "reference": .book,
        "mvreference": .book, "booklet": .book, "mvproceedings": .book,
        "phdthesis": .thesis, "mastersthesis": .thesis, "thesis": .thesis,
        "techreport": .report, "report": .report,
        "unpublished": .other, "misc": .other, "manual": .other, "patent": .other, "standard": .other,
        "online": .webpage, "electronic": .webpage, "www": .webpage,
        "dataset": .dataset, "data": .dataset, "software": .other,
        "preprint": .preprint,
    ]

    /// Entry commands that are not records.
    static let commands: Set<String> = ["comment", "preamble", "string"]

    /// Entry types whose container is given as `booktitle` (a chapter or paper inside a book).
    static let bookParts: Set<String> = ["inproceedings", "conference", "incollection", "inbook", "bookinbook",
                                         "suppbook", "suppcollection", "inreference"]

    /// Whether `type` is an entry type or command a BibTeX file may hold.
    static func known(_ type: String) -> Bool { workTypes[type] != nil || commands.contains(type) || type == "xdata" || type == "set" }
}
