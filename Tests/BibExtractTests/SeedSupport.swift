import BibModel
import Foundation
import BibNormalize
import BibParse
@testable import BibExtract

/// Loads seed and inline pages for the extraction tests.
enum SeedSupport {
    /// The repository's fixtures folder, found from this file's path.
    static let fixtures: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/fixtures"
    }()

    static func bytes(ofFile path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else { throw SeedError.missing(path) }
        return [UInt8](data)
    }

    /// Extracts and normalizes a seed file: the extractor id and its records.
    static func seed(_ name: String) throws -> (extractor: String, records: [Record]) {
        let page = try Page.load(bytes: bytes(ofFile: fixtures + "/seeds/" + name))
        let e = try Registry.extract(page)
        return (e.extractor, e.records.map(Normalizer.normalize))
    }

    /// Extracts and normalizes inline text.
    static func text(_ s: String) throws -> (extractor: String, records: [Record]) {
        let page = try Page.load(bytes: Array(s.utf8))
        let e = try Registry.extract(page)
        return (e.extractor, e.records.map(Normalizer.normalize))
    }

    enum SeedError: Error { case missing(String) }
}
