/// Text dumps made by a text browser are hard-wrapped: every paragraph, title and byline broken into lines of
/// at most 80 columns. `HardWrap` tells such a dump from a browser's copy (one paragraph per line) and joins
/// the lines it broke, so that the readings see a title, a byline or an abstract paragraph as one line.
enum HardWrap {
    /// The width text browsers wrap at.
    static let width = 80
    /// A broken line is at least this long: the wrap leaves less than one long word unused.
    static let minimumBroken = 55
    /// Columns short of the width a wrap may leave (a space, a margin).
    static let slack = 2

    /// Whether the dump is hard-wrapped: hardly any line is wider than `width`, and many lines run close to it.
    /// `indents` gives the spaces that opened each line before it was trimmed (nil: none), which count as columns.
    static func isHardWrapped(_ lines: [String], indents: [Int]? = nil) -> Bool {
        let w = widths(lines, indents: indents)
        return w.nonEmpty >= 20 && wrapped(w)
    }

    /// Whether a reading may join a title's broken lines again: the dump is hard-wrapped, or it is too short to
    /// tell and no line is wider than `width`. A browser's copy of a page has long lines, and no title of it is
    /// broken.
    static func mayBeHardWrapped(_ lines: [String], indents: [Int]? = nil) -> Bool {
        let w = widths(lines, indents: indents)
        return w.nonEmpty >= 20 ? wrapped(w) : w.wide == 0
    }

    /// Hardly any line wider than `width`, and many close to it.
    private static func wrapped(_ w: (nonEmpty: Int, wide: Int, full: Int)) -> Bool {
        w.wide * 100 <= w.nonEmpty && w.full * 10 >= w.nonEmpty
    }

    /// How many lines are not empty, wider than `width`, and close to it.
    private static func widths(_ lines: [String], indents: [Int]?) -> (nonEmpty: Int, wide: Int, full: Int) {
        var nonEmpty = 0, wide = 0, full = 0
        for (i, l) in lines.enumerated() where !l.isEmpty {
            nonEmpty += 1
            let n = columns(l) + indent(i, indents)
            if n > width + 2 { wide += 1 } else if n >= width - 15 { full += 1 }
        }
        return (nonEmpty, wide, full)
    }

    /// The lines with each broken line joined to the next: a line close to the width, not ending a sentence or
    /// a label, followed by a line whose first word would not have fitted on it. With `indents` (the spaces that
    /// opened each line before it was trimmed, as a text browser indents list items and their details), a line's
    /// width counts its indent.
    static func joined(_ lines: [String], indents: [Int]? = nil) -> [String] {
        joinedWithHeads(lines, indents: indents).lines
    }

    /// `joined(lines, indents:)`, with the first printed line of each joined line that was made of more than one
    /// (nil for a line printed whole): where a join was wrong (a byline as wide as the wrap, the label under it
    /// joined to it), a reading can go back to the line as printed.
    static func joinedWithHeads(_ lines: [String], indents: [Int]? = nil) -> (lines: [String], heads: [String?]) {
        let indents = indents?.count == lines.count ? indents : nil
        guard isHardWrapped(lines, indents: indents) else { return (lines, Array(repeating: nil, count: lines.count)) }
        var out: [String] = []
        var heads: [String?] = []
        out.reserveCapacity(lines.count)
        heads.reserveCapacity(lines.count)
        var current: String? = nil
        var head: String? = nil
        var physical = ""
        var physicalIndent = 0
        for (i, line) in lines.enumerated() {
            defer { physicalIndent = indent(i, indents) }
            // A wrapped line keeps its paragraph's indent (or hangs deeper under a list mark); a line that starts
            // further left opens a field of its own, as in a text browser's two-column table.
            if current != nil, !line.isEmpty, indent(i, indents) >= physicalIndent,
               isBroken(physical, indent: physicalIndent, before: line) {
                if head == nil { head = current }
                // Appended in place: a paragraph of many broken lines is not copied once per line.
                current!.append(" ")
                current!.append(line)
                physical = line
                continue
            }
            if let c = current { out.append(c); heads.append(head) }
            current = line
            head = nil
            physical = line
        }
        if let c = current { out.append(c); heads.append(head) }
        return (out, heads)
    }

    /// `line.count`, taken from the byte count where every byte is an ASCII character of its own (no CR, as CR LF
    /// is one character).
    static func columns(_ line: String) -> Int {
        line.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? line.utf8.count : line.count
    }

    /// The indent of line `i`, or 0 without indents.
    static func indent(_ i: Int, _ indents: [Int]?) -> Int { indents?[i] ?? 0 }

    /// Whether `upper`, printed after `indent` spaces, was broken before `lower` by the wrap.
    static func isBroken(_ upper: String, indent: Int = 0, before lower: String) -> Bool {
        let n = columns(upper) + indent
        guard n >= minimumBroken, n <= width, let last = upper.last, !".:;!?".contains(last),
              case let word = lower.drop(while: { $0 == " " }).prefix(while: { $0 != " " }), !word.isEmpty else { return false }
        return n + 1 + word.count > width - slack && !isBreadcrumb(upper)
    }

    /// A navigation trail ("Home > Journals > Adv. Differential Equations > Volume 19 > Article", "Home › …"): it is
    /// complete on its line however wide, and the title under it is no continuation of it.
    static func isBreadcrumb(_ line: String) -> Bool {
        if line.containsBytes("\u{203A}") || line.containsBytes("\u{00BB}") { return true }
        guard let first = line[...].firstByteRange(of: " > ") else { return false }
        return line[first.upperBound...].firstByteRange(of: " > ") != nil
    }
}
