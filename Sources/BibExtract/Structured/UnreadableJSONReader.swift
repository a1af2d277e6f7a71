import BibModel
import BibParse

/// Claims a text file that opens as JSON but cannot be read as records: it does not parse (truncated, or
/// not JSON after all), it is too large to parse, or it is JSON of no format bibd reads. The file is
/// refused with that reason instead of being read as a page of text. The JSON record readers score higher,
/// so they win every file they recognise.
public struct UnreadableJSONReader: Extractor {
    public let id = "json"
    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        switch JSONSupport.parse(page) {
        case .failure?: return 90
        case .success?: return 50
        case nil: return nil
        }
    }

    public func extract(_ page: Page) throws -> [Record] {
        defer { JSONSupport.release(page) }
        switch JSONSupport.parse(page) {
        case .failure(let error)?: throw error
        case .success?: throw JSONFileError.unknownFormat
        case nil: return []
        }
    }
}
