import BibModel

/// The work-type label a repository or publisher prints once over an item's title ("Conference paper",
/// "Article in journal", "Doctoral thesis", "Book chapter"): the page says what kind of scholarly work it shows,
/// which is evidence of one work as a DOI or a venue is. A label printed more than once on the page heads items
/// of a list and says nothing about one work.
enum WorkTypeLabels {
    /// Labels, lower-cased, and the type each states. Bare words that also head news items, menus or sections
    /// ("article", "review", "research") are left out.
    static let types: [String: WorkType] = [
        "journal article": .journalArticle, "article in journal": .journalArticle, "research article": .journalArticle,
        "original article": .journalArticle, "original research article": .journalArticle,
        "journal contribution": .journalArticle, "contribution to journal": .journalArticle,
        "article (journal)": .journalArticle, "peer-reviewed article": .journalArticle,
        "conference paper": .conferencePaper, "conference contribution": .conferencePaper,
        "conference object": .conferencePaper, "conference proceedings paper": .conferencePaper,
        "proceedings paper": .conferencePaper, "paper in conference proceedings": .conferencePaper,
        "contribution to conference": .conferencePaper, "conference article": .conferencePaper,
        "book chapter": .bookChapter, "chapter in book": .bookChapter, "part of book": .bookChapter,
        "book section": .bookChapter, "chapter": .bookChapter,
        "doctoral thesis": .thesis, "phd thesis": .thesis, "master's thesis": .thesis, "master thesis": .thesis,
        "bachelor thesis": .thesis, "dissertation": .thesis, "doctoral dissertation": .thesis, "thesis": .thesis,
        "tese": .thesis, "dissertação": .thesis, "tesis doctoral": .thesis, "thèse": .thesis, "dissertation (phd)": .thesis,
        "working paper": .report, "technical report": .report, "discussion paper": .report,
        "preprint": .preprint,
    ]

    /// Access badges a repository prints after the type on the same line ("Conference paper Open").
    static let badges = ["", " open", " open access", " restricted", " embargoed", " closed access"]

    /// The type a line states when it is a work-type label, possibly followed by an access badge.
    static func type(of line: String) -> WorkType? {
        guard line.utf8.count <= 48 else { return nil }
        let lower = line.lowercased().trimmingCharacters(" :")
        for badge in badges where lower.hasSuffix(badge) {
            if let t = types[String(lower.dropLast(badge.count)).trimmingCharacters(" :")] { return t }
        }
        return nil
    }

    /// How many non-empty lines above a title may hold its type label.
    static let linesAbove = 3

    /// The type stated by a label among the few non-empty lines right above `title`, when that label is printed
    /// nowhere else on the page.
    static func stated(above title: Int, in lines: [String]) -> WorkType? {
        var i = title - 1, seen = 0
        while i >= 0, seen < linesAbove {
            defer { i -= 1 }
            let line = lines[i]
            guard !line.isEmpty else { continue }
            seen += 1
            guard let t = type(of: line) else { continue }
            let trimmed = line.trimmingCharacters(" ")
            let printed = lines.lazy.filter { $0.utf8.count == line.utf8.count && $0.trimmingCharacters(" ") == trimmed }.count
            return printed == 1 ? t : nil
        }
        return nil
    }
}
