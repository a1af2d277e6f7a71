/// Publishers and servers whose works are preprints: a publisher or container named here makes the
/// record a `.preprint` (a journal article published by them would be listed under another publisher).
public enum PreprintServers {
    /// Lower-case fragments of the names preprint servers and their operators print.
    public static let names: [String] = [
        "research square", "biorxiv", "medrxiv", "chemrxiv", "arxiv", "ssrn", "social science research network",
        "preprints.org", "preprints", "psyarxiv", "socarxiv", "osf preprints", "center for open science",
        "authorea", "techrxiv", "eartharxiv", "engrxiv", "qeios", "jmir preprints",
        "scielo preprints", "africarxiv", "edarxiv", "mindrxiv", "sportrxiv",
    ]

    /// Whether `name` (a publisher or container title) belongs to a preprint server.
    public static func matches(_ name: String) -> Bool {
        let lower = name.lowercased()
        return names.contains { fragment in
            guard let range = lower.firstRange(of: fragment) else { return false }
            // "Preprints" must be the whole word, not part of "reprints" or a journal's name.
            let before = range.lowerBound == lower.startIndex ? nil : lower[lower.index(before: range.lowerBound)]
            let after = range.upperBound == lower.endIndex ? nil : lower[range.upperBound]
            return !(before?.isLetter ?? false) && !(after?.isLetter ?? false)
        }
    }
}
