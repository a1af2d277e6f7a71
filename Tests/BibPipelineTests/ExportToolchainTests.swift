import BibExport
import BibModel
import BibPipeline
import Foundation
import Testing

/// The store's exports typeset by the real tools: biblatex + biber, BibTeX with `plain` and `apalike`, and
/// `pandoc --citeproc` from the `.bib` and from the CSL-JSON with the APA and Vancouver styles. Each document
/// cites every work of a store built from fixtures/corpus and the seeds; the printed text (pdftotext for PDFs)
/// must show, for every work, its title (acronyms and proper nouns in their case), the first author's family
/// name, the journal, the year (or "n.d." where the style prints it) and the pages or article number; biber and
/// BibTeX may warn only about the key cited deliberately without an entry.
@Suite(.serialized) struct ExportToolchainTests {
    static let tools = ["pdflatex", "biber", "bibtex", "pandoc", "pdftotext"]
    static let missingKey = "bibdnosuchkey"

    /// One store for the whole suite: the corpus pages and the seeds, with their exports.
    static let built: Result<Built, Error> = Result { try Built() }

    struct Built {
        let dir: URL
        let works: [Work]
        let files: [ExportFormat: URL]

        init() throws {
            dir = Fixtures.tempStore()
            let lib = try Fixtures.library(at: dir)
            let corpus = Fixtures.root.appendingPathComponent("fixtures/corpus")
            let pages = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
                .filter { [".html", ".xml", ".txt"].contains(where: $0.hasSuffix) }.sorted().map { corpus.appendingPathComponent($0) }
            _ = lib.ingest(pages + (try Fixtures.seedFiles()))
            works = try lib.works()
            var files: [ExportFormat: URL] = [:]
            for format in [ExportFormat.bibtex, .biblatex, .cslJSON] {
                let url = dir.appendingPathComponent(format.fileName)
                try Exporter.render(works, as: format, formula: lib.config.parsedCitekeyFormula).write(to: url, atomically: true, encoding: .utf8)
                files[format] = url
            }
            self.files = files
        }
    }

    /// What every rendering must show for one work, read from the CSL-JSON bibd wrote (the same record the
    /// `.bib` files are written from).
    struct Expected {
        var key: String
        var title: String
        var family: String?
        var journal: String?
        var journalShort: String?
        var year: Int?
        var locator: String?
    }

