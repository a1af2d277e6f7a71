import BibModel
import BibParse

/// Reads bibliographic records out of one kind of page. One type per site family, plus generic readers.
///
/// `recognizes` says how sure the extractor is that the page is its kind (nil: not at all); the
/// registry runs the most confident one. `extract` returns the page's article records, each value
/// noted in `Record.evidence` with the rule that produced it, or throws `ExtractError.noArticle`.
public protocol Extractor: Sendable {
    /// Stable identifier, stored as provenance ("pubmed-text", "embedded-metadata", …).
    var id: String { get }
    func recognizes(_ page: Page) -> Int?
    func extract(_ page: Page) throws -> [Record]
}

/// What extraction produced for one file.
public struct Extraction: Sendable {
    public var extractor: String
    public var records: [Record]

    public init(extractor: String, records: [Record]) {
        self.extractor = extractor; self.records = records
    }
}

/// Why a page yields no record.
public enum ExtractError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The page holds no article (a challenge page, a search result list, an empty shell).
    case noArticle(String)

    public var description: String {
        switch self {
        case .noArticle(let why): return "no article found: \(why)"
        }
    }
}
