import BibPipeline
import Foundation
import Testing

/// The config file: the shipped file equals the embedded defaults, and bad values name their key and file.
@Suite struct ConfigTests {
    @Test func theShippedConfigFileHoldsTheEmbeddedDefaults() throws {
        var c = try Config.load(path: Fixtures.root.appendingPathComponent("config/bibd.yaml").path)
        c.origin = Config().origin
        #expect(c == Config())
    }

    @Test func serveSettingsAreRead() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try "serve:\n  port: 9001\n  listen: 0.0.0.0\n  allow_remote: true\n  in_watch: true\n".write(to: file, atomically: true, encoding: .utf8)
        let c = try Config.load(path: file.path)
        #expect(c.serve.port == 9001 && c.serve.listen == "0.0.0.0" && c.serve.allowRemote && c.serve.inWatch)
        #expect(Config().serve.port == 8765 && Config().serve.listen == "127.0.0.1" && !Config().serve.allowRemote)
    }

    @Test(arguments: [
        ("stor: x\n", "stor"),
        ("debounce_ms: soon\n", "debounce_ms"),
        ("matching:\n  merge_threshold: 1.5\n", "matching.merge_threshold"),
        ("matching:\n  merge_threshold: 0.5\n  review_threshold: 0.8\n", "matching.review_threshold"),
        ("log_level: loud\n", "log_level"),
        ("trust_order: []\n", "trust_order"),
        ("serve:\n  port: 70000\n", "serve.port"),
        ("serve:\n  listen: ''\n", "serve.listen"),
        ("serve:\n  allow_remote: maybe\n", "serve.allow_remote"),
        ("serve:\n  in_watch: 1\n", "serve.in_watch"),
        ("serve:\n  host: 127.0.0.1\n", "serve.host"),
    ])
    func badValuesNameTheKeyAndTheFile(yaml: String, key: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        try yaml.write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try Config.load(path: file.path)
            Issue.record("accepted \(yaml)")
        } catch let e as PipelineError {
            #expect(e.description.contains(file.path))
            #expect(e.description.contains("'\(key)'"))
        }
    }
}
