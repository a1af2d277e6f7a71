import BibModel
import BibParse

/// Reads a pubmed.ncbi.nlm.nih.gov article page saved as plain text.
///
/// The page reads, top to bottom: the .gov banner, publication types, the citation line
/// (". 2023 May 12;20(1):66."), "doi: … Epub …", the title, the authors (full list with affiliation
/// numbers, or the short byline "Fleur Riley et al. Harm Reduct J. ."), numbered affiliations, the
/// identifiers (PMID, PMCID), "Abstract" with its sections, "Keywords: …", and then furniture (disclaimer,
/// conflict of interest, similar articles, cited by, references) that never belongs to the record.
/// Example page: https://pubmed.ncbi.nlm.nih.gov/37173741/
public struct PubMedTextExtractor: Extractor {
    public let id = "pubmed-text"

    public init() {}

    /// Content markers and how much each says the dump is a PubMed page.
    static let markers: [(text: String, weight: Int)] = [
        ("PubMed Disclaimer", 45), ("PMID:", 30), ("NCBI Homepage", 25), ("MyNCBI", 15),
        ("Skip to main page content", 10), ("Similar articles", 10), ("Free PMC article", 10),
    ]

    /// Lines that open the furniture after the record: everything from the first one on is ignored.
    static let stops = [
        "PubMed Disclaimer", "Conflict of interest statement", "Similar articles", "Cited by", "References",
        "Figures", "Publication types", "MeSH terms", "Substances", "Grants and funding", "Related information",
        "LinkOut - more resources", "Supplementary info", "Associated data", "Full text sources",
    ]

    /// Header lines that are never a title or an author list.
    static let furniture: Set<String> = [
        "affiliations", "affiliation", "expand", "collapse", "free article", "free pmc article", "full text links",
        "cite", "abstract", "item in clipboard", "display options", "share", "actions", "page navigation",
        "title & authors", "add to collections", "add to my bibliography", "clipboard", "no abstract available",
        "pubmed", "search", "advanced", "user guide", "save", "email", "send to", "full text",
    ]

    /// Publication-type labels PubMed prints above the citation, and the work type they imply.
    static let publicationTypes: [String: WorkType] = [
        "preprint": .preprint, "review": .journalArticle, "meta-analysis": .journalArticle,
        "randomized controlled trial": .journalArticle, "clinical trial": .journalArticle,
        "case reports": .journalArticle, "comparative study": .journalArticle, "editorial": .journalArticle,
        "letter": .journalArticle, "systematic review": .journalArticle, "observational study": .journalArticle,
        "multicenter study": .journalArticle, "practice guideline": .journalArticle, "guideline": .journalArticle,
        "news": .journalArticle, "comment": .journalArticle, "historical article": .journalArticle,
        "validation study": .journalArticle, "evaluation study": .journalArticle, "twin study": .journalArticle,
        "english abstract": .journalArticle, "controlled clinical trial": .journalArticle,
        "pragmatic clinical trial": .journalArticle, "equivalence trial": .journalArticle,
        "retracted publication": .journalArticle, "published erratum": .journalArticle,
        "biography": .journalArticle, "interview": .journalArticle, "lecture": .journalArticle,
        "consensus development conference": .journalArticle, "video-audio media": .journalArticle,
    ]

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        var score = 0
        for m in Self.markers where page.text.containsText(m.text) { score += m.weight }
        let stop = TextLines.firstStop(in: page.lines, markers: Self.stops)
        if page.lines[..<stop].contains(where: { PubMedCitationLine($0) != nil }) { score += 30 }
        return score >= 40 ? min(score, 95) : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        let lines = page.lines
        let stop = TextLines.firstStop(in: lines, markers: Self.stops)
        guard let citeIndex = lines[..<stop].firstIndex(where: { PubMedCitationLine($0) != nil }),
              let cite = PubMedCitationLine(lines[citeIndex]) else {
            throw ExtractError.noArticle("PubMed text without a citation line")
        }
        var r = Record()
        r.type = publicationType(lines[..<citeIndex]) ?? .journalArticle
        r.note(.type, "pubmed-text:citation-line")
        apply(cite, to: &r)

        let abstractIndex = TextLines.first(in: lines, from: citeIndex) { Self.isAbstractHeading($0) } ?? stop
        let headerEnd = min(abstractIndex, stop)
        readIdentifiers(lines[citeIndex..<stop], into: &r)
        if r.doi == nil { readInlineDOI(lines[citeIndex..<headerEnd], into: &r) }

        guard let titleIndex = TextLines.first(in: lines, from: citeIndex + 1, where: isTitleCandidate),
              titleIndex < headerEnd else {
            throw ExtractError.noArticle("PubMed text without a title")
        }
        r.title = lines[titleIndex]
        r.note(.title, "pubmed-text:title-after-citation")

