import BibParse
import BibPipeline
import Foundation
import Testing

/// A 1 GB record file is refused from its size before a byte is read: memory stays bounded.
@Suite struct RecordFileLimitTests {
    @Test func oneGigabyteJSONIsRefusedBeforeReading() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("huge.json")
        // A sparse file: 1 GB long, no data blocks written.
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("[".utf8)))
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: 1 << 30)
        try handle.close()
        #expect(throws: PipelineError.self) { try ExtractStage.read(file) }
        let lib = try Fixtures.library(at: dir.appendingPathComponent("store"))
        let report = lib.ingestFile(file)
        #expect(report.outcome.isFailure)
        #expect(report.message.contains("too large"))
    }
}
