import ArgumentParser
import Foundation
import BibParse
import BibExtract
import BibNormalize

/// `bibd bench-extract DIR... [--repeat N] [--runs K]`: extraction throughput (pages/s, MB/s) and peak memory,
/// and MB/s for each kind of page (text dumps, HTML, XML) on its own.
/// A shared machine's speed drifts from minute to minute: `--runs` measures K times and prints the median.
struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract", abstract: "Measure extraction speed on every file in each DIR.")

    @Argument(help: "Directories of pages and records (their files, not their subdirectories).")
    var directories: [String]

    @Option(name: .long, help: "How many times to run over the directory.")
    var `repeat` = 1

    @Option(name: .long, help: "How many times to measure (each line printed, then the median).")
    var runs = 1

    func run() throws {
        var files: [[UInt8]] = []
        for directory in directories {
            let dir = URL(fileURLWithPath: directory)
            let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
            files += names.compactMap { name in
                (try? Data(contentsOf: dir.appendingPathComponent(name))).map { [UInt8]($0) }
            }
        }
        var rates: [Double] = []
        for _ in 0..<max(1, runs) { rates.append(measure(files)) }
        if rates.count > 1 {
            let sorted = rates.sorted()
            print(String(format: "median of %d runs: %.1f pages/s (%.1f–%.1f)", sorted.count, sorted[sorted.count / 2],
                         sorted[0], sorted[sorted.count - 1]))
        }
    }

    /// One measurement: every file `repeat` times; prints the figures and returns pages/s.
    private func measure(_ files: [[UInt8]]) -> Double {
        var pages = 0, bytes = 0, refused = 0
        var byKind: [String: (files: Int, bytes: Int, seconds: Double)] = [:]
        let start = Date()
        for _ in 0..<max(1, self.repeat) {
            for file in files {
                pages += 1; bytes += file.count
                let fileStart = Date()
                var kind = BenchExtract.unreadKind
                do {
                    let page = try Page.load(bytes: file)
                    kind = page.kind.rawValue
                    _ = try Registry.extract(page).records.map(Normalizer.normalize)
                } catch { refused += 1 }
                let t = byKind[kind] ?? (0, 0, 0)
                byKind[kind] = (t.files + 1, t.bytes + file.count, t.seconds + Date().timeIntervalSince(fileStart))
            }
        }
        let seconds = max(Date().timeIntervalSince(start), 1e-9)
        print(String(format: "%d files (%d refused) in %.2f s: %.1f pages/s, %.2f MB/s, peak RSS %@",
                     pages, refused, seconds, Double(pages) / seconds, Double(bytes) / 1_048_576 / seconds,
                     BenchExtract.peakRSS()))
        for (kind, t) in byKind.sorted(by: { $0.key < $1.key }) {
            print(String(format: "  %@ pages: %d files, %.2f MB in %.2f s: %.2f MB/s", kind, t.files,
                         Double(t.bytes) / 1_048_576, t.seconds, Double(t.bytes) / 1_048_576 / max(t.seconds, 1e-9)))
        }
        return Double(pages) / seconds
    }

    /// The kind reported for files that could not be read as a page (empty, binary, undecodable).
    static let unreadKind = "unread"

    /// VmHWM from /proc/self/status ("unknown" where /proc is missing).
    static func peakRSS() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return "unknown" }
        return line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces)
    }
}
