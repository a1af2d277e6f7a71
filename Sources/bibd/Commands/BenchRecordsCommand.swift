import ArgumentParser
import BibExtract
import BibParse
import BibPipeline
import Foundation

/// `bibd bench-records [--records N]`: parse speed (MB/s) of the BibTeX and RIS readers on generated exports of
/// N records, and the time to ingest each file into an empty store.
struct BenchRecords: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-records",
        abstract: "Measure BibTeX and RIS parsing (MB/s) and the ingest time of an N-record file into an empty store.")

    @Option(help: "Records per generated file.")
    var records = 10_000

    @Option(help: "Seconds to spend measuring parse speed per format.")
    var seconds = 2.0

    func run() throws {
        let formats: [(String, String, any RecordFileReader)] = [
            ("BibTeX", BenchRecordFiles.bibtex(records), BibTeXReader()),
            ("RIS", BenchRecordFiles.ris(records), RISReader()),
        ]
        for (name, text, reader) in formats {
            let bytes = Array(text.utf8)
            var rounds = 0, got = 0
            let start = Date()
            repeat {
                let page = try Page.load(bytes: bytes)
                got = reader.read(page).records.count
                rounds += 1
            } while Date().timeIntervalSince(start) < seconds
            let elapsed = Date().timeIntervalSince(start)
            let mb = Double(bytes.count * rounds) / 1_048_576
            print(String(format: "%@ parse: %d records, %.2f MB, %d rounds in %.2f s: %.1f MB/s", name, got,
                         Double(bytes.count) / 1_048_576, rounds, elapsed, mb / elapsed))

            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-bench-records-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent("export.\(name.lowercased())")
            try Data(bytes).write(to: file)
            var config = Config()
            config.store = dir.appendingPathComponent("store").path
            let library = try Library(config: config)
            let t0 = Date()
            let reports = library.ingest([file])
            let ingestSeconds = Date().timeIntervalSince(t0)
            print(String(format: "%@ ingest into an empty store: %d records in %.2f s (%@); peak RSS %@", name,
                         reports.first?.records ?? 0, ingestSeconds, reports.first?.outcome.label ?? "?", BenchExtract.peakRSS()))
        }
    }
}

/// Generated record files for the benchmark: distinct works with accents, several authors, DOIs and abstracts.
enum BenchRecordFiles {
    static let words = ["analysis", "bayesian", "cohort", "diffusion", "entropy", "fibrosis", "genome", "hepatic",
                        "inference", "kinetics", "lattice", "microbial", "neural", "ocean", "protein", "quantum",
                        "renal", "spectral", "thermal", "urban", "vascular", "wavelet", "zeolite", "Müller"]

    static func title(_ n: Int) -> String {
        var x = UInt64(n) &* 6364136223846793005 &+ 1442695040888963407
        var out: [String] = []
        for _ in 0..<9 { x = x &* 6364136223846793005 &+ 1; out.append(words[Int(x >> 33) % words.count]) }
        return "Study \(n): " + out.joined(separator: " ")
    }

    static func bibtex(_ count: Int) -> String {
        var s = "@string{jn = \"Journal of Generated Results\"}\n\n"
        for n in 0..<count {
            s += """
                @article{key\(n),
                  author = {M{\\"u}ller, Jan and Smith, Anna B. and van der Berg, Piet},
                  title = {{\(title(n))}},
                  journal = jn,
                  year = {\(1990 + n % 35)}, month = mar,
                  volume = {\(n % 90)}, number = {\(n % 12)}, pages = {\(n % 500)--\(n % 500 + 9)},
                  doi = {10.5555/bench.\(n)},
                  abstract = {We report on \(title(n)) with results of note and a discussion of \\emph{methods}.}
                }


                """
        }
        return s
    }

    static func ris(_ count: Int) -> String {
        var s = ""
        for n in 0..<count {
            s += "TY  - JOUR\nTI  - \(title(n))\nAU  - Müller, Jan\nAU  - Smith, Anna B.\nAU  - van der Berg, Piet\n"
                + "T2  - Journal of Generated Results\nPY  - \(1990 + n % 35)\nVL  - \(n % 90)\nIS  - \(n % 12)\n"
                + "SP  - \(n % 500)\nEP  - \(n % 500 + 9)\nDO  - 10.5555/bench.\(n)\n"
                + "AB  - We report on \(title(n)) with results of note\nand a discussion of methods.\nKW  - one\nKW  - two\nER  - \n\n"
        }
        return s
    }
}
