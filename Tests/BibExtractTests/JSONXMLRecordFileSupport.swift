import BibModel
import BibParse
@testable import BibExtract

/// Reads a small inline record file the way the pipeline does: bytes → page → the most confident extractor.
enum JSONXMLRecordFile {
    static func read(_ text: String) throws -> (extractor: String, records: [Record]) {
        let page = try Page.load(bytes: Array(text.utf8))
        let e = try Registry.extract(page)
        return (e.extractor, e.records)
    }
}
