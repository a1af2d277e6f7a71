import BibModel

/// What a column of a database's CSV export means (Scopus, IEEE Xplore, SpringerLink, Lens), recognised by
/// its header name. One table for all exporters: header names (lower case) per meaning, best first.
enum CSVColumn: String, CaseIterable, Sendable {
    case title, fullNames, authors, container, containerShort, year, date, volume, issue, pageStart, pageEnd,
         articleNumber, doi, abstract, keywords, issn, pmid, pmcid, publisher, language, type, url

    /// Header names that carry this meaning.
    var headers: [String] {
        switch self {
        case .title: return ["title", "document title", "item title", "article title"]
        case .fullNames: return ["author full names"]
        case .authors: return ["authors", "author/s", "author names", "author"]
        case .container: return ["source title", "publication title", "journal", "journal title", "publication name"]
        case .containerShort: return ["abbreviated source title"]
        case .year: return ["year", "publication year"]
        case .date: return ["date published", "publication date"]
        case .volume: return ["volume", "journal volume"]
        case .issue: return ["issue", "journal issue", "issue number"]
        case .pageStart: return ["page start", "start page"]
        case .pageEnd: return ["page end", "end page"]
        case .articleNumber: return ["art. no.", "article number"]
        case .doi: return ["doi", "item doi"]
        case .abstract: return ["abstract"]
        case .keywords: return ["author keywords", "keywords"]
        case .issn: return ["issn", "issns"]
        case .pmid: return ["pubmed id", "pmid"]
        case .pmcid: return ["pmcid"]
        case .publisher: return ["publisher"]
        case .language: return ["language of original document", "language"]
        case .type: return ["document type", "publication type", "content type"]
        case .url: return ["link", "url", "external url"]
        }
    }

    /// Header name (lower case) → meaning.
    static let byHeader: [String: CSVColumn] = {
        var out: [String: CSVColumn] = [:]
        for c in allCases { for h in c.headers where out[h] == nil { out[h] = c } }
        return out
    }()

    /// Document/content/publication type (lower case) → work type.
    static let workTypes: [String: WorkType] = [
        "article": .journalArticle, "journal article": .journalArticle, "review": .journalArticle,
        "letter": .journalArticle, "editorial": .journalArticle, "note": .journalArticle, "short survey": .journalArticle,
        "erratum": .journalArticle, "article in press": .journalArticle, "journals": .journalArticle,
        "conference paper": .conferencePaper, "conference proceedings": .conferencePaper, "conferencepaper": .conferencePaper,
        "conference review": .conferencePaper, "conferences": .conferencePaper,
        "book chapter": .bookChapter, "chapter": .bookChapter, "book": .book, "books": .book,
        "dissertation": .thesis, "thesis": .thesis, "report": .report, "dataset": .dataset, "preprint": .preprint,
    ]
}
