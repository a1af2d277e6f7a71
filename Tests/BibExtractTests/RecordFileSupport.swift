import BibModel
import BibParse
@testable import BibExtract

/// Helpers for the record-file reader tests: a page from inline text, and what a reader makes of it.
enum RecordFiles {
    static func page(_ text: String) throws -> Page { try Page.load(bytes: Array(text.utf8)) }

    static func read(_ reader: some RecordFileReader, _ text: String) throws -> RecordFile {
        let p = try page(text)
        return reader.read(p)
    }

    /// The id of the extractor the registry picks for `text`.
    static func chosen(_ text: String) throws -> String? {
        try? Registry.extract(try page(text)).extractor
    }
}
