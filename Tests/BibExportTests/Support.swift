import BibModel
import Foundation
@testable import BibExport

/// Paths and builders shared by the export tests.
enum Support {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let validator = repoRoot.appendingPathComponent("scripts/validate-exports.sh")

    static func loadHostile() throws -> [Work] {
        try load("hostile.json")
    }

    /// A `[Work]` fixture from fixtures/export/.
    static func load(_ name: String) throws -> [Work] {
        let url = repoRoot.appendingPathComponent("fixtures/export").appendingPathComponent(name)
        return try JSONDecoder().decode([Work].self, from: Data(contentsOf: url))
    }

    /// Writes the four files `validate-exports.sh` reads (plus RIS) into `dir`.
    static func writeExports(_ works: [Work], to dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for format in ExportFormat.allCases {
            try Data(Exporter.render(works, as: format).utf8).write(to: dir.appendingPathComponent(format.fileName))
        }
    }

    static func work(_ id: String, key: String? = nil, _ record: Record) -> Work {
        Work(id: id, citekey: key, record: record, sources: [SourceRef(file: "\(id).html", sha256: "ab", extractor: "generic")])
    }

    /// The first line of `text` that starts with `prefix` (after leading spaces), trimmed.
    static func line(_ prefix: String, in text: String) -> String? {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix(prefix) }
    }

    static func riley() -> Record {
        Record(type: .journalArticle, title: "'This is hardcore': a qualitative study of exercise in Scotland",
               authors: [Person(family: "Riley", given: "Fleur"), Person(family: "Smith", given: "J. A.")],
               containerTitle: "BMC Public Health", issued: PartialDate(year: 2023, month: 5, day: 12),
               volume: "23", issue: "1", page: "615-621", doi: "10.1186/s12889-023-15432-1")
    }
}
