import Foundation

/// Reads the citations of a Pandoc Markdown manuscript (also R Markdown and Quarto): `[@a]`, `[see @a, p. 3;
/// @b]`, `[-@a]` and `@a` in text, plus the `nocite` field of YAML metadata blocks (`nocite: '@*'` means all).
/// Fenced and indented code blocks and link reference definitions are left out before the inline text is read.
public enum PandocCitations {
    /// The keys a Markdown text cites, in first-cited order (metadata blocks first).
    public static func selection(_ markdown: String) -> Selection {
        var cited = CitedKeys()
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var prose: [Substring] = []
        var blocks = MarkdownBlocks(lines: lines)
        while let block = blocks.next() {
            switch block {
            case .prose(let line): prose.append(line)
            case .metadata(let yaml): PandocMetadata.scan(yaml, into: &cited)
            case .skipped: prose.append("")
            }
        }
        PandocInlineScanner.scan(prose.joined(separator: "\n"), wildcard: false, into: &cited)
        return cited.selection
    }
}

/// Splits Markdown lines into prose, YAML metadata blocks and lines that can hold no citation (code, link
/// reference definitions). Line-based and forgiving: it tracks only what changes where code starts.
struct MarkdownBlocks {
    enum Block {
        case prose(Substring)
        case metadata(String)
        case skipped
    }

    private let lines: [Substring]
    private var i = 0
    private var afterBlank = true
    /// Column where the text of the current list item starts; indented code inside it needs 4 more.
    private var listContent: Int?
    private var pending: [Block] = []

    init(lines: [Substring]) { self.lines = lines }

    mutating func next() -> Block? {
        if !pending.isEmpty { return pending.removeFirst() }
        guard i < lines.count else { return nil }
        let line = lines[i]
        if isBlank(line) {
            i += 1
            afterBlank = true
            return .skipped
        }
        let indent = indentation(line)
        if afterBlank, indent >= (listContent ?? 0) + 4 {
            skipIndentedCode(minimum: (listContent ?? 0) + 4)
            return .skipped
        }
        if afterBlank, let yaml = metadataBlock() { return yaml }
        if let fence = Self.openingFence(line) {
            skipFencedCode(fence)
            return .skipped
        }
        if let content = Self.listItemContent(line) {
            listContent = content
        } else if afterBlank, indent == 0 {
            listContent = nil
        }
        defer { i += 1 }
        if afterBlank, Self.isReferenceDefinition(line) { return .skipped }
        afterBlank = false
        return .prose(line)
    }

    /// `---` after a blank line (or at the top), a non-blank line, then YAML up to `---` or `...`. A block whose
    /// YAML is not a mapping is not metadata (Pandoc then reads `---` as a rule), so nil is returned.
    private mutating func metadataBlock() -> Block? {
        guard lines[i].trimmingCharacters(in: .whitespaces) == "---", i + 1 < lines.count, !isBlank(lines[i + 1])
        else { return nil }
        guard let close = lines[(i + 1)...].firstIndex(where: {
            let t = $0.trimmingCharacters(in: .whitespaces)
            return t == "---" || t == "..."
        }) else { return nil }
        let yaml = lines[(i + 1)..<close].joined(separator: "\n")
        guard PandocMetadata.isMapping(yaml) else { return nil }
        pending = Array(repeating: .skipped, count: close - i)
        i = close + 1
        afterBlank = true
        return .metadata(yaml)
    }

    private mutating func skipIndentedCode(minimum: Int) {
        while i < lines.count, isBlank(lines[i]) || indentation(lines[i]) >= minimum {
            pending.append(.skipped)
            i += 1
        }
        pending.removeFirst()
        afterBlank = true
    }

    private mutating func skipFencedCode(_ fence: (mark: Character, length: Int)) {
        i += 1
        while i < lines.count {
            let t = lines[i].trimmingCharacters(in: .whitespaces)
            pending.append(.skipped)
            i += 1
            if t.count >= fence.length, t.allSatisfy({ $0 == fence.mark }) { break }
        }
        afterBlank = true
    }

    /// ```` ``` ```` or `~~~` (three or more), optionally followed by an info string.
    static func openingFence(_ line: Substring) -> (mark: Character, length: Int)? {
        let t = line.drop(while: { $0 == " " || $0 == "\t" })
        guard let mark = t.first, mark == "`" || mark == "~" else { return nil }
        let length = t.prefix(while: { $0 == mark }).count
        guard length >= 3 else { return nil }
        if mark == "`", t.dropFirst(length).contains("`") { return nil }
        return (mark, length)
    }

    /// The column where an item's text starts, for `-`, `+`, `*`, `1.`, `1)`, `(1)`, `a.`, `#.` list markers.
    static func listItemContent(_ line: Substring) -> Int? {
        let indent = line.prefix(while: { $0 == " " }).count
        let rest = line.dropFirst(indent)
        let markerPatterns = [#"^[-+*](\s+)"#, #"^\(?([0-9]{1,9}|[a-zA-Z]|#)[.)](\s+)"#]
        for pattern in markerPatterns {
            if let range = rest.range(of: pattern, options: .regularExpression) {
                return indent + rest.distance(from: rest.startIndex, to: range.upperBound)
            }
        }
        return nil
    }

    /// `[label]: destination` at the start of a block.
    static func isReferenceDefinition(_ line: Substring) -> Bool {
        line.range(of: #"^ {0,3}\[[^\]]+\]:\s"#, options: .regularExpression) != nil
    }

    private func isBlank(_ line: Substring) -> Bool { line.allSatisfy(\.isWhitespace) }

    private func indentation(_ line: Substring) -> Int {
        var n = 0
        for c in line {
            if c == " " { n += 1 } else if c == "\t" { n += 4 - n % 4 } else { break }
        }
        return n
    }
}
