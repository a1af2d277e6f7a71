/// Fields printed under a small heading that names them, as institutional repositories' item pages print them
/// (DSpace: `<h5>Author</h5><div>Hattenhauer, Irineu</div>`, `<h5>Date</h5>2016`, `<h5>Abstract</h5><div>…`):
/// each element after an author heading is one name; a date heading's value is the text beside it; an abstract
/// heading's value is the element after it. The heading is compared whole, so running text never matches.
enum HeadedFields {
    /// The heading words of each field (English, Portuguese, Spanish).
    static let authorHeadings = ["Author", "Authors", "Autor", "Autores", "Autor(es)"]
    static let dateHeadings = ["Date", "Issue Date", "Date Issued", "Date of publication", "Publication date"]
    static let abstractHeadings = ["Abstract", "Resumo", "Resumen"]

    /// Small headings (h4 to h6) whose whole text is one of `words`.
    static func headings(_ words: [String]) -> String {
        "//*[self::h4 or self::h5 or self::h6][" + words.map { "normalize-space(.)='\($0)'" }.joined(separator: " or ") + "]"
    }

    static let rules: [VisibleRule] = [
        VisibleRule(headings(authorHeadings) + "/following-sibling::*[normalize-space(.) != '']", .author, all: true),
        VisibleRule(headings(dateHeadings) + "/..", .date, dropPrefixes: dateHeadings.sorted { $0.count > $1.count }),
        VisibleRule(headings(abstractHeadings) + "/following-sibling::*[1]", .abstract),
    ]
}
