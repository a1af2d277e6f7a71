import ArgumentParser
import BibExtract
import BibParse
import BibPipeline
import Foundation

/// `bibd bench-records [--records N] [--from DIR]`: parse speed (MB/s and records/s) of the BibTeX and RIS readers
/// on exports of N records — generated ones, or the real export files of a folder repeated — for the syntax pass
/// alone and for decoding the bytes and reading them into records, and the time to ingest each file into an
/// empty store.
struct BenchRecords: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-records",
        abstract: "Measure BibTeX and RIS parsing (MB/s) and the ingest time of an N-record file into an empty store.")

    @Option(help: "Records per generated file.")
    var records = 10_000

    @Option(help: "Seconds to spend measuring parse speed per format.")
    var seconds = 2.0

    @Flag(inversion: .prefixedNo, help: "Also time the ingest of each file into an empty store.")
    var ingest = true

    @Option(name: .customLong("from"), help: "Build each format's file from the export files in this folder that its reader recognizes (concatenated, then repeated to at least --records records) instead of generating one.")
    var from: String?

    @Option(name: .customLong("write-files"), help: "Also write the generated files into this folder (to ingest them with another build).")
    var writeFiles: String?

    func run() throws {
        let formats: [(String, any RecordFileReader, (Int) -> String, (String) -> Int)] = [
            ("BibTeX", BibTeXReader(), BenchRecordFiles.bibtex, BibTeXReader.scan),
            ("RIS", RISReader(), BenchRecordFiles.ris, RISReader.scan),
        ]
        for (name, reader, generate, scan) in formats {
            let bytes = try from.map { try BenchRecordFiles.repeated(folder: $0, reader: reader, records: records) }
                ?? Array(generate(records).utf8)
            let text = String(decoding: bytes, as: UTF8.self)
            if let writeFiles {
                let folder = URL(fileURLWithPath: writeFiles)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(bytes).write(to: folder.appendingPathComponent("bench-\(records).\(name.lowercased())"))
            }
            // The syntax pass alone (entries and fields, no decoding into records) on the decoded text.
            var scanRounds = 0, scanned = 0
            let scanStart = Date()
            repeat { scanned = scan(text); scanRounds += 1 } while Date().timeIntervalSince(scanStart) < seconds
            let scanElapsed = Date().timeIntervalSince(scanStart)
            print(String(format: "%@ syntax pass: %d records, %.1f MB/s, %.0f records/s", name, scanned,
                         Double(bytes.count * scanRounds) / 1_048_576 / scanElapsed, Double(scanned * scanRounds) / scanElapsed))
            var rounds = 0, got = 0
            let start = Date()
            repeat {
                let page = try Page.load(bytes: bytes)
                got = reader.read(page).records.count
                rounds += 1
            } while Date().timeIntervalSince(start) < seconds
            let elapsed = Date().timeIntervalSince(start)
            let mb = Double(bytes.count * rounds) / 1_048_576
            print(String(format: "%@ load + read into records: %d records, %.2f MB, %d rounds in %.2f s: %.1f MB/s, %.0f records/s",
                         name, got, Double(bytes.count) / 1_048_576, rounds, elapsed, mb / elapsed, Double(got * rounds) / elapsed))

            guard ingest else { continue }
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-bench-records-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let file = dir.appendingPathComponent("export.\(name.lowercased())")
            try Data(bytes).write(to: file)
            var config = Config()
            config.store = dir.appendingPathComponent("store").path
            let library = try Library(config: config)
            // What `bibd ingest` does for one file, in its two steps: the file's transaction, then the batch end
            // (citation keys and the export files).
            let t0 = Date()
            let report = library.ingestFile(file)
            let t1 = Date()
            try library.finishBatch()
            let t2 = Date()
            print(String(format: "%@ ingest into an empty store: %d records in %.2f s (%@): file transaction %.2f s, keys and exports %.2f s; peak RSS %@",
                         name, report.records, t2.timeIntervalSince(t0), report.outcome.label, t1.timeIntervalSince(t0),
                         t2.timeIntervalSince(t1), BenchExtract.peakRSS()))
        }
    }
}

