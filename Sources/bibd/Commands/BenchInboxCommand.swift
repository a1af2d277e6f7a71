import ArgumentParser
import BibExport
import BibInbox
import BibMatch
import BibMerge
import BibModel
import BibPipeline
import BibStore
import Foundation
import Logging
#if canImport(Glibc)
import Glibc
#endif

/// `bibd bench-inbox`: how long a file takes from landing in the inbox to `library.bib` containing its work,
/// over a store of a given size, with a breakdown of where that time goes. Prints figures; changes nothing
/// outside its own (temporary) folder.
struct BenchInbox: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-inbox",
        abstract: "Measure inbox-to-library.bib latency over a store of N synthetic works.",
        discussion: """
            Fills a fresh store with N distinct synthetic works (plain-text dumps run through the real extraction
            and normalization, then stored in bulk transactions), runs the watch daemon in-process, drops probe
            files into the inbox one at a time and times each until library.bib names its DOI. Then times the
            steps of one batch directly: ingesting a file, issuing keys, reading the works, rendering, writing.
            """)

    @Option(help: "Works in the store before measuring.")
    var works = 10_000

    @Option(help: "Probe files dropped one at a time, each timed.")
    var samples = 5

    @Option(name: .customLong("debounce-ms"), help: "The daemon's quiet time before a batch (the config's debounce_ms).")
    var debounceMs = Config().debounceMilliseconds

    @Option(help: "Folder to work in (default: a new temporary folder, removed afterwards).")
    var dir: String?

    func run() throws {
        let root = URL(fileURLWithPath: dir ?? NSTemporaryDirectory() + "bibd-bench-\(UUID().uuidString)")
        defer { if dir == nil { try? FileManager.default.removeItem(at: root) } }
        var c = Config()
        c.store = root.appendingPathComponent("store").path
        c.inbox = root.appendingPathComponent("inbox").path
        c.processed = root.appendingPathComponent("processed").path
        c.failed = root.appendingPathComponent("failed").path
        c.debounceMilliseconds = debounceMs
        let stage = root.appendingPathComponent("stage")
        for d in [c.inbox, stage.path] { try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true) }
        LogSetup.bootstrap(level: "warning")
        let logger = Logger(label: "bibd.bench")
        let library = try Library(config: c, logger: logger, lockWait: 5)

        print("bench-inbox: \(works) works, \(samples) samples, debounce_ms \(debounceMs), folder \(root.path)")
        let filled = try Self.timed { try BenchStoreFiller(library: library).fill(count: works) }
        print(String(format: "  fill store (bulk, %d works):        %8.2f s", works, filled))
        let first = try Self.timed { try library.finishBatch() }
        print(String(format: "  first keys + exports:               %8.2f s", first))
        let bib = library.exportFiles[0].1
        let size = (try? FileManager.default.attributesOfItem(atPath: bib.path)[.size] as? Int) ?? 0
        print(String(format: "  library.bib size:                   %8.1f MB", Double(size) / 1e6))

        let latencies = try measureDaemon(library: library, config: c, stage: stage, logger: logger)
        if !latencies.isEmpty {
            let sorted = latencies.sorted()
            print(String(format: "  latency landing → library.bib:      median %.3f s, min %.3f s, max %.3f s (%d samples)",
                         sorted[sorted.count / 2], sorted[0], sorted[sorted.count - 1], sorted.count))
        }
        try profileBatch(library: library, stage: stage)
    }

    /// Drops probe files one at a time into the inbox of a running daemon; returns each one's latency.
    func measureDaemon(library: Library, config c: Config, stage: URL, logger: Logger) throws -> [Double] {
        let mover = InboxMover(processed: URL(fileURLWithPath: c.processed), failed: URL(fileURLWithPath: c.failed),
                               version: BibdVersion.string)
        let processor = InboxProcessor(library: library, inbox: URL(fileURLWithPath: c.inbox), mover: mover, logger: logger)
        let daemon = try Daemon(processor: processor, debounceMs: c.debounceMilliseconds, logger: logger, stopSignals: false)
        let thread = OwnThread { daemon.run() }
        defer { daemon.stop(); thread.wait() }
        let bib = library.exportFiles[0].1
        var out: [Double] = []
        for k in 0..<samples {
            let doi = "10.5555/bench.probe.\(works).\(k)"
            let staged = stage.appendingPathComponent("probe-\(k).txt")
            try Data(BenchStoreFiller.dump(n: 7_000_000 + k, doi: doi).utf8).write(to: staged)
            var lastInode = Self.inode(bib)
            let t0 = Date()
            guard rename(staged.path, c.inbox + "/probe-\(k).txt") == 0 else { throw ValidationError("cannot drop a probe") }
            var latency: Double?
            while latency == nil, Date().timeIntervalSince(t0) < 120 {
                let now = Self.inode(bib)
                if now != lastInode {
                    let seen = Date().timeIntervalSince(t0)
                    lastInode = now
                    if let data = FileManager.default.contents(atPath: bib.path), data.range(of: Data(doi.utf8)) != nil { latency = seen }
                }
                usleep(1000)
            }
            guard let latency else { throw ValidationError("probe \(k) did not reach library.bib within 120 s") }
            print(String(format: "  probe %d: %.3f s", k, latency))
            out.append(latency)
            usleep(200_000)
        }
        return out
    }

    /// Times the steps of one single-file batch directly on the library.
    func profileBatch(library: Library, stage: URL) throws {
        let formula = library.config.parsedCitekeyFormula
        let file = stage.appendingPathComponent("profile.txt")
        try Data(BenchStoreFiller.dump(n: 8_000_000, doi: "10.5555/bench.profile.\(works)").utf8).write(to: file)
        print("  one batch of one file, step by step:")
        let ingest = try Self.timed { _ = library.ingestFile(file) }
        print(String(format: "    ingestFile (read, extract, match, store):  %8.3f s", ingest))
        let finish = try Self.timed { try library.finishBatch() }
        print(String(format: "    finishBatch (keys + every export):         %8.3f s", finish))
        var all: [Work] = []
        let read = try Self.timed { all = try library.works() }
        print(String(format: "      of which store read of all works:        %8.3f s", read))
        for (format, _) in library.exportFiles {
            var text = ""
            let render = try Self.timed { text = Exporter.render(all, as: format, formula: formula) }
            let write = try Self.timed { try AtomicFile.write(text, to: stage.appendingPathComponent("x.\(format.rawValue)")) }
            let label = format.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            print("      of which render " + label + String(format: " %8.3f s, write %6.3f s", render, write))
        }
        let ingestRate = try measureIngestRate(library: library, stage: stage)
        print(String(format: "    ingestFile one at a time: %.1f ms per file (so %.0f s per 100,000 files)", ingestRate * 1000,
                     ingestRate * 100_000))
    }

    /// Mean seconds per file of `Library.ingestFile` over a few fresh files (what filling by files would cost).
    func measureIngestRate(library: Library, stage: URL) throws -> Double {
        let count = 200
        let files = try (0..<count).map { i -> URL in
            let url = stage.appendingPathComponent("rate-\(i).txt")
            try Data(BenchStoreFiller.dump(n: 9_000_000 + i, doi: "10.5555/bench.rate.\(works).\(i)").utf8).write(to: url)
            return url
        }
        return try Self.timed { for f in files { _ = library.ingestFile(f) } } / Double(count)
    }

    static func timed(_ body: () throws -> Void) throws -> Double {
        let t = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e9
    }

    static func inode(_ url: URL) -> UInt64 {
        var st = stat()
        return stat(url.path, &st) == 0 ? UInt64(st.st_ino) : 0
    }
}

