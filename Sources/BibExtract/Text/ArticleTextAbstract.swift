import BibModel

/// The abstract of an article page saved as text: the block under its heading ("Abstract", "ABSTRACT",
/// "Abstract:" with the text on the same line, "Summary", "Resumen", …) up to the next heading, label,
/// DOI line or byline.
extension ArticleTextReading {
    /// The first abstract heading whose block holds prose, its paragraphs and the line where it ends;
    /// `nil` when there is none or when three or more headings make the page a list.
    static func abstract(_ table: LineTable) -> (heading: Int, paragraphs: [String], end: Int)? {
        let lines = table.lines
        var found: (heading: Int, paragraphs: [String], end: Int)? = nil
        var headings = 0
        var i = 0
        while i < lines.count {
            guard let inline = abstractHeading(lines[i]) else { i += 1; continue }
            headings += 1
            var block = inline.isEmpty ? [] : [inline]
            var j = i + 1
            while j < lines.count, abstractHeading(lines[j]) == nil, !isAbstractEnd(lines[j], names: { table.names(j) }) {
                block.append(lines[j]); j += 1
            }
            if found == nil, block.contains(where: { TextLines.isProse($0, minLength: 60) }) {
                found = (i, paragraphs(block), j)
            }
            i = j
        }
        return headings >= 3 ? nil : found
    }

    /// "" for a heading alone ("Abstract", "ABSTRACT", "Abstract:"), the text after "Abstract:" when the
    /// abstract follows on the same line, `nil` for other lines.
    static func abstractHeading(_ line: String) -> String? {
        guard !line.isEmpty, abstractLeads.admits(line) else { return nil }
        let lower = line.prefix(12).lowercased()
        if line.utf8.count <= 24, ArticleTextTables.abstractHeadings.contains(line.lowercased().trimmingCharacters(":")) { return "" }
        guard lower.hasPrefix("abstract:") else { return nil }
        return String(line.dropFirst("abstract:".count)).trimmingSpaces
    }

    /// A heading or label that follows the abstract, a DOI line or a byline (the next item of a list).
    static let abstractLeads = LeadBytes(ArticleTextTables.abstractHeadings.union(["abstract:"]), lowercasedLines: true, trimmed: ":")

    static func isAbstractEnd(_ line: String) -> Bool {
        isAbstractEnd(line, names: { TextByline.names(inLine: line) })
    }

    /// The same test with the line's one-line byline names (`TextByline.names(inLine:)`) given by `names`.
    static func isAbstractEnd(_ line: String, names: () -> [String]?) -> Bool {
        if abstractEndLeads.admits(line) {
            let lower = line.prefix(40).lowercased()
            if line.utf8.count <= 48, ArticleTextTables.abstractEndLines.contains(lower.trimmingCharacters(":")) { return true }
            if ArticleTextTables.abstractEndPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
            if ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }) { return true }
        }
        return line.utf8.count <= 300 && !TextLines.isProse(line) && names() != nil
    }

    static let abstractEndLeads = LeadBytes(
        ArticleTextTables.abstractEndLines.union(ArticleTextTables.abstractEndPrefixes).union(ArticleTextTables.doiPrefixes),
        lowercasedLines: true, trimmed: ":")

    /// Each line a paragraph; a structured-abstract label alone on its line ("Background") opens the next.
    static func paragraphs(_ block: [String]) -> [String] {
        var out: [String] = []
        var label: String? = nil
        for line in block where !line.isEmpty {
            let key = line.lowercased().trimmingCharacters(":")
            if BareAbstractExtractor.sectionLabels.contains(key) { label = line.trimmingCharacters(":"); continue }
            out.append(label.map { $0 + ": " + line } ?? line)
            label = nil
        }
        return out
    }
}
