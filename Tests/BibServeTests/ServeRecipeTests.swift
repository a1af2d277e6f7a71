import BibPipeline
import Foundation
import Testing

/// The README's two recipes, end to end against a running server: a LaTeX build with latexmk where biblatex fetches
/// its bibliography with `location=remote`, and a Pandoc build whose CSL-JSON is fetched with curl from the
/// manuscript's citations. Outside CI a missing tool skips with a message; in CI (`CI=true`) it fails.
@Suite struct ServeRecipeTests {
    @Test func latexmkWithBiblatexLocationRemoteFetchesTheCitedWorks() async throws {
        guard Self.toolsReady(["latexmk", "pdflatex", "biber", "pdftotext"]) else { return }
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let family = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" }?.record.authors.first?.family)
        let tex = """
            \\documentclass{article}
            \\usepackage[T1]{fontenc}
            \\usepackage[backend=biber,style=authoryear]{biblatex}
            \\addbibresource[location=remote]{http://127.0.0.1:\(server.port)/export?format=biblatex}
            \\begin{document}
            As \\textcite{riley2023hardcore} found.
            \\printbibliography
            \\end{document}

            """
        let work = dir.appendingPathComponent("paper")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try tex.write(to: work.appendingPathComponent("paper.tex"), atomically: true, encoding: .utf8)
        let build = try await Self.runAsync("latexmk", ["-pdf", "-interaction=nonstopmode", "paper.tex"], in: work)
        #expect(build.status == 0, "\(build.output.suffix(3000))")
        let bbl = try String(contentsOf: work.appendingPathComponent("paper.bbl"), encoding: .utf8)
        #expect(bbl.contains("\\entry{riley2023hardcore}"))
        let text = try await Self.runAsync("pdftotext", ["paper.pdf", "-"], in: work).output
        #expect(text.contains(family))
        #expect(!text.contains("riley2023hardcore"), "an undefined citation prints its key")
    }

    @Test func pandocBuildsFromTheCSLJSONItsManuscriptFetches() async throws {
        guard Self.toolsReady(["pandoc", "curl"]) else { return }
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let family = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" }?.record.authors.first?.family)
        try "# Notes\n\nAs shown [@riley2023hardcore, p. 3].\n\n# References\n"
            .write(to: dir.appendingPathComponent("paper.md"), atomically: true, encoding: .utf8)
        let fetch = try await Self.runAsync("curl", ["-sS", "-f", "--data-binary", "@paper.md", "-o", "refs.json",
                                          "http://127.0.0.1:\(server.port)/export/markdown?format=csl-json"], in: dir)
        #expect(fetch.status == 0, "\(fetch.output)")
        let out = try await Self.runAsync("pandoc", ["--citeproc", "--bibliography", "refs.json", "-t", "plain", "paper.md"], in: dir)
        #expect(out.status == 0, "\(out.output)")
        #expect(out.output.contains("(\(family)"), "\(out.output)")
        #expect(!out.output.contains("???"), "pandoc marks a citation it could not resolve")
    }

    // MARK: the tools

    static func runAsync(_ tool: String, _ args: [String], in dir: URL?) async throws -> (status: Int32, output: String) {
        try await Blocking.run { try run(tool, args, in: dir) }
    }

    static func toolsReady(_ tools: [String]) -> Bool {
        let missing = tools.filter { (try? run("/bin/sh", ["-c", "command -v \($0)"], in: nil).status) != 0 }
        guard missing.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("the serve recipe tests need \(missing.joined(separator: ", ")), which .ci/run must install")
            } else {
                print("SKIPPED serve recipe test: \(missing.joined(separator: ", ")) not installed (CI installs them)")
            }
            return false
        }
        return true
    }

    /// Runs a tool found on PATH (or an absolute path) with its output captured.
    @discardableResult
    static func run(_ tool: String, _ args: [String], in dir: URL?) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.hasPrefix("/") ? tool : "/usr/bin/env")
        process.arguments = tool.hasPrefix("/") ? args : [tool] + args
        if let dir { process.currentDirectoryURL = dir }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
