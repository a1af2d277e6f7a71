import ArgumentParser
import BibModel
import BibPipeline
import BibServe
import Foundation

/// `bibd bench-serve`: how fast the server answers on a large store, measured over real HTTP on loopback.
struct BenchServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-serve",
        abstract: "Benchmark: bibd serve on N synthetic works: keyed export p95, whole-library BibTeX, review page, concurrent clients.")

    @Option(help: "Number of works.") var works: Int = 100_000
    @Option(help: "Pairs held for review.") var pairs: Int = 1_000
    @Option(help: "Keys per keyed export request.") var keys: Int = 50
    @Option(help: "Keyed export requests timed.") var requests: Int = 200
    @Option(help: "Concurrent clients in the load round.") var clients: Int = 200
    @Option(help: "Requests per client in the load round.") var perClient: Int = 5
    @Option(help: "Store folder (a temporary folder if omitted; an existing bench store is reused).") var store: String?

    func run() throws {
        let dir = URL(fileURLWithPath: store ?? NSTemporaryDirectory() + "bibd-bench-serve-\(getpid())")
        defer { if store == nil { try? FileManager.default.removeItem(at: dir) } }
        var config = Config()
        config.store = dir.path
        let library = try Library(config: config, lockWait: 5)
        let t = Date()
        if try library.store.read({ try $0.count(.works) }) != works { try fill(library) }
        print(String(format: "store with %d works and %d pairs in doubt ready in %.1f s", works, pairs, Date().timeIntervalSince(t)))
        let allKeys = Array(try library.store.read { try $0.citekeysByID() }.values).sorted()
        let server = try LibraryServer(library: library, listen: "127.0.0.1", port: 0)
        let port = try ServeBenchmark.start(server)

        var rng = SystemRandomNumberGenerator()
        let keyed = try ServeBenchmark.time(requests, port: port) {
            let pick = (0..<keys).map { _ in allKeys.randomElement(using: &rng)! }
            return "/export?format=bibtex&keys=" + pick.joined(separator: ",")
        }
        print(keyed.line("GET /export?keys= (\(keys) keys)", goalMs: 20))
        let whole = try ServeBenchmark.time(10, port: port) { "/export?format=bibtex" }
        let mb = String(format: "%.1f", Double(whole.bytes) / 1e6)
        print(whole.line("GET /export (whole library, \(mb) MB; this benchmark's client keeps the body)", goalMs: 300))
        if let curl = try ServeBenchmark.timeWithCurl(10, port: port, path: "/export?format=bibtex") {
            print(curl.line("GET /export (whole library, \(mb) MB; curl -o /dev/null)", goalMs: 300))
        } else {
            print("GET /export with curl: skipped (no curl on this machine)")
        }
        let perPage = ServeLimits().reviewPairsPerPage
        let review = try ServeBenchmark.time(10, port: port) { "/review" }
        print(review.line("GET /review (\(pairs) pairs in doubt, the first page of \(perPage) as served)", goalMs: 200))
        let reviewAll = try ServeBenchmark.time(10, port: port) { "/review?all=1" }
        print(reviewAll.line("GET /review?all=1 (all \(pairs) pairs on one page)", goalMs: 200))
        // Keys drawn per request (a shuffle of every key per request made the clients, not the server, the bottleneck).
        let load = ServeBenchmark.load(clients: clients, perClient: perClient, port: port) {
            "/export?format=bibtex&keys=" + (0..<keys).map { _ in allKeys.randomElement()! }.joined(separator: ",")
        }
        print(String(format: "%d concurrent clients x %d keyed exports: %d errors, %.0f requests/s, p95 %.1f ms",
                     clients, perClient, load.errors, load.rate, load.p95Ms))
    }

    /// Synthetic works, exports written, and `pairs` pairs of neighbouring works held for review.
    private func fill(_ library: Library) throws {
        let generated = (0..<works).map(SyntheticWork.make)
        try library.loadForBenchmark(generated)
        try library.store.write { tx in
            for i in stride(from: 0, to: min(pairs * 2, generated.count - 1), by: 2) {
                try tx.recordPair(generated[i].sources[0].sha256, generated[i + 1].sources[0].sha256,
                                  outcome: .review, rule: "benchmark", score: 0.8)
            }
            try tx.markExportsStale()
        }
        try library.finishBatch()
    }
}

