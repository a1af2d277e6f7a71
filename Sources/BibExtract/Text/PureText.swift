import BibModel
import BibParse

/// Reads a research-output page of an Elsevier Pure university portal saved as text.
///
/// Layout: title, author line (given name first, comma-separated), "Research output: Contribution to
/// journal › Article › peer-review" (often glued: "journalArticlepeer-review"), the abstract paragraphs
/// without a label, the output table ("Original languageEnglish", "Article number104025", …), then
/// "Dive into the research topics …" and "Cite this", which are furniture.
public struct PureTextExtractor: Extractor {
    public let id = "pure-text"

    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        let lines = page.lines
        let stop = TextLines.firstStop(in: lines, markers: PureLabels.stops)
        let fieldCount = Set(lines[..<stop].compactMap { PureLabels.field($0)?.label }).count
        if lines.contains(where: { $0.hasPrefix("Research output:") }) { return min(60 + 5 * fieldCount, 90) }
        return fieldCount >= 3 && lines.contains(where: { $0.hasPrefix("Publication status") }) ? 40 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        let lines = page.lines
        let stop = TextLines.firstStop(in: lines, markers: PureLabels.stops)
        let outputLine = TextLines.first(in: lines) { $0.hasPrefix("Research output:") }
        let tableStart = self.tableStart(lines, after: outputLine ?? 0, stop: stop)
        let headEnd = outputLine ?? tableStart
        let head = TextLines.nonEmpty(lines, 0..<headEnd)
        guard let title = head.first else { throw ExtractError.noArticle("Pure text without a title") }

        var r = Record()
        r.title = title
        r.note(.title, "pure-text:first-line")
        if head.count >= 2 { readAuthors(head[1], into: &r) }
        if let o = outputLine, let type = PureLabels.type(ofOutputLine: lines[o]) {
            r.type = type; r.note(.type, "pure-text:research-output")
        }
        if let o = outputLine {
            // A stop line printed above the output line ends the table before it: no abstract then.
            let paragraphs = TextLines.paragraphs(lines, (o + 1)..<max(o + 1, tableStart))
                .filter { !PureLabels.furniture.contains($0.lowercased()) && !$0.hasSuffix("(Scopus)") }
            if !paragraphs.isEmpty { r.abstract = paragraphs.joined(separator: "\n"); r.note(.abstract, "pure-text:abstract") }
        }
        for line in lines[tableStart..<stop] {
            if let f = PureLabels.field(line) { apply(f, to: &r) }
        }
        if r.type == nil { LabelFields.inferType(&r) }
        return [r]
    }

    /// Where the output table begins: the first table line after which no prose follows.
    private func tableStart(_ lines: [String], after start: Int, stop: Int) -> Int {
        var candidate = stop
        var i = stop - 1
        while i > start {
            if TextLines.isProse(lines[i]) { break }
            if PureLabels.field(lines[i]) != nil { candidate = i }
            i -= 1
        }
        return candidate
    }

    /// "Hannah Poulter, Tammi Walker & Danny Ahmed": given names first; roles in brackets dropped.
    private func readAuthors(_ line: String, into r: inout Record) {
        let parts = line.split(separator: ",").flatMap { $0.split(separator: "&") }
            .flatMap { $0.split(separator: " and ") }
            .map { MarkedName(Self.droppingParentheses(String($0))).name }
            .filter { !$0.isEmpty }
        guard !parts.isEmpty, parts.allSatisfy(PubMedAuthors.looksLikeName) else { return }
        r.authors = parts.compactMap { Person.parse($0, order: .givenFirst) }
        if !r.authors.isEmpty { r.note(.author, "pure-text:author-line") }
    }

    private static func droppingParentheses(_ s: String) -> String {
        var out = ""
        var depth = 0
        for ch in s {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) } else if depth == 0 { out.append(ch) }
        }
        return out
    }

    private func apply(_ f: (label: String, slot: PureLabels.Slot, value: String), to r: inout Record) {
        let rule = "pure-text:" + f.label
        switch f.slot {
        case .language: r.language = f.value; r.note(.language, rule)
        case .number: r.number = f.value; r.note(.number, rule)
        case .journal: r.containerTitle = f.value; r.note(.containerTitle, rule)
        case .hostTitle: if r.containerTitle == nil { r.containerTitle = f.value; r.note(.containerTitle, rule) }
        case .publisher: r.publisher = f.value; r.note(.publisher, rule)
        case .volume: r.volume = f.value; r.note(.volume, rule)
        case .issue: r.issue = f.value; r.note(.issue, rule)
        case .pages: r.page = f.value; r.note(.page, rule)
        case .doi: if let d = DOI.parse(f.value) { r.doi = d; r.note(.doi, rule) }
        case .issn: r.issn += LabelFields.issns(f.value); r.note(.issn, rule)
        case .keywords:
            r.keywords += f.value.split { $0 == ";" || $0 == "," }.map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            r.note(.keyword, rule)
        case .availableOnline:
            if let d = PartialDate.parse(f.value) { r.availableOnline = d; r.note(.availableOnline, rule) }
        case .date:
            if r.issued == nil, let d = PartialDate.parse(f.value) { r.issued = d; r.note(.issued, rule) }
        case .status: applyStatus(f.value, rule: rule, to: &r)
        case .ignore: break
        }
    }

    /// "Published - 1 Jun 2023" dates the issue; "E-pub ahead of print - …" the online version.
    private func applyStatus(_ value: String, rule: String, to r: inout Record) {
        guard let row = PureLabels.statuses.first(where: { value.hasPrefix($0.prefix) }), let field = row.field,
              let date = PartialDate.parse(String(value.dropFirst(row.prefix.count))) else { return }
        if field == .issued { r.issued = date; r.note(.issued, rule) }
        if field == .availableOnline, r.availableOnline == nil { r.availableOnline = date; r.note(.availableOnline, rule) }
    }
}
