import BibModel
import BibParse

/// Reads a text file that holds nothing but an abstract: a few paragraphs of prose, with no title, no
/// labels, no links and no identifiers. The record carries only `abstract`; matching later decides which
/// work it belongs to.
///
/// Recognition is conservative: every paragraph must read as prose, and anything that looks like page
/// structure (a short title-like line, a "Label:" line, a URL, a DOI, a numbered list) refuses the file.
public struct BareAbstractExtractor: Extractor {
    public let id = "bare-abstract"

    public init() {}

    /// Longest text accepted as one abstract (characters); longer prose is an article body, not an abstract.
    static let maxLength = 6000
    /// Shortest text accepted: a sentence or two is not enough to stand for an abstract.
    static let minLength = 300
    /// Most paragraphs an abstract has.
    static let maxParagraphs = 12
    /// Section labels of structured abstracts, allowed before a colon at the start of a paragraph.
    static let sectionLabels: Set<String> = [
        "background", "introduction", "objective", "objectives", "aim", "aims", "purpose", "context", "methods",
        "method", "design", "setting", "results", "findings", "conclusion", "conclusions", "interpretation",
        "discussion", "significance", "limitations",
    ]

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text, paragraphs(page) != nil else { return nil }
        return 10
    }

    public func extract(_ page: Page) throws -> [Record] {
        guard let paragraphs = paragraphs(page) else {
            throw ExtractError.noArticle("text is neither an article page nor a bare abstract")
        }
        var r = Record()
        r.abstract = paragraphs.joined(separator: "\n")
        r.note(.abstract, "bare-abstract:prose")
        return [r]
    }

    /// The paragraphs when the whole text is abstract-like prose; `nil` otherwise.
    func paragraphs(_ page: Page) -> [String]? {
        let text = page.text.trimmingSpaces
        guard (Self.minLength...Self.maxLength).contains(text.count) else { return nil }
        let lines = page.lines.filter { !$0.isEmpty }
        guard (1...Self.maxParagraphs).contains(lines.count) else { return nil }
        // The first line must be prose too: a title-like first line means an article page, not an abstract.
        guard lines.allSatisfy(isAbstractProse) else { return nil }
        return lines
    }

    /// A paragraph of sentences with no page structure in it.
    private func isAbstractProse(_ line: String) -> Bool {
        guard TextLines.isProse(line, minLength: 60) else { return false }
        let lower = line.lowercased()
        for bad in ["http://", "https://", "www.", "doi:", "10.1", "©", "copyright", "all rights reserved"]
            where lower.contains(bad) {
            return false
        }
        // "Keywords: …", "Title: …": a short label before a colon at the start is a field, not a sentence,
        // unless it is a section of a structured abstract ("Methods: …").
        if let colon = line.firstIndex(of: ":"), line[..<colon].split(separator: " ").count <= 2,
           !Self.sectionLabels.contains(line[..<colon].lowercased()) {
            return false
        }
        if NumberedLine.split(line) != nil { return false }
        return true
    }
}
