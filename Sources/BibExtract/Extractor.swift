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
    /// The highest score `recognizes` can give. The registry does not ask an extractor whose ceiling cannot beat
    /// the best score so far, so a dear test (a whole-text reading) is skipped once a reader has claimed the page.
    var ceiling: Int { get }
}

extension Extractor {
    /// Unbounded unless an extractor states its ceiling (see `ExtractorCeilings.swift`).
    public var ceiling: Int { Int.max }
}

/// What extraction produced for one file.
public struct Extraction: Sendable {
    public var extractor: String
    public var records: [Record]
    /// For record files: the 1-based line where each record starts (parallel to `records`; empty otherwise).
    public var lines: [Int]
    /// Records of the file that could not be read, each with its line (the others are in `records`).
    public var problems: [RecordProblem]

    public init(extractor: String, records: [Record], lines: [Int] = [], problems: [RecordProblem] = []) {
        self.extractor = extractor; self.records = records; self.lines = lines; self.problems = problems
    }
}

/// What a reader of a many-record file (BibTeX, RIS, CSV…) found: the records in file order, the line
/// each starts on, and the records it could not read.
public struct RecordFile: Sendable {
    public var records: [Record]
    public var lines: [Int]
    public var problems: [RecordProblem]

    public init(records: [Record] = [], lines: [Int] = [], problems: [RecordProblem] = []) {
        self.records = records; self.lines = lines; self.problems = problems
    }

    mutating func append(_ record: Record, line: Int) {
        records.append(record); lines.append(line)
    }
}

/// An extractor for files that hold many records and locate each by line.
public protocol RecordFileReader: Extractor {
    func read(_ page: Page) -> RecordFile
}

extension RecordFileReader {
    public func extract(_ page: Page) throws -> [Record] { read(page).records }
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
