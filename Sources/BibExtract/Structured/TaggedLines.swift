/// One tagged field of a line-oriented record format (RIS, Web of Science, MEDLINE): its tag, its value with
/// continuation lines kept apart by "\n", and the 1-based line it starts on.
struct TaggedField: Sendable, Equatable {
    var tag: String
    var value: String
    var line: Int
}

/// One record of a tagged-line file, its fields in file order.
struct TaggedRecord: Sendable {
    private(set) var fields: [TaggedField] = []
    /// 1-based line of the record's first tag.
    var line: Int
    /// Whether the file closed the record with its end tag (ER).
    var closed: Bool

    init(first: TaggedField, closed: Bool = false) {
        line = first.line
        self.closed = closed
        fields = [first]
    }

    mutating func add(_ field: TaggedField) { fields.append(field) }

    /// Continues the last field with a line of text.
    mutating func continueLast(_ text: String) {
        guard let n = fields.indices.last else { return }
        fields[n].value += fields[n].value.isEmpty ? text : "\n" + text
    }

    func all(_ tag: String) -> [String] { fields.lazy.filter { $0.tag == tag }.map(\.value) }
    func first(_ tag: String) -> String? { fields.first { $0.tag == tag && !$0.value.isEmpty }?.value }
    func has(_ tag: String) -> Bool { fields.contains { $0.tag == tag } }
}

/// Splits tagged-line text into records. Each format says what a tag line looks like (`tagLength` upper-case
/// letters or digits, then `separator`), which tag opens a record and which closes it; a line that is not a
/// tag line continues the previous field. Text outside records (file headers, Ovid's numbered lines) is
/// skipped. Works on UTF-8 bytes; lines may end in LF or CR LF.
struct TaggedLines {
    /// The bytes after the tag ("  - " for RIS, " " for Web of Science); a line holding the tag and the
    /// separator without its trailing space also counts (an empty field: "ER  -").
    var separator: [UInt8]
    /// Also accept separators with one space fewer before the hyphen ("TY - ", written by some exporters).
    var looseSeparator: [UInt8]? = nil
    var start: String
    var end: String
    /// Tags skipped wherever they stand (Web of Science file headers FN, VR and the file end EF).
    var ignored: Set<String> = []

    /// The records of `text` in file order.
    func records(_ text: String) -> [TaggedRecord] {
        var text = text
        return text.withUTF8 { records(bytes: $0) }
    }

    private func records(bytes b: UnsafeBufferPointer<UInt8>) -> [TaggedRecord] {
        var out: [TaggedRecord] = []
        var current: TaggedRecord? = nil
        var pos = 0
        var line = 0
        // A UTF-8 byte order mark is not part of the first tag.
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3 }
        while pos < b.count {
            line += 1
            var eol = pos
            while eol < b.count, b[eol] != 0x0A { eol += 1 }
            var last = eol
            if last > pos, b[last - 1] == 0x0D { last -= 1 }
            let lineRange = pos..<last
            pos = eol + 1
            if let (tag, valueStart) = tagLine(b, lineRange) {
                let value = String(decoding: b[valueStart..<last], as: UTF8.self).trimmingSpaces
                if tag == start {
                    if let c = current { out.append(c) }
                    current = TaggedRecord(first: TaggedField(tag: tag, value: value, line: line))
                } else if tag == end {
                    if var c = current { c.closed = true; out.append(c) }
                    current = nil
                } else if !ignored.isEmpty, ignored.contains(tag) {
                    continue
                } else {
                    current?.add(TaggedField(tag: tag, value: value, line: line))
                }
                continue
            }
            guard current != nil else { continue }
            let text = String(decoding: b[lineRange], as: UTF8.self).trimmingSpaces
            if text.isEmpty { continue }
            current!.continueLast(text)
        }
        if let c = current { out.append(c) }
        return out
    }

    /// The tag and where its value starts, when the line is a tag line.
    private func tagLine(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> (String, Int)? {
        guard r.count >= 2, isTagByte(b[r.lowerBound], first: true), isTagByte(b[r.lowerBound + 1], first: false) else { return nil }
        let afterTag = r.lowerBound + 2
        guard let valueStart = valueStart(b, afterTag, r.upperBound, separator)
            ?? looseSeparator.flatMap({ valueStart(b, afterTag, r.upperBound, $0) }) else { return nil }
        return (String(decoding: b[r.lowerBound..<afterTag], as: UTF8.self), valueStart)
    }

    /// Where the value starts when `sep` follows the tag at `afterTag` (the line ends at `end`): after the whole
    /// separator, or at the end of a line holding the separator without its final space ("ER  -") or, for a
    /// one-byte separator, nothing after the tag.
    private func valueStart(_ b: UnsafeBufferPointer<UInt8>, _ afterTag: Int, _ end: Int, _ sep: [UInt8]) -> Int? {
        let n = sep.count
        func matches(_ count: Int) -> Bool {
            var k = 0
            while k < count, b[afterTag + k] == sep[k] { k += 1 }
            return k == count
        }
        if afterTag + n <= end, matches(n) { return afterTag + n }
        if n > 1, afterTag + n - 1 == end, matches(n - 1) { return end }
        if n == 1, afterTag == end { return end }
        return nil
    }

    private func isTagByte(_ c: UInt8, first: Bool) -> Bool {
        (0x41...0x5A).contains(c) || (!first && (0x30...0x39).contains(c))
    }
}

extension Substring {
    /// The text without leading and trailing white space, as a `String`.
    var trimmingSpaces: String { String(self).trimmingSpaces }
}
