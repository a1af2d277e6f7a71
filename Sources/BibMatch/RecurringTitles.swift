/// The years in which each folded title was seen. A title seen in `years` or more different years names
/// a recurring column ("Reminiscences on influential papers"), not one work. The batch index and the
/// store's per-record judgement count with it.
struct RecurringTitles: Sendable {
    static let years = 3
    private var seen: [UInt64: [Int]] = [:]

    /// Counts the title and year of `f` (records without either say nothing).
    mutating func add(_ f: MatchFeatures) {
        guard f.hasTitle, let y = f.year else { return }
        let h = StableHash.of(f.titleKey)
        var years = seen[h, default: []]
        if years.count < Self.years, !years.contains(y) { years.append(y); seen[h] = years }
    }

    func isRecurring(_ f: MatchFeatures) -> Bool {
        f.hasTitle && (seen[StableHash.of(f.titleKey)]?.count ?? 0) >= Self.years
    }
}
