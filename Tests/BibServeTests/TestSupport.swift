import BibModel
import BibPipeline
import BibServe
import Foundation
import Logging

/// Paths, stores and a running server for the serve tests.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("fixtures/seeds")

    static func seedFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { seeds.appendingPathComponent($0) }
    }

    /// A fresh, empty folder under the system temp folder.
    static func tempFolder() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-serve-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// A store in `dir` holding the five seed pages.
    static func seedLibrary(at dir: URL) throws -> Library {
        var c = Config()
        c.store = dir.appendingPathComponent("store").path
        c.failed = dir.appendingPathComponent("failed").path
        let lib = try Library(config: c, lockWait: 5)
        _ = lib.ingest(try seedFiles())
        return lib
    }

    /// A work of one source whose title is `title`, for stores built without files.
    static func work(id: String, title: String, doi: String? = nil) -> Work {
        var r = Record()
        r.type = .journalArticle
        r.title = title
        r.doi = doi
        r.authors = [Person(family: "Hostile", given: "Ann")]
        r.issued = PartialDate(year: 2024)
        let source = SourceRef(file: "\(id).html", sha256: id.utf8.map { String(format: "%02x", $0) }.joined().padding(toLength: 64, withPad: "0", startingAt: 0), extractor: "test")
        return Work(id: id, record: r, sources: [source],
                    provenance: ["title": [Provenance(file: "\(id).html", sha256: source.sha256, rule: "test")]])
    }
}

/// A `LibraryServer` running on an ephemeral loopback port for one test.
final class RunningServer: @unchecked Sendable {
    let server: LibraryServer
    let port: Int
    private let task: Task<Void, Error>

    init(_ library: Library, limits: ServeLimits = ServeLimits()) async throws {
        let server = try LibraryServer(library: library, listen: "127.0.0.1", port: 0, limits: limits)
        self.server = server
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
        var quiet = Logger(label: "bibd.serve.test")
        quiet.logLevel = .critical  // cancelling the server at the end of a test is not an error worth printing
        let logger = quiet
        task = Task { try await server.run(handleSignals: false, logger: logger) { continuation.yield($0) } }
        var it = stream.makeAsyncIterator()
        guard let p = await it.next() else { throw HTTPTestError.noPort }
        port = p
    }

    var token: String { server.served.token.value }

    func stop() { task.cancel() }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> HTTPTestResponse {
        try await RawHTTP.request("GET", path, port: port, headers: headers)
    }

    func post(_ path: String, body: Data, headers: [String: String] = [:]) async throws -> HTTPTestResponse {
        try await RawHTTP.request("POST", path, port: port, headers: headers, body: body)
    }
}

enum HTTPTestError: Error { case noPort }

typealias HTTPTestResponse = LoopbackHTTP.Response

enum RawHTTP {
    /// `LoopbackHTTP.send` on a thread of its own: a blocking socket call must not hold one of the few threads the
    /// server's handlers run on.
    static func request(_ method: String, _ path: String, port: Int, headers: [String: String] = [:],
                        body: Data? = nil) async throws -> HTTPTestResponse {
        try await Blocking.run { try LoopbackHTTP.send(method, path, port: port, headers: headers, body: body) }
    }
}

/// Runs blocking work (sockets, child processes) on a dispatch thread, off the concurrency pool.
enum Blocking {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { c in
            DispatchQueue.global().async { c.resume(with: Result { try body() }) }
        }
    }
}

extension Fixtures {
    /// Adds two works of one source each and holds them for review as a pair in doubt (as matching does for a
    /// score between the review and merge thresholds); returns their keys.
    static func addPairInDoubt(to lib: Library, titles: (String, String), ids: (String, String) = ("w-doubt-a", "w-doubt-b"))
        throws -> (String, String) {
        let a = work(id: ids.0, title: titles.0), b = work(id: ids.1, title: titles.1)
        try lib.loadForBenchmark([a, b])
        try lib.store.write { tx in
            try tx.recordPair(a.sources[0].sha256, b.sources[0].sha256, outcome: .review, rule: "title+authors", score: 0.8)
            try tx.markExportsStale()
        }
        try lib.finishBatch()
        let keys = try lib.store.read { tx in (try tx.work(id: a.id)?.citekey, try tx.work(id: b.id)?.citekey) }
        return (keys.0 ?? a.id, keys.1 ?? b.id)
    }
}
