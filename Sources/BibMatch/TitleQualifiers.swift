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
        for (x, y) in [(a, b), (b, a)] {
            if y.titleWords.count < x.titleWords.count, x.titleWords.starts(with: y.titleWords) { continue }
            let yWords = Set(y.titleWords.map(FieldSimilarity.singular))
            let extra = x.qualifiers.subtracting(y.qualifiers).subtracting(yWords)
            if !extra.isEmpty { return extra.sorted().joined(separator: ", ") + " in one title only" }
            let xWords = Set(x.titleWords.map(FieldSimilarity.singular))
            let numbers = xWords.subtracting(yWords).filter { $0.allSatisfy(\.isNumber) }
            if !numbers.isEmpty, xWords.subtracting(numbers) == yWords {
                return numbers.sorted().joined(separator: ", ") + " in one title only"
            }
        }
        return nil
    }
}
