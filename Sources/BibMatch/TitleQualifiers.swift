/// Words that narrow a title to one population or one kind of study. Two records whose titles differ
/// only in such a word ("… in adults" / "… in children", "… : a pilot study", "… : study protocol") are
/// usually two works from one project, so a qualifier present in one title only is a contrast unless
/// the locators agree (`Locators.agree`). A number in one title only counts the same way when nothing
/// else tells the titles apart ("HPV 16" / "HPV").
enum TitleQualifiers {
    /// Who a study is about.
    static let population: Set<String> = [
        "adult", "adults", "child", "children", "childhood", "pediatric", "paediatric", "infant", "infants", "neonatal",
        "neonates", "newborn", "newborns", "adolescent", "adolescents", "elderly", "older", "women", "men", "male", "female",
        "males", "females", "pregnant", "postmenopausal", "premenopausal", "boys", "girls", "veterans", "students",
    ]
    /// What kind of study or report it is.
    static let design: Set<String> = [
        "protocol", "pilot", "randomized", "randomised", "nonrandomized", "nonrandomised", "systematic", "metaanalysis",
        "meta", "interim", "preliminary", "followup", "posthoc", "feasibility",
    ]

    /// The population and design words of a folded title, in singular form.
    static func of(_ words: [String]) -> Set<String> {
        Set(words.filter { population.contains($0) || design.contains($0) }.map(FieldSimilarity.singular))
    }

    /// A qualifier one title has and the other lacks, unless the other title is the start of this one
    /// (a title cut short loses its end, not a contrast). A number counts only when it is all that tells
    /// the two titles apart ("… type 16 …" / "… type …"): titles printed with and without an event's date
    /// or a version ("SQL 3" / "SQL3") differ in other words too.
    static func contrast(_ a: MatchFeatures, _ b: MatchFeatures) -> String? {
        one(a, lacking: b) ?? one(b, lacking: a)
    }

    /// What `x` has that `y` lacks, as `contrast` reads it.
    private static func one(_ x: MatchFeatures, lacking y: MatchFeatures) -> String? {
        guard !x.qualifierStems.isEmpty || !x.numberStems.isEmpty else { return nil }
        if y.titleWords.count < x.titleWords.count, x.titleWords.starts(with: y.titleWords) { return nil }
        let extra = x.qualifiers.filter { !y.qualifiers.contains($0) && !y.titleStems.containsSorted(StableHash.of($0)) }
        if !extra.isEmpty { return extra.sorted().joined(separator: ", ") + " in one title only" }
        let numbers = x.numberStems.filter { !y.titleStems.containsSorted($0) }
        guard !numbers.isEmpty, x.titleStems.count - numbers.count == y.titleStems.count,
              FieldSimilarity.sharedCount(x.titleStems, y.titleStems) == y.titleStems.count else { return nil }
        let shown = x.titleWords.filter { w in w.allSatisfy(\.isNumber) && numbers.contains(StableHash.of(w)) }
        return Array(Set(shown)).sorted().joined(separator: ", ") + " in one title only"
    }
}

extension Array where Element == UInt64 {
    /// Membership in a sorted array.
    func containsSorted(_ x: UInt64) -> Bool {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo < count && self[lo] == x
    }
}
