import BibModel
import BibPipeline
import Foundation

/// Paths and helpers shared by the pipeline tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("fixtures/seeds")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { seeds.appendingPathComponent($0) }
    }

    /// A fresh, empty store folder under the system temp folder.
    static func tempStore() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func library(at dir: URL) throws -> Library {
        var c = Config()
        c.store = dir.path
        return try Library(config: c, lockWait: 5)
    }
}

extension Array where Element == Work {
    /// The work built from exactly these source files.
    func withSources(_ names: Set<String>) -> Work? {
        first { Set($0.sources.map(\.file)) == names }
    }
}
