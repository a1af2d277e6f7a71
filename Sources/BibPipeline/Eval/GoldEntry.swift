import Foundation

/// One line of a gold .jsonl (shared/corpus/gold.jsonl format).
public struct GoldEntry: Decodable, Sendable {
    /// One gold author.
    public struct Author: Decodable, Sendable {
        public var family: String?
        public var given: String?
    }

    public var file: String
    public var title: String?
    public var authors: [Author]?
    public var doi: String?
    public var pmid: String?
    public var journal: String?
    public var year: Int?
    public var volume: String?
    public var issue: String?
    public var pages: String?
    public var abstractFirstWords: String?
    public var type: String?

    enum CodingKeys: String, CodingKey {
        case file, title, authors, doi, pmid, journal, year, volume, issue, pages, type
        case abstractFirstWords = "abstract_first_words"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        file = try c.decode(String.self, forKey: .file)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        authors = try c.decodeIfPresent([Author].self, forKey: .authors)
        doi = try c.decodeIfPresent(String.self, forKey: .doi)
        pmid = GoldEntry.loose(c, .pmid)
        journal = try c.decodeIfPresent(String.self, forKey: .journal)
        year = try? c.decodeIfPresent(Int.self, forKey: .year)
        volume = GoldEntry.loose(c, .volume)
        issue = GoldEntry.loose(c, .issue)
        pages = GoldEntry.loose(c, .pages)
        abstractFirstWords = try c.decodeIfPresent(String.self, forKey: .abstractFirstWords)
        type = try c.decodeIfPresent(String.self, forKey: .type)
    }

    /// A value written either as a string or as a number.
    private static func loose(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) -> String? {
        if let s = try? c.decodeIfPresent(String.self, forKey: key) { return s }
        if let n = try? c.decodeIfPresent(Int.self, forKey: key) { return String(n) }
        return nil
    }

    /// Reads every non-blank line of a .jsonl file.
    public static func load(_ url: URL) throws -> [GoldEntry] {
        let text = try String(contentsOf: url, encoding: .utf8)
        let decoder = JSONDecoder()
        return try text.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }.map {
            try decoder.decode(GoldEntry.self, from: Data($0.utf8))
        }
    }
}
