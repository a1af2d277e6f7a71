import Foundation
import BibModel
import BibParse
@testable import BibExtract

/// Shared helpers for corpus and fixture tests: fixture paths and one-call extraction.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../fixtures").standardized

    static func url(_ relative: String) -> URL { root.appendingPathComponent(relative) }

    static func bytes(_ relative: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: url(relative))) }

    /// The first record the registry extracts from a fixture.
    static func record(_ relative: String) throws -> Record {
        let extraction = try Registry.extract(try Page.load(bytes: bytes(relative)))
        return try extraction.records.first.orThrow()
    }

    /// The id of the extractor the registry chooses for a fixture.
    static func extractor(_ relative: String) throws -> String {
        try Registry.extract(try Page.load(bytes: bytes(relative))).extractor
    }
}

struct MissingValue: Error {}

extension Optional {
    func orThrow() throws -> Wrapped {
        guard let v = self else { throw MissingValue() }
        return v
    }
}

extension Record {
    /// "Family, G" per author, the way the corpus gold is compared (family with particle, given initial).
    var authorKeys: [String] {
        authors.map { "\($0.fullFamily ?? $0.literal ?? ""), \($0.given?.prefix(1) ?? "")" }
    }
}
