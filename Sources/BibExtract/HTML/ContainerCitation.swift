import BibModel

/// A container value that is a whole citation ("Cuadernos de Geografía Rural, ISSN 1133-9999, Nº 58, 2021, págs.
/// 77-102", as Dialnet writes `dc.relation.ispartof`): the journal is the part before the first locator, and the
/// labelled locators after it give the volume, the issue and the pages.
enum ContainerCitation {
    /// Labels of each locator, lower-cased, as Spanish, Portuguese, French and English citations print them.
    static let volumeLabels = ["vol.", "vol", "volume", "v.", "tomo"]
    static let issueLabels = ["nº", "n°", "no.", "no", "núm.", "num.", "n.", "issue", "iss."]
    static let pageLabels = ["págs.", "pág.", "pp.", "p.", "pages", "s."]
    static let otherLabels = ["issn", "isbn", "eissn"]

    struct Parts: Equatable {
        var journal: String
        var volume: String?
        var issue: String?
        var pages: String?
    }

    /// The parts of `value`, or nil when it holds no labelled locator after a journal name.
    static func split(_ value: String) -> Parts? {
        let pieces = value.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count >= 2, let journal = pieces.first, !journal.isEmpty else { return nil }
        var parts = Parts(journal: journal)
        var labelled = false
        for piece in pieces.dropFirst() {
            let words = piece.split(separator: " ", maxSplits: 1).map(String.init)
            guard words.count == 2, let number = words.last, number.first?.isNumber == true else { continue }
            let label = words[0].lowercased()
            if volumeLabels.contains(label) { parts.volume = number; labelled = true }
            else if issueLabels.contains(label) { parts.issue = number; labelled = true }
            else if pageLabels.contains(label) { parts.pages = number; labelled = true }
            else if otherLabels.contains(label) { labelled = true }
        }
        return labelled ? parts : nil
    }
}
