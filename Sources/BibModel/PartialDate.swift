/// A date known to the year, month or day, as bibliographic sources state them.
public struct PartialDate: Codable, Sendable, Equatable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// The date as CSL date-parts: `[year]`, `[year, month]` or `[year, month, day]`.
    public var parts: [Int] {
        var out = [year]
        if let month { out.append(month); if let day { out.append(day) } }
        return out
    }

    /// ISO form to the known precision: "2023", "2023-05", "2023-05-12".
    public var description: String {
        var s = String(format4: year)
        if let month { s += "-" + String(pad2: month); if let day { s += "-" + String(pad2: day) } }
        return s
    }

    /// How many parts are known (1 to 3): more precise dates win merges.
    public var precision: Int { parts.count }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

extension String {
    init(pad2 n: Int) { self = n < 10 ? "0\(n)" : "\(n)" }
    init(format4 n: Int) { self = n >= 0 && n < 1000 ? String(repeating: "0", count: 4 - "\(n)".count) + "\(n)" : "\(n)" }
}
