import BibModel
import Foundation
import Testing
@testable import BibExport

/// The hostile-strings fixture rendered to files, then checked by real readers when they are installed.
@Suite struct HostileFixtureTests {
    @Test func rendersEveryFormatWithoutDroppingCSLItems() throws {
        let works = try Support.loadHostile()
        // BIBD_EXPORT_DUMP=<dir> keeps the files for inspection.
        let keep = ProcessInfo.processInfo.environment["BIBD_EXPORT_DUMP"]
        let dir = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("bibd-export-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }
        try Support.writeExports(works, to: dir)
        let csl = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("library.csl.json"))) as? [[String: Any]]
        #expect(csl?.count == works.count)
        let bib = try String(contentsOf: dir.appendingPathComponent("library.bib"), encoding: .utf8)
        #expect(bib.split(separator: "\n").filter { $0.hasPrefix("@") }.count == works.count)
        #expect(!bib.contains("\\input{"))
        #expect(!bib.contains("\\write18{"))
        // Classic BibTeX keeps only characters without an ASCII TeX spelling as UTF-8.
        #expect(!bib.contains("ü") && !bib.contains("é"))
    }

    @Test func warnsAboutTheBadValuesItDropped() throws {
        let works = try Support.loadHostile()
        let result = Exporter.export(works, as: .biblatex)
        let messages = result.warnings.map(\.description)
        #expect(messages.contains { $0.contains("issued year 20233 is not plausible") })
        #expect(result.omitted.isEmpty)
        #expect(result.text.split(separator: "\n").filter { $0.hasPrefix("@") }.count == works.count)
        #expect(messages.contains { $0.contains("DOI \"10.1000/ABC 123.\" cleaned to 10.1000/abc123") })
    }

    @Test(arguments: ["hostile.json", "corpus-gold-works.json"])
    func passesTheExternalValidators(fixture: String) throws {
        let missing = ["pandoc", "biber", "python3"].filter { !Self.installed($0) }
        if !missing.isEmpty {
            // CI installs them (.ci/run): there a missing reader is a failure, not a skip.
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("validate-exports.sh needs \(missing.joined(separator: ", ")), which CI must install")
            } else {
                print("SKIPPED validate-exports.sh: \(missing.joined(separator: ", ")) not installed (CI installs them)")
            }
            return
        }
        let works = try Support.load(fixture)
        let keep = ProcessInfo.processInfo.environment["BIBD_EXPORT_DUMP"]
        let dir = keep.map { URL(fileURLWithPath: $0).appendingPathComponent(fixture) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("bibd-validate-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: dir) } }
        try Support.writeExports(works, to: dir)
        let (status, output) = try Self.run("/bin/bash", [Support.validator.path, dir.path])
        #expect(status == 0, "validate-exports.sh failed:\n\(output)")
    }

    static func installed(_ tool: String) -> Bool {
        (try? run("/bin/sh", ["-c", "command -v \(tool)"]).status) == 0
    }

    static func run(_ executable: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