/// Fills a store with distinct synthetic works quickly: each record comes from a plain-text dump run through
/// the real extraction and normalization, and is filed with its block keys and merged record, many per
/// transaction (none of them match each other: every DOI is different).
struct BenchStoreFiller {
    let library: Library

    static let words = ["adaptive", "bayesian", "coastal", "dynamic", "elastic", "fungal", "glacial", "hepatic",
                        "ionic", "jovian", "kinetic", "lunar", "marine", "neural", "optical", "polar", "quantum",
                        "renal", "solar", "thermal", "urban", "viral", "woody", "xylem", "yeast", "zonal"]
    static let families = ["Abbott", "Baker", "Chen", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ito",
                           "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov"]

    /// A labelled text dump of synthetic article `n` (what the generic text extractor reads).
    static func dump(n: Int, doi: String) -> String {
        let w = (0..<4).map { words[(n / [1, 26, 676, 17576][$0] + $0 * 7) % words.count] }
        let a = families[n % families.count], b = families[(n / families.count + 3) % families.count]
        return """
            Title: \(w[0].capitalized) \(w[1]) patterns in \(w[2]) \(w[3]) systems, study \(n)
            Authors: Alice \(a); Bruno \(b)
            Journal: Journal of Synthetic Studies
            Year: \(2000 + n % 25)
            DOI: \(doi)

            """
    }

    func fill(count: Int) throws {
        let matcher = Matcher(config: library.config.matching)
        let merger = Merger(trust: library.config.trustOrder)
        for start in stride(from: 0, to: count, by: 5000) {
            let batch = try (start..<min(count, start + 5000)).map { n -> (sha: String, record: Record, name: String) in
                let name = "fill-\(n).txt"
                let bytes = Array(Self.dump(n: n, doi: "10.5555/bench.fill.\(n)").utf8)
                let sha = ContentHash.sha256(bytes)
                let extraction = try ExtractStage.run(bytes: bytes, fileName: name, sha256: sha)
                guard let record = extraction.records.first else { throw ValidationError("no record for \(name)") }
                return (sha, record, name)
            }
            try library.store.write { tx in
                for item in batch {
                    let workID = "w-" + String(item.sha.prefix(16))
                    try tx.insertSource(id: item.sha, record: item.record, workID: workID, blockKeys: StoredBlockKeys(matcher.subject(item.record)))
                    let (merged, provenance) = merger.merge([item.record])
                    try tx.saveWork(Work(id: workID, record: merged, sources: item.record.source.map { [$0] } ?? [],
                                         provenance: provenance))
                    try tx.recordFile(sha256: item.sha, name: item.name, outcome: .ingested)
                }
                try tx.markExportsStale()
            }
        }
    }
}
