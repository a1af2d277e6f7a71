import BibModel

/// What RIS tags mean across exporters (Scopus, Web of Science, EBSCO, Ovid, EndNote, Zotero, Crossref,
/// AGRIS): for each field, the tags that may carry it, best first. Data, read by `RISReader`.
enum RISTags {
    /// Record type (TY value) → work type; types not listed are `.other`.
    static let workTypes: [String: WorkType] = [
        "JOUR": .journalArticle, "JFULL": .journalArticle, "EJOUR": .journalArticle, "MGZN": .journalArticle,
        "NEWS": .journalArticle, "ABST": .journalArticle, "INPR": .journalArticle, "SER": .journalArticle,
        "CONF": .conferencePaper, "CPAPER": .conferencePaper,
        "CHAP": .bookChapter, "ECHAP": .bookChapter,
        "BOOK": .book, "EBOOK": .book, "EDBOOK": .book, "CLSWK": .book,
        "THES": .thesis, "RPRT": .report, "GOVDOC": .report,
        "DATA": .dataset, "DBASE": .dataset, "AGGR": .dataset,
        "ELEC": .webpage, "WEB": .webpage, "BLOG": .webpage,
    ]

    /// Title tags. CT is the title in old (RIS 1.0) files.
    static let title = ["TI", "T1", "CT"]
    /// Author tags (in file order across both); A2/A3/ED are editors and series editors.
    static let authors: Set<String> = ["AU", "A1"]
    /// Container: the full journal title first (JF), then the secondary title Scopus and Zotero use for the
    /// journal (T2; also the book of a chapter), then abbreviations. BT is a book title (chapters).
    static let container = ["JF", "T2", "JO", "BT", "JA", "J2", "J1", "T3"]
    static let containerShort = ["JA", "J2", "J1", "JO"]
    /// Year: the publication year first, then the dates.
    static let date = ["PY", "Y1", "DA", "Y2"]
    /// DOI: DO, EBSCO's L3, Web of Science's DI; a DOI URL in UR last.
    static let doi = ["DO", "L3", "DI", "M3", "UR"]
    /// Abstract: the first AB (EBSCO repeats AB for a translation and a copyright line), else N2 (Ovid).
    static let abstract = ["AB", "N2"]
    static let volume = ["VL"]
    static let issue = ["IS", "CP", "M1"]
    /// Article number when the record has no page span (Scopus C7; AR in some exports).
    static let articleNumber = ["C7", "AR"]
    static let keywords: Set<String> = ["KW", "DE"]
    static let issn = ["SN"]
    static let publisher = ["PB", "PU"]
    static let language = ["LA"]
    static let url = ["UR", "L2"]
    /// PubMed id (written by PubMed-derived exports).
    static let pmid = ["PM"]
}
