import BibModel

/// Web of Science plain-text vocabularies: publication type (PT) and document type (DT) → work type.
enum WoSTags {
    /// PT: J journal, B book, S book in series, P patent, C conference.
    static let publicationTypes: [String: WorkType] = [
        "J": .journalArticle, "B": .book, "S": .book, "P": .other, "C": .conferencePaper,
    ]
    /// DT (first of a `;`-list, lower case) → work type; it refines PT when listed.
    static let documentTypes: [String: WorkType] = [
        "article": .journalArticle, "review": .journalArticle, "letter": .journalArticle, "editorial material": .journalArticle,
        "note": .journalArticle, "proceedings paper": .conferencePaper, "meeting abstract": .conferencePaper,
        "book chapter": .bookChapter, "book": .book, "data paper": .journalArticle, "data set": .dataset,
        "thesis": .thesis, "dissertation": .thesis,
    ]
    /// Tags whose continuation lines are separate items (one name or reference a line).
    static let listTags: Set<String> = ["AU", "AF", "CR", "BA", "BF", "ED", "C1"]
    /// File header and trailer tags, not part of any record.
    static let fileTags: Set<String> = ["FN", "VR", "EF"]
}