/// Generated record files for the benchmark: distinct works (made-up words, names and journals, so that
/// block keys spread as in real exports) with accents, several authors, DOIs and abstracts.
enum BenchRecordFiles {
    static let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "bra", "cho", "dre", "fli", "gru",
                            "pha", "qui", "sto", "tre", "ül", "xen", "yor", "wa", "hei", "jo", "en", "ar", "is", "ot"]

    /// A made-up word from the n-th draw of a linear congruential generator.
    static func word(_ seed: Int, syllables count: Int = 3) -> String {
        var x = UInt64(truncatingIfNeeded: seed) &* 6364136223846793005 &+ 1442695040888963407
        var out = ""
        for _ in 0..<count {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            out += syllables[Int(x >> 33) % syllables.count]
        }
        return out
    }

    /// The files of `folder` that `reader` recognizes, in name order, each without its byte order mark and
    /// ending in a blank line, concatenated and repeated until the whole holds at least `records` records.
    static func repeated(folder: String, reader: any RecordFileReader, records: Int) throws -> [UInt8] {
        let url = URL(fileURLWithPath: folder)
        var once: [UInt8] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() {
            let bytes = [UInt8](try Data(contentsOf: url.appendingPathComponent(name)))
            guard let page = try? Page.load(bytes: bytes), reader.recognizes(page) != nil else { continue }
            once += bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            once += Array("\n\n".utf8)
        }
        let perCopy = try reader.read(Page.load(bytes: once)).records.count
        guard perCopy > 0 else { throw ValidationError("no file in \(folder) is read by the \(reader.id) reader") }
        return Array(repeatElement(once, count: (records + perCopy - 1) / perCopy).joined())
    }

    static func title(_ n: Int) -> String {
        (0..<9).map { word(n * 31 + $0 * 7_919, syllables: 2 + $0 % 3) }.joined(separator: " ").capitalizedFirst
    }

    static func family(_ n: Int, _ k: Int) -> String { word(n * 3 + k + 1_000_003).capitalizedFirst }
    static func given(_ n: Int, _ k: Int) -> String { word(n * 5 + k + 2_000_003, syllables: 2).capitalizedFirst }
    static func journal(_ n: Int) -> String { "Journal of " + word(n % 400 + 3_000_017).capitalizedFirst }

    static func bibtex(_ count: Int) -> String {
        var s = "@string{jn = \"Journal of Generated Results\"}\n\n"
        for n in 0..<count {
            let authors = (0..<3).map { "\(family(n, $0)), \(given(n, $0))" }.joined(separator: " and ")
            s += """
                @article{key\(n),
                  author = {\(authors)},
                  title = {{\(title(n))}},
                  journal = {\(journal(n))},
                  year = {\(1990 + n % 35)}, month = mar,
                  volume = {\(n % 90)}, number = {\(n % 12)}, pages = {\(n % 500)--\(n % 500 + 9)},
                  doi = {10.5555/bench.\(n)},
                  abstract = {We report on \(title(n)) with results of note and a discussion of \\emph{methods} after M{\\"u}ller.}
                }


                """
        }
        return s
    }

    static func ris(_ count: Int) -> String {
        var s = ""
        for n in 0..<count {
            s += "TY  - JOUR\nTI  - \(title(n))\n"
                + (0..<3).map { "AU  - \(family(n, $0)), \(given(n, $0))\n" }.joined()
                + "T2  - \(journal(n))\nPY  - \(1990 + n % 35)\nVL  - \(n % 90)\nIS  - \(n % 12)\n"
                + "SP  - \(n % 500)\nEP  - \(n % 500 + 9)\nDO  - 10.5555/bench.\(n)\n"
                + "AB  - We report on \(title(n)) with results of note\nand a discussion of methods.\nKW  - one\nKW  - two\nER  - \n\n"
        }
        return s
    }
}

extension String {
    /// The string with its first letter upper-cased.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
