/// An RFC 4180 CSV reader over UTF-8 bytes: fields separated by commas, quoted fields may hold commas, line
/// breaks and doubled quotes; rows end in LF or CR LF; a byte order mark is skipped. Rows are handed out one at
/// a time with the line they start on, so a large file is never held as a table.
struct CSVTable {
    /// One row: its fields and the 1-based line it starts on.
    struct Row {
        var fields: [String]
        var line: Int
    }

    /// Calls `body` with each row in order (blank lines skipped); stops early when it returns false.
    static func forEachRow(_ text: String, _ body: (Row) -> Bool) {
        var text = text
        text.withUTF8 { b in
            var i = 0
            var line = 1
            if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
            var fields: [String] = []
            var field: [UInt8] = []
            var rowLine = 1
            var quoted = false
            var fieldStarted = false
            func endField() {
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                fieldStarted = false
            }
            while i < b.count {
                let c = b[i]
                if quoted {
                    if c == 0x22 {
                        if i + 1 < b.count, b[i + 1] == 0x22 { field.append(0x22); i += 2; continue }
                        quoted = false
                    } else {
                        if c == 0x0A { line += 1 }
                        field.append(c)
                    }
                    i += 1
                    continue
                }
                switch c {
                case 0x22 where !fieldStarted || field.allSatisfy({ $0 == 0x20 }):
                    // A quote opens a quoted field (spaces before it, as some exports write, are dropped).
                    field.removeAll(keepingCapacity: true)
                    quoted = true; fieldStarted = true
                case 0x2C:
                    endField()
                case 0x0A, 0x0D:
                    if c == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                    if !fields.isEmpty || !field.isEmpty || fieldStarted {
                        endField()
                        if !body(Row(fields: fields, line: rowLine)) { return }
                    }
                    fields.removeAll(keepingCapacity: true)
                    line += 1
                    rowLine = line
                default:
                    field.append(c); fieldStarted = true
                }
                i += 1
            }
            if !fields.isEmpty || !field.isEmpty || fieldStarted {
                endField()
                _ = body(Row(fields: fields, line: rowLine))
            }
        }
    }

    /// The first row (the header of an export), read without going further.
    static func header(_ text: String) -> [String]? {
        var out: [String]? = nil
        forEachRow(String(text.prefix(16_384))) { out = $0.fields; return false }
        return out
    }
}
