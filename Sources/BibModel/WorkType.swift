/// The kind of work a source describes. Raw values are bibd's own names; exporters map them per format.
public enum WorkType: String, Codable, Sendable, CaseIterable {
    case journalArticle = "journal-article"
    case preprint
    case conferencePaper = "conference-paper"
    case bookChapter = "book-chapter"
    case book
    case thesis
    case report
    case dataset
    case webpage
    /// A scholarly item whose kind the source does not state.
    case other
}
