/// The years in which each folded title was seen, with how many records each. A title seen in `years` or
/// more different years names a recurring column ("Reminiscences on influential papers": a record or two
/// every year), not one work, when it is a short heading (`headingWords` words or fewer: "Career forum",
/// "Database principles") or when enough of its records (`outside`) lie outside the best three-year
/// window. A long title cited many times is also seen in several years, since references misprint the
/// year, but nearly all its records fall within a year of the true one. The batch index and the store's
/// per-record judgement count with it.
struct RecurringTitles: Sendable {
    static let years = 3
    /// Titles of at most this many words are headings.
    static let headingWords = 4
    /// Years kept per title: enough to tell a column from a misprinted year, bounded whatever the input.
    static let yearsKept = 8
    private var seen: [UInt64: [(year: Int, count: Int)]] = [:]

    /// Counts the title and year of `f` (records without either say nothing).
    mutating func add(_ f: MatchFeatures) {
        guard f.hasTitle, let y = f.year else { return }
        let h = f.titleHash
        var years = seen[h, default: []]
        if let k = years.firstIndex(where: { $0.year == y }) {
            years[k].count += 1
        } else if years.count < Self.yearsKept {
            years.append((y, 1))
        }
        seen[h] = years
    }

    func isRecurring(_ f: MatchFeatures) -> Bool {
        guard f.hasTitle, let years = seen[f.titleHash], years.count >= Self.years else { return false }
        if f.titleWords.count <= Self.headingWords { return true }
        let total = years.reduce(0) { $0 + $1.count }
        let window = years.map { centre in years.filter { abs($0.year - centre.year) <= 1 }.reduce(0) { $0 + $1.count } }.max() ?? 0
        return total - window >= Self.outside(total)
    }

    /// Records outside the best three-year window that make a column: two, or a tenth of the records.
    static func outside(_ total: Int) -> Int { max(2, total / 10) }
}
