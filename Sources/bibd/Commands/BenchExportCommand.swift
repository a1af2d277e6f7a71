import ArgumentParser
import BibExport
import BibModel
import BibPipeline
import Foundation

/// `bibd bench-export`: how fast a large store is written, rendered from scratch and from the render cache.
struct BenchExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-export",
        abstract: "Benchmark: export N synthetic works (full render, and the store's cached rewrite after a small change).")

    @Option(help: "Number of works.") var works: Int = 100_000
    @Option(help: "Works changed before the cached rewrite.") var changed: Int = 10
    @Option(help: "Store folder for the cached-rewrite measurement (a temporary folder if omitted).") var store: String?
    @Option(help: "How many cached rewrites to time (the median is printed).") var rewrites: Int = 3
    @Flag(help: "Skip the full-render measurement.") var skipFullRender = false
    @Flag(help: "Only the full render: no store, no cached rewrites.") var skipStore = false
    @Option(name: .customLong("format"), help: "Render only this format (repeatable; every format when omitted).")
    var formats: [ExportFormat] = []

    func run() throws {
        let generated = (0..<works).map(SyntheticWork.make)
        let chosen = formats.isEmpty ? ExportFormat.allCases : formats
        for format in chosen where !skipFullRender {
            let start = Date()
            let text = Exporter.render(generated, as: format)
            let s = Date().timeIntervalSince(start)
            print(String(format: "full render %@: %d works in %.2f s (%.0f works/s, %.1f MB)", format.rawValue, works, s,
                         Double(works) / s, Double(text.utf8.count) / 1e6))
        }
        if skipStore { return }
        let dir = URL(fileURLWithPath: store ?? NSTemporaryDirectory() + "bibd-bench-export-\(getpid())")
        defer { if store == nil { try? FileManager.default.removeItem(at: dir) } }
        var config = Config()
        config.store = dir.path
        let library = try Library(config: config, lockWait: 5)
        var t = Date()
        try library.loadForBenchmark(generated)
        print(String(format: "store loaded with %d works in %.1f s", works, Date().timeIntervalSince(t)))
        t = Date()
        try library.writeExports()
        print(String(format: "first export from the store (renders and caches every entry): %.2f s", Date().timeIntervalSince(t)))
        var times: [Double] = []
        for round in 0..<max(1, rewrites) {
            try library.touchForBenchmark(Array(generated.dropFirst(round * changed).prefix(changed)))
            t = Date()
            try library.writeExports()
            times.append(Date().timeIntervalSince(t))
        }
        times.sort()
        print(String(format: "export of the library files after %d works changed (cached entries reused): median %.2f s over %d rewrites",
                     changed, times[times.count / 2], times.count))
        for format in chosen {
            // The first call renders and caches the entries of a format the library does not keep a file of.
            _ = try library.exportText(format)
            t = Date()
            let text = try library.exportText(format)
            print(String(format: "whole store as %@ from the cache: %.2f s (%.1f MB)", format.rawValue, Date().timeIntervalSince(t),
                         Double(text.utf8.count) / 1e6))
        }
        print("peak RSS \(BenchExtract.peakRSS())")
    }
}

/// Synthetic works for the benchmarks: realistic field lengths, non-ASCII names, varied types.
enum SyntheticWork {
    static let families = ["Riley", "Müller", "van der Berg", "Øster", "Nakamura", "García-López", "O'Brien", "Smith"]
    static let words = ["heroin", "assisted", "treatment", "qualitative", "cohort", "CRISPR", "screening", "HPV",
                        "cytology", "graph", "query", "database", "learning", "model", "analysis", "trial"]

    static func make(_ i: Int) -> Work {
        var r = Record(type: i % 10 == 0 ? .preprint : .journalArticle)
        r.title = (0..<(8 + i % 7)).map { words[(i &* 31 &+ $0 &* 7) % words.count] }.joined(separator: " ").capitalized + " \(i)"
        r.authors = (0..<(1 + i % 6)).map { k in Person(family: families[(i + k) % families.count], given: "A\(k) B.") }
        r.containerTitle = i % 10 == 0 ? nil : "Journal of Synthetic Studies \(i % 50)"
        r.publisher = i % 10 == 0 ? "Research Square Platform LLC" : nil
        r.issued = PartialDate(year: 1990 + i % 35, month: 1 + i % 12, day: 1 + i % 28)
        r.volume = "\(1 + i % 40)"
        r.issue = "\(1 + i % 12)"
        r.page = "\(100 + i % 900)-\(110 + i % 900)"
        r.doi = i % 10 == 0 ? nil : "10.5555/synth.\(i)"
        r.abstract = String(repeating: "Background: a synthetic abstract of realistic length with 50% & $ signs. ", count: 8)
        r.keywords = ["synthetic", words[i % words.count]]
        let sha = String(repeating: "0", count: 8) + String(format: "%056x", i)
        r.source = SourceRef(file: "synthetic-\(i).html", sha256: sha, extractor: "embedded-metadata")
        return Work(id: "w-\(sha.suffix(16))", record: r, sources: [r.source!])
    }
}