    static func expectations(_ cslFile: URL) throws -> [Expected] {
        let items = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: cslFile)) as? [[String: Any]])
        return items.map { item in
            let authors = item["author"] as? [[String: Any]] ?? []
            let first = authors.first.flatMap { ($0["family"] ?? $0["literal"]) as? String }
            let issued = (item["issued"] as? [String: Any])?["date-parts"] as? [[Int]]
            let page = (item["page"] as? String).map { $0.split(separator: "-").first.map(String.init) ?? $0 }
            return Expected(key: item["id"] as? String ?? "", title: item["title"] as? String ?? "", family: first,
                            journal: item["container-title"] as? String, journalShort: item["container-title-short"] as? String,
                            year: issued?.first?.first, locator: page)
        }
    }

    // MARK: the tools

    static func toolsReady() -> Bool {
        let missing = tools.filter { (try? run("/bin/sh", ["-c", "command -v \($0)"], in: nil).status) != 0 }
        guard missing.isEmpty else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("the export toolchain tests need \(missing.joined(separator: ", ")), which .ci/run must install")
            } else {
                print("SKIPPED export toolchain tests: \(missing.joined(separator: ", ")) not installed (CI installs them)")
            }
            return false
        }
        return true
    }

    @discardableResult
    static func run(_ executable: String, _ args: [String], in dir: URL?) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = args
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

    /// A LaTeX document citing every entry and one key that has none; characters pdflatex has no glyph for
    /// without extra packages (CJK, emoji, RTL scripts) are declared as a visible placeholder.
    static func latexDocument(bibliography: String, bibText: String) -> String {
        var declared = Set<UInt32>()
        for scalar in bibText.unicodeScalars where scalar.value > 0x17F && !latexKnows.contains(scalar.value) {
            declared.insert(scalar.value)
        }
        let declarations = declared.sorted().map { String(format: "\\DeclareUnicodeCharacter{%04X}{[?]}", $0) }
        return """
        \\documentclass{article}
        \\usepackage[utf8]{inputenc}
        \\usepackage{url}
        \(declarations.joined(separator: "\n"))
        \(bibliography)
        """
    }

    /// Non-Latin-1 characters LaTeX's utf8 input encoding typesets with T1 fonts (quotes, dashes, ellipsis).
    static let latexKnows: Set<UInt32> = [0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026]

    static func pdfText(_ dir: URL, _ name: String) throws -> String {
        try run("/usr/bin/env", ["pdftotext", "-enc", "UTF-8", name + ".pdf", name + ".txt"], in: dir)
        return try String(contentsOf: dir.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    // MARK: checking printed text

    /// Letters and digits only, lower-cased, marks removed: line breaks, hyphenation, quotes and case changes
    /// made by a style do not matter.
    static func skeleton(_ s: String) -> String {
        String(String.UnicodeScalarView(s.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.isAlphabetic || $0.properties.numericType != nil
        }.filter { $0.properties.generalCategory != .nonspacingMark })).lowercased()
    }

    /// Letters and digits only, case kept.
    static func letters(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// Words whose case must survive: capitals after the first letter (acronyms, formulas).
    static func caseKept(_ title: String) -> [String] {
        title.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init).filter { w in
            w.count > 1 && w.dropFirst().contains(where: \.isUppercase)
        }
    }

    enum YearRule { case yearOrNoDate, yearIfKnown }

    /// Problems with one rendering, one line per missing piece.
    static func problems(in printed: String, _ expected: [Expected], label: String, years: YearRule,
                         journalMayBeShort: Bool = false) -> [String] {
        let doc = skeleton(printed)
        let cased = letters(printed)
        var out: [String] = []
        for e in expected {
            let title = skeleton(e.title)
            guard let at = doc.range(of: title) else { out.append("\(label) \(e.key): title \"\(e.title)\" not printed"); continue }
            let lo = doc.index(at.lowerBound, offsetBy: -600, limitedBy: doc.startIndex) ?? doc.startIndex
            let hi = doc.index(at.upperBound, offsetBy: 600, limitedBy: doc.endIndex) ?? doc.endIndex
            let window = doc[lo..<hi]
            for word in caseKept(e.title) where !cased.contains(word) {
                out.append("\(label) \(e.key): \"\(word)\" lost its case")
            }
            if let family = e.family, !window.contains(skeleton(family)) { out.append("\(label) \(e.key): author \(family) not printed") }
            if let journal = e.journal {
                let forms = [journal, e.journalShort].compactMap { $0 }.map(skeleton)
                if !forms.contains(where: { window.contains($0) }), !(journalMayBeShort && e.journalShort == nil) {
                    out.append("\(label) \(e.key): journal \(journal) not printed")
                }
            }
            if let year = e.year {
                if !window.contains(String(year)) { out.append("\(label) \(e.key): year \(year) not printed") }
            } else if years == .yearOrNoDate, !window.contains("nd") {
                out.append("\(label) \(e.key): n.d. not printed")
            }
            if let locator = e.locator, !window.contains(skeleton(locator)) {
                out.append("\(label) \(e.key): pages/article number \(locator) not printed")
            }
        }
        return out
    }

    static func warnings(in log: String, prefix: String) -> [String] {
        log.split(separator: "\n").map(String.init).filter { $0.contains(prefix) && !$0.contains(missingKey) }
    }

    // MARK: tests

    @Test func biblatexWithBiberPrintsEveryWork() throws {
        guard Self.toolsReady() else { return }
        let built = try Self.built.get()
        let dir = built.dir.appendingPathComponent("biblatex")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bib = try String(contentsOf: try #require(built.files[.biblatex]), encoding: .utf8)
        try bib.write(to: dir.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        let doc = Self.latexDocument(bibliography: """
            \\usepackage[backend=biber,style=authoryear,maxbibnames=3]{biblatex}
            \\addbibresource{refs.bib}
            \\begin{document}
            \\nocite{*}\\cite{\(Self.missingKey)}
            \\printbibliography
            \\end{document}
            """, bibText: bib)
        try doc.write(to: dir.appendingPathComponent("doc.tex"), atomically: true, encoding: .utf8)
        let latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
        #expect(try Self.run("/usr/bin/env", latex, in: dir).status == 0)
        let biber = try Self.run("/usr/bin/env", ["biber", "doc"], in: dir)
        #expect(biber.status == 0, "\(biber.output)")
        #expect(Self.warnings(in: biber.output, prefix: "WARN").isEmpty, "\(biber.output)")
        _ = try Self.run("/usr/bin/env", latex, in: dir)
        let second = try Self.run("/usr/bin/env", latex, in: dir)
        #expect(second.status == 0, "\(second.output.suffix(3000))")
        let text = try Self.pdfText(dir, "doc")
        let problems = Self.problems(in: text, try Self.expectations(try #require(built.files[.cslJSON])), label: "biblatex",
                                     years: .yearOrNoDate)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: ["plain", "apalike"])
    func bibtexPrintsEveryWork(style: String) throws {
        guard Self.toolsReady() else { return }
        let built = try Self.built.get()
        let dir = built.dir.appendingPathComponent("bibtex-\(style)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let bib = try String(contentsOf: try #require(built.files[.bibtex]), encoding: .utf8)
        try bib.write(to: dir.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
        let doc = Self.latexDocument(bibliography: """
            \\begin{document}
            \\nocite{*}\\cite{\(Self.missingKey)}
            \\bibliographystyle{\(style)}
            \\bibliography{refs}
            \\end{document}
            """, bibText: bib)
        try doc.write(to: dir.appendingPathComponent("doc.tex"), atomically: true, encoding: .utf8)
        let latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
        #expect(try Self.run("/usr/bin/env", latex, in: dir).status == 0)
        let bibtex = try Self.run("/usr/bin/env", ["bibtex", "doc"], in: dir)
        #expect(Self.warnings(in: bibtex.output, prefix: "Warning--").isEmpty, "\(bibtex.output)")
        #expect(!bibtex.output.contains("error message"), "\(bibtex.output)")
        _ = try Self.run("/usr/bin/env", latex, in: dir)
        let second = try Self.run("/usr/bin/env", latex, in: dir)
        #expect(second.status == 0, "\(second.output.suffix(3000))")
        let text = try Self.pdfText(dir, "doc")
        let problems = Self.problems(in: text, try Self.expectations(try #require(built.files[.cslJSON])), label: style,
                                     years: .yearIfKnown)
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: [(ExportFormat.bibtex, "apa"), (.bibtex, "vancouver"), (.cslJSON, "apa"), (.cslJSON, "vancouver")])
    func pandocCiteprocPrintsEveryWork(source: ExportFormat, style: String) throws {
        guard Self.toolsReady() else { return }
        let built = try Self.built.get()
        let csl = Fixtures.root.appendingPathComponent("fixtures/export/csl/\(style).csl")
        let doc = built.dir.appendingPathComponent("pandoc-\(source.rawValue)-\(style).md")
        try "---\nnocite: '@*'\n---\n\nText.\n".write(to: doc, atomically: true, encoding: .utf8)
        let bibliography = try #require(built.files[source])
        let result = try Self.run("/usr/bin/env", [
            "pandoc", "--citeproc", "--csl", csl.path, "--bibliography", bibliography.path, "-t", "plain", "--wrap=none", doc.path,
        ], in: built.dir)
        #expect(result.status == 0, "\(result.output.prefix(2000))")
        #expect(!result.output.contains("[WARNING]"), "\(result.output.prefix(2000))")
        let problems = Self.problems(in: result.output, try Self.expectations(try #require(built.files[.cslJSON])),
                                     label: "pandoc \(source.rawValue) \(style)", years: style == "apa" ? .yearOrNoDate : .yearIfKnown,
                                     journalMayBeShort: style == "vancouver")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }
}