/// Timing helpers for `bench-serve`: sequential requests with percentiles, and a round of concurrent clients.
enum ServeBenchmark {
    struct Timing {
        var ms: [Double]
        var bytes: Int
        func percentile(_ p: Double) -> Double { ms.sorted()[min(ms.count - 1, Int(Double(ms.count) * p))] }
        func line(_ what: String, goalMs: Double) -> String {
            String(format: "%@: p50 %.1f ms, p95 %.1f ms over %d requests (goal p95 <= %.0f ms: %@)", what, percentile(0.5),
                   percentile(0.95), ms.count, goalMs, percentile(0.95) <= goalMs ? "met" : "NOT met")
        }
    }

    /// Starts `server` in the background and returns the port it bound.
    static func start(_ server: LibraryServer) throws -> Int {
        let bound = DispatchSemaphore(value: 0)
        let port = PortBox()
        Task { try await server.run(handleSignals: false) { p in port.set(p); bound.signal() } }
        guard bound.wait(timeout: .now() + 30) == .success else { throw ValidationError("the server did not start") }
        return port.value
    }

    static func time(_ n: Int, port: Int, path: () -> String) throws -> Timing {
        var ms: [Double] = []
        var bytes = 0
        for _ in 0..<n {
            let p = path()
            let start = DispatchTime.now().uptimeNanoseconds
            let r = try LoopbackHTTP.send("GET", p, port: port)
            ms.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            guard r.status == 200 else { throw ValidationError("GET \(p.prefix(80)) answered \(r.status): \(r.text.prefix(200))") }
            bytes = r.body.count
        }
        return Timing(ms: ms, bytes: bytes)
    }

    /// The same timing taken by curl writing the body to /dev/null (curl's own total time); nil without curl.
    static func timeWithCurl(_ n: Int, port: Int, path: String) throws -> Timing? {
        let curl = "/usr/bin/curl"
        guard FileManager.default.isExecutableFile(atPath: curl) else { return nil }
        var ms: [Double] = []
        var bytes = 0
        for _ in 0..<n {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: curl)
            p.arguments = ["-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total} %{size_download}", "http://127.0.0.1:\(port)\(path)"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            let parts = text.split(separator: " ")
            guard parts.count == 3, parts[0] == "200", let s = Double(parts[1]), let b = Int(parts[2]) else {
                throw ValidationError("curl GET \(path) answered: \(text)")
            }
            ms.append(s * 1000)
            bytes = b
        }
        return Timing(ms: ms, bytes: bytes)
    }

    /// `clients` threads at once, each sending `perClient` requests; counts every failure or non-200 answer.
    static func load(clients: Int, perClient: Int, port: Int, path: @escaping @Sendable () -> String)
        -> (errors: Int, rate: Double, p95Ms: Double) {
        let results = LoadResults()
        let group = DispatchGroup()
        let start = Date()
        for _ in 0..<clients {
            group.enter()
            Thread {
                for _ in 0..<perClient {
                    let p = path()
                    let t = DispatchTime.now().uptimeNanoseconds
                    let ok = (try? LoopbackHTTP.send("GET", p, port: port).status) == 200
                    results.add(ok: ok, ms: Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                }
                group.leave()
            }.start()
        }
        group.wait()
        let s = Date().timeIntervalSince(start)
        let (errors, ms) = results.snapshot
        let sorted = ms.sorted()
        return (errors, Double(clients * perClient) / s, sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))])
    }
}

final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port = 0
    var value: Int { lock.lock(); defer { lock.unlock() }; return port }
    func set(_ p: Int) { lock.lock(); port = p; lock.unlock() }
}

final class LoadResults: @unchecked Sendable {
    private let lock = NSLock()
    private var errors = 0
    private var ms: [Double] = []
    func add(ok: Bool, ms t: Double) { lock.lock(); if !ok { errors += 1 }; ms.append(t); lock.unlock() }
    var snapshot: (Int, [Double]) { lock.lock(); defer { lock.unlock() }; return (errors, ms) }
}
