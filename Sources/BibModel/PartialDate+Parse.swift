extension PartialDate {
    /// English month names and abbreviations → month number.
    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                     "october", "november", "december"]
        var m: [String: Int] = [:]
        for (i, n) in names.enumerated() {
            m[n] = i + 1
            m[String(n.prefix(3))] = i + 1
        }
        m["sept"] = 9
        return m
    }()

    /// The number of an English month name or abbreviation ("march", "mar"), lower-case.
    public static func monthNumber(_ lowercased: String) -> Int? { months[lowercased] }

    /// Parses the date forms sources print: "2023 May 12", "14 Apr 2023", "Apr 22, 2019", "2023-05-12",
    /// "2023/05/12", "May 2023", "2023", "Published - 1 Jun 2023". Returns `nil` when no plausible year
    /// (1000–2999) is stated; never fills in a month or day that is not there.
    public static func parse(_ text: String) -> PartialDate? {
        let tokens = tokenize(text)
        // ISO-like numeric forms first: yyyy-mm-dd, yyyy/mm/dd, yyyy-mm.
        for (i, t) in tokens.enumerated() {
            guard case .number(let y, let digits) = t, digits == 4, (1000...2999).contains(y) else { continue }
            var month: Int? = nil
            var day: Int? = nil
            if i + 1 < tokens.count, case .number(let m, let md) = tokens[i + 1], md <= 2, (1...12).contains(m) {
                month = m
                if i + 2 < tokens.count, case .number(let d, let dd) = tokens[i + 2], dd <= 2, (1...31).contains(d) {
                    day = d
                }
            } else if i + 1 < tokens.count, case .month(let m) = tokens[i + 1] {
                month = m
                if i + 2 < tokens.count, case .number(let d, let dd) = tokens[i + 2], dd <= 2, (1...31).contains(d) {
                    day = d
                }
            } else if i >= 1, case .month(let m) = tokens[i - 1] {
                month = m
                if i >= 2, case .number(let d, let dd) = tokens[i - 2], dd <= 2, (1...31).contains(d) {
                    day = d
                }
            } else if i >= 2, case .number(let m, let md) = tokens[i - 1], md <= 2,
                      case .number(let d, let dd) = tokens[i - 2], dd <= 2 {
                // dd/mm/yyyy is ambiguous with mm/dd/yyyy: keep only what is unambiguous.
                if (1...12).contains(m), d > 12, d <= 31 { month = m; day = d }
                else if (1...12).contains(d), m > 12, m <= 31 { month = d; day = m }
            }
            // "Apr 22, 2019": month, day, then year.
            if month == nil, i >= 2, case .month(let m) = tokens[i - 2], case .number(let d, let dd) = tokens[i - 1],
               dd <= 2, (1...31).contains(d) {
                month = m; day = d
            }
            return PartialDate(year: y, month: month, day: day)
        }
        return nil
    }

    private enum Token { case number(Int, Int), month(Int) }

    private static func tokenize(_ text: String) -> [Token] {
        var out: [Token] = []
        var current = ""
        func flush() {
            defer { current = "" }
            guard !current.isEmpty else { return }
            if let n = Int(current) { out.append(.number(n, current.count)); return }
            let lower = current.lowercased()
            if let m = months[lower] { out.append(.month(m)) }
        }
        for ch in text {
            if ch.isNumber && ch.isASCII {
                if let last = current.last, !last.isNumber { flush() }
                current.append(ch)
            } else if ch.isLetter {
                if let last = current.last, last.isNumber { flush() }
                current.append(ch)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
