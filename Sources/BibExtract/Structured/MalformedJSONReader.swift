import BibModel
import BibParse

/// Claims a text file that opens as JSON but does not parse (truncated, or not JSON after all) or is too
/// large to parse, so that it is refused with the reason instead of being read as a page of text.
public struct MalformedJSONReader: Extractor {
    public let id = "json"
    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        if case .failure? = JSONSupport.parse(page) { return 90 }
        return nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        if case .failure(let error)? = JSONSupport.parse(page) { throw error }
        return []
    }
}
