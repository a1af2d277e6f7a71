import ArgumentParser
import Foundation
import BibParse
import BibExtract
import BibNormalize

/// `bibd bench-extract DIR [--repeat N] [--runs K]`: extraction throughput (pages/s, MB/s) and peak memory.
/// A shared machine's speed drifts from minute to minute: `--runs` measures K times and prints the median.
struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-extract", abstract: "Measure extraction speed on every file in DIR.")

    @Argument(help: "A directory of pages and records.")
    var directory: String

    @Option(name: .long, help: "How many times to run over the directory.")
    var `repeat` = 1

    @Option(name: .long, help: "How many times to measure (each line printed, then the median).")
    var runs = 1

    func run() throws {
        let dir = URL(fileURLWithPath: directory)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        let files: [[UInt8]] = names.compactMap { name in
            (try? Data(contentsOf: dir.appendingPathComponent(name))).map { [UInt8]($0) }
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
        let start = Date()
        for _ in 0..<max(1, self.repeat) {
            for file in files {
                pages += 1; bytes += file.count
                do {
                    let page = try Page.load(bytes: file)
                    _ = try Registry.extract(page).records.map(Normalizer.normalize)
                } catch { refused += 1 }
            }
        }
        let seconds = max(Date().timeIntervalSince(start), 1e-9)
        print(String(format: "%d files (%d refused) in %.2f s: %.1f pages/s, %.2f MB/s, peak RSS %@",
                     pages, refused, seconds, Double(pages) / seconds, Double(bytes) / 1_048_576 / seconds,
                     BenchExtract.peakRSS()))
        return Double(pages) / seconds
    }

    /// VmHWM from /proc/self/status ("unknown" where /proc is missing).
    static func peakRSS() -> String {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return "unknown" }
        return line.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces)
    }
}
