/// What a labelled block on a text page holds.
enum LabelSlot: Equatable {
    case authors, affiliations, keywords, doi, abstract, journal, publisher, date, volume, issue, pages
    case language, issn, pmid
    /// A block the record does not use (classification codes, counters, buttons).
    case ignore
    /// Everything after this label is furniture (related papers, references, citing works).
    case end
}

/// Splits a text page into blocks by label lines: a label alone on its line (its values on the lines
/// that follow) or a label with its value on the same line after ":" / "：".
///
/// Used by mirror sites that print fields as "label, then value lines" (作者 / 机构 / 关键词 / 摘要,
/// "Author:" / "Affiliation:" / "Publisher").
struct LabelBlocks {
    /// Label → the lines found under it, in page order; a label seen twice keeps its first block.
    private(set) var blocks: [(slot: LabelSlot, label: String, values: [String])] = []
    /// Index of the line holding the first label (where the title area ends).
    private(set) var firstLabelLine: Int?
    /// Index of the line where an `.end` label cut the page.
    private(set) var endLine: Int?

    init(lines: [String], table: [(label: String, slot: LabelSlot)]) {
        var current: Int? = nil
        let leads = LeadBytes(table.map(\.label), lowercasedLines: false)
        for (i, line) in lines.enumerated() {
            if leads.admits(line), let (label, slot, inline) = LabelBlocks.match(line, table: table) {
                if firstLabelLine == nil { firstLabelLine = i }
                if slot == .end { endLine = i; break }
                blocks.append((slot, label, inline.map { [$0] } ?? []))
                current = blocks.count - 1
                continue
            }
            guard let c = current else { continue }
            // Blank lines are kept so paragraphs survive; they are trimmed when read.
            blocks[c].values.append(line)
        }
    }

    /// The first block for `slot`, with leading and trailing blank lines removed.
    func values(_ slot: LabelSlot) -> (label: String, lines: [String])? {
        guard let b = blocks.first(where: { $0.slot == slot }) else { return nil }
        var v = b.values[...]
        while v.first?.isEmpty == true { v.removeFirst() }
        while v.last?.isEmpty == true { v.removeLast() }
        return v.isEmpty ? nil : (b.label, Array(v))
    }

    /// The labels found, in order (for recognition).
    var labels: [String] { blocks.map(\.label) }

    /// A label line: the label alone (optionally with a trailing colon), or "label: value".
    static func match(_ line: String, table: [(label: String, slot: LabelSlot)])
        -> (label: String, slot: LabelSlot, inline: String?)? {
        guard !line.isEmpty else { return nil }
        for entry in table {
            guard line.mayHavePrefix(entry.label), line.hasPrefix(entry.label) else { continue }
            var rest = line.dropFirst(entry.label.count)
            if rest.isEmpty { return (entry.label, entry.slot, nil) }
            guard let sep = rest.first, sep == ":" || sep == "：" else {
                // Counters glue a number to the label ("Reference60 articles.", "Cited by 1 articles.").
                if entry.slot == .end || entry.slot == .ignore, rest.first?.isNumber == true || rest.first == " " {
                    if entry.slot == .end || rest.allSatisfy({ $0.isNumber || $0 == " " }) {
                        return (entry.label, entry.slot, nil)
                    }
                }
                continue
            }
            rest = rest.dropFirst().drop { $0 == " " }
            return (entry.label, entry.slot, rest.isEmpty ? nil : String(rest))
        }
        return nil
    }
}
