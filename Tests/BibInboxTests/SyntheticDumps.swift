import Foundation

/// Distinct plain-text dumps in the labelled "Title: …" form the generic text extractor reads, so that tests
/// can drop hundreds of different articles without shipping them. Each carries a DOI that names it.
enum SyntheticDumps {
    static let words = ["adaptive", "bayesian", "coastal", "dynamic", "elastic", "fungal", "glacial", "hepatic",
                        "ionic", "jovian", "kinetic", "lunar", "marine", "neural", "optical", "polar", "quantum",
                        "renal", "solar", "thermal", "urban", "viral", "woody", "xylem", "yeast", "zonal"]
    static let families = ["Abbott", "Baker", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito",
                           "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov"]

    /// The DOI of dump `n` in the series `tag`.
    static func doi(_ tag: String, _ n: Int) -> String { "10.5555/inbox.\(tag).\(n)" }

    /// Dump `n` of the series `tag`: a title made of words picked by `n`, two authors, a year and the DOI.
    static func text(_ tag: String, _ n: Int) -> String {
        let w = (0..<4).map { words[(n / [1, 26, 676, 17576][$0] + $0 * 7) % words.count] }
        let a = families[n % families.count], b = families[(n / families.count + 3) % families.count]
        return """
            Title: \(w[0].capitalized) \(w[1]) patterns in \(w[2]) \(w[3]) systems, series \(tag) number \(n)
            Authors: Alice \(a); Bruno \(b)
            Journal: Journal of Synthetic Studies
            Year: \(2000 + n % 25)
            DOI: \(doi(tag, n))

            """
    }
}
