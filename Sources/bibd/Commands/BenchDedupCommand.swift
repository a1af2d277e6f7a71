import ArgumentParser
import BibMatch
import BibModel
import Foundation

/// `bibd bench-dedup`: generates a synthetic library and reports dedup speed, peak memory, pairwise
/// quality against the generator's truth, and the time to decide one new record against an index.
struct BenchDedup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-dedup",
        abstract: "Benchmark the match/dedup engine on a synthetic library."
    )

    @Option(help: "Records in the synthetic library.")
    var records = 80_000

    @Option(help: "Works in the index for the incremental measure (0 to skip).")
    var indexWorks = 100_000

    @Option(help: "Records added one at a time for the incremental measure.")
    var probes = 1_000

    @Option(help: "Random seed of the generator.")
    var seed: UInt64 = 42

    @Option(help: "Also measure a citation library of this many works, each cited 100 to 300 times (0 to skip).")
    var citedWorks = 0

    @Option(help: "With --cited-works: also write that library as a labelled set (records.jsonl, clusters.json) to this folder.")
    var writeCited: String?

    func run() throws {
        let clock = ContinuousClock()
        if citedWorks > 0 {
            let cited = CitationLibrary(works: citedWorks, seed: seed)
            if let writeCited { try Self.write(cited, to: writeCited) }
            let t = clock.now
            let result = BatchDedup.run(cited.records)
            let score = PairwiseScore(clusters: result.clusters, work: cited.workOfID)
            print("citations: \(cited.records.count) records of \(citedWorks) works in \(String(format: "%.2f", Self.seconds(clock.now - t))) s, "
                  + "P=\(String(format: "%.4f", score.precision)) R=\(String(format: "%.4f", score.recall))")
        }
        let library = SyntheticLibrary(count: records, seed: seed)
        let start = clock.now
        let result = BatchDedup.run(library.records)
        let seconds = Self.seconds(clock.now - start)
        let quality = Self.quality(result.clusters, library)
        print("batch: \(records) records in \(String(format: "%.2f", seconds)) s = \(Int(Double(records) / seconds)) records/s, "
              + "\(result.comparisons) pairs not distinct, \(result.clusters.count) clusters")
        print("quality vs generator: P=\(String(format: "%.4f", quality.0)) R=\(String(format: "%.4f", quality.1))")
        if indexWorks > 0 { try incremental(clock) }
        print("peak memory (VmHWM): \(Self.peakMemory())")
    }

    private func incremental(_ clock: ContinuousClock) throws {
        let library = SyntheticLibrary(count: indexWorks + probes, seed: seed &+ 1)
        var index = MatchIndex()
        for (id, record) in library.records.dropLast(probes) { index.add(id: id, record: record) }
        var times: [Double] = []
        let start = clock.now
        for (id, record) in library.records.suffix(probes) {
            let t = clock.now
            _ = index.decisions(for: record)
            index.add(id: id, record: record)
            times.append(Self.seconds(clock.now - t) * 1000)
        }
        let mean = Self.seconds(clock.now - start) / Double(probes) * 1000
        times.sort()
        let p99 = times.isEmpty ? 0 : times[min(times.count - 1, times.count * 99 / 100)]
        print("incremental: index of \(index.count - probes) records, decide + add one record: mean \(String(format: "%.3f", mean)) ms, "
              + "p99 \(String(format: "%.3f", p99)) ms, worst \(String(format: "%.3f", times.last ?? 0)) ms")
    }

    /// The library in the labelled-set format of `../shared/dedup` (`score_dedup.py` reads it).
    static func write(_ library: CitationLibrary, to folder: String) throws {
        let dir = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var lines: [String] = []
        var works: [Int: [String]] = [:]
        for (k, item) in library.records.enumerated() {
            let r = item.record
            var names = r.authors.map { [$0.family, $0.given].compactMap { $0 }.joined(separator: ", ") }
            if r.authorsTruncated { names.append("et al.") }
            var object: [String: Any] = ["id": item.id, "authors": names]
            object["title"] = r.title
            object["venue"] = r.containerTitle
            object["year"] = r.issued?.year
            object["volume"] = r.volume
            object["pages"] = r.page
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
            works[library.truth[k], default: []].append(item.id)
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: dir.appendingPathComponent("records.jsonl"))
        let clusters = works.keys.sorted().compactMap { works[$0] }.filter { $0.count > 1 }
        try JSONSerialization.data(withJSONObject: clusters).write(to: dir.appendingPathComponent("clusters.json"))
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Pairwise precision and recall of the clusters against the generator's works.
    static func quality(_ clusters: [[String]], _ library: SyntheticLibrary) -> (Double, Double) {
        var work: [String: Int] = [:]
        for (i, r) in library.records.enumerated() { work[r.id] = library.truth[i] }
        var tp = 0, found = 0
        for c in clusters {
            found += c.count * (c.count - 1) / 2
            var counts: [Int: Int] = [:]
            for id in c { counts[work[id] ?? -1, default: 0] += 1 }
            tp += counts.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        }
        var sizes: [Int: Int] = [:]
        for w in library.truth { sizes[w, default: 0] += 1 }
        let truePairs = sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        return (found == 0 ? 1 : Double(tp) / Double(found), truePairs == 0 ? 1 : Double(tp) / Double(truePairs))
    }

    /// VmHWM from /proc/self/status (Linux), or "unknown".
    static func peakMemory() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return "unknown" }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.map { $0.dropFirst(6).trimmingCharacters(in: .whitespaces) } ?? "unknown"
    }
}