        PubMedAuthors.read(lines, titleIndex + 1..<headerEnd, title: lines[titleIndex], into: &r)
        if r.containerTitleShort == nil, let journal = journalBefore(citeIndex, in: lines) {
            r.containerTitleShort = journal
            r.note(.containerTitleShort, "pubmed-text:journal-before-citation")
        }
        if abstractIndex < stop { readAbstract(lines, from: abstractIndex + 1, to: stop, into: &r) }
        return [r]
    }

    private func apply(_ cite: PubMedCitationLine, to r: inout Record) {
        r.issued = cite.issued; r.note(.issued, "pubmed-text:citation-line")
        if let v = cite.volume { r.volume = v; r.note(.volume, "pubmed-text:citation-line") }
        if let i = cite.issue { r.issue = i; r.note(.issue, "pubmed-text:citation-line") }
        if let p = cite.pagination { r.setLocator(p, rule: "pubmed-text:citation-line") }
        if let j = cite.journal { r.containerTitleShort = j; r.note(.containerTitleShort, "pubmed-text:citation-line") }
    }

    /// Words of the page banner that can sit right above the citation line when the journal button is lost.
    static let bannerWords = ["NCBI", "Homepage", "Navigation", "Access keys", "Skip to", "official website",
                              "government", "https", ".gov"]

    /// The journal abbreviation dumped on its own line above the citation line ("Harm Reduct J").
    private func journalBefore(_ citeIndex: Int, in lines: [String]) -> String? {
        guard let prev = lines[..<citeIndex].last(where: { !$0.isEmpty }) else { return nil }
        let lower = prev.lowercased()
        guard prev.count <= 80, prev.split(separator: " ").count <= 10, prev.first?.isLetter == true,
              !prev.contains(where: { $0.isNumber || $0 == ":" || $0 == "." || $0 == "," }),
              Self.furniture.contains(lower) == false, Self.publicationTypes[lower] == nil,
              !Self.bannerWords.contains(where: { prev.contains($0) }) else { return nil }
        return prev
    }

    private func publicationType(_ header: ArraySlice<String>) -> WorkType? {
        header.lazy.compactMap { Self.publicationTypes[$0.lowercased()] }.first
    }

    /// "doi: 10.…. Epub 2023 Apr 3.", "PMID: 37173741", "PMCID: PMC10176300", "DOI: 10.…".
    private func readIdentifiers(_ lines: ArraySlice<String>, into r: inout Record) {
        for line in lines {
            let lower = line.lowercased()
            if lower.hasPrefix("doi:"), r.doi == nil, let doi = DOI.parse(line) {
                r.doi = doi; r.note(.doi, "pubmed-text:doi-line")
            }
            if let epub = line.firstRange(of: "Epub "), r.availableOnline == nil,
               let date = PartialDate.parse(String(line[epub.upperBound...])) {
                r.availableOnline = date; r.note(.availableOnline, "pubmed-text:epub")
            }
            if let v = Self.value(after: "PMID:", in: line), r.pmid == nil, v.allSatisfy(\.isNumber) {
                r.pmid = v; r.note(.pmid, "pubmed-text:PMID")
            }
            if let v = Self.value(after: "PMCID:", in: line), r.pmcid == nil, v.hasPrefix("PMC") {
                r.pmcid = v; r.note(.pmcid, "pubmed-text:PMCID")
            }
        }
    }

    /// PMC prints the DOI inside the date line ("Published online 2023 May 12. doi: 10.…"): a "doi:" anywhere
    /// in a header line (between the citation and the abstract, where no reference is printed).
    private func readInlineDOI(_ lines: ArraySlice<String>, into r: inout Record) {
        for line in lines where line.containsBytes("doi: 10.") {
            if let at = line[...].firstByteRange(of: "doi: "), let doi = DOI.parse(String(line[at.lowerBound...])) {
                r.doi = doi; r.note(.doi, "pubmed-text:doi-in-line"); return
            }
        }
    }

    /// The word that follows `label` on the line ("PMID: 123 PMCID: …" → "123").
    static func value(after label: String, in line: String) -> String? {
        guard let r = line.firstRange(of: label) else { return nil }
        let word = line[r.upperBound...].drop { $0 == " " }.prefix { !$0.isWhitespace }
        let v = String(word).trimmingCharacters(".,;")
        return v.isEmpty ? nil : v
    }

    static func isAbstractHeading(_ line: String) -> Bool {
        let l = line.lowercased()
        return l == "abstract" || l == "abstract:"
    }

    private func isTitleCandidate(_ line: String) -> Bool {
        guard !line.isEmpty, line.contains(" ") else { return false }
        let lower = line.lowercased()
        if Self.furniture.contains(lower) || Self.publicationTypes[lower] != nil { return false }
        for prefix in ["doi:", "pmid:", "pmcid:", "epub ", "online ahead of print", "free ", "published online"]
            where lower.hasPrefix(prefix) {
            return false
        }
        if lower.containsBytes("doi: 10.") { return false }
        return PubMedCitationLine(line) == nil
    }

    /// Abstract paragraphs up to "Keywords:", the identifiers, a copyright line or the furniture.
    private func readAbstract(_ lines: [String], from start: Int, to stop: Int, into r: inout Record) {
        var end = stop
        for i in start..<stop {
            let lower = lines[i].lowercased()
            if lower.hasPrefix("keywords:") {
                let list = String(lines[i].dropFirst("keywords:".count))
                r.keywords = list.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
                if !r.keywords.isEmpty { r.note(.keyword, "pubmed-text:keywords") }
                end = min(end, i)
                break
            }
            if lower.hasPrefix("copyright") || lower.hasPrefix("©") || lower.hasPrefix("pmid:") {
                end = min(end, i)
            }
        }
        let paragraphs = TextLines.paragraphs(lines, start..<end)
        if !paragraphs.isEmpty, paragraphs.first?.lowercased() != "no abstract available" {
            r.abstract = paragraphs.joined(separator: "\n")
            r.note(.abstract, "pubmed-text:abstract-section")
        }
    }
}

extension String {
    /// The string without the given characters at either end (and without surrounding spaces).
    func trimmingCharacters(_ set: String) -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace || set.contains(f) { s.removeFirst() }
        while let l = s.last, l.isWhitespace || set.contains(l) { s.removeLast() }
        return String(s)
    }
}
