import BibModel
import BibParse

/// Why a page was read as it was: every extractor that recognised it with its confidence, and the
/// candidates the chosen reading weighed, best first (`bibd extract --explain`).
public struct Explanation: Sendable {
    /// Extractor ids and their confidence, most confident first.
    public var recognized: [(id: String, score: Int)]
    /// Lines naming the candidates a reading compared, with their scores.
    public var candidates: [String]
}

/// A reading that can say which candidates it compared.
protocol CandidateExplaining {
    func candidates(_ page: Page) -> [String]
}

extension Registry {
    /// The extractors that recognise `page` and the candidates of the most confident one.
    public static func explain(_ page: Page) -> Explanation {
        let recognized = all.compactMap { e in e.recognizes(page).map { (id: e.id, score: $0) } }
            .sorted { $0.score > $1.score }
        var candidates: [String] = []
        for e in all.compactMap({ $0 as? any CandidateExplaining }) { candidates += e.candidates(page) }
        return Explanation(recognized: recognized, candidates: candidates)
    }
}
