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
        var type: String
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
                            year: issued?.first?.first, locator: page, type: item["type"] as? String ?? "")
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
        let text = try String(contentsOf: dir.appendingPathComponent(name + ".txt"), encoding: .utf8)
        // Page breaks: form feeds and page-number lines would split an entry's text.
        return text.split(separator: "\n").map { $0.replacingOccurrences(of: "\u{0C}", with: "") }
            .filter { !$0.isEmpty && !$0.allSatisfy(\.isNumber) }.joined(separator: "\n")
    }

    // MARK: checking printed text

    /// Letters and digits only, lower-cased, marks removed: line breaks, hyphenation, quotes and case changes
    /// made by a style do not matter.
    static func skeleton(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in s.decomposedStringWithCanonicalMapping.unicodeScalars
        where (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            && scalar.properties.generalCategory != .nonspacingMark && scalar.properties.generalCategory != .modifierLetter {
            // pdflatex sets "í" as a dotless i with an accent.
            out.append(scalar == "\u{131}" ? "i" : scalar)
        }
        return String(out).lowercased()
    }

    /// Letters and digits only, case kept.
    static func letters(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }))
    }

    /// Words whose case must survive: capitals after the first letter (acronyms, formulas), and in a title the
    /// source printed in sentence case, capitalised words that do not open it or a subtitle (proper nouns).
    static func caseKept(_ title: String) -> [String] {
        let words = title.split(separator: " ").map(String.init)
        let lower = words.dropFirst().filter { $0.count > 3 && $0.first?.isLowercase == true }.count
        let upper = words.dropFirst().filter { $0.count > 3 && $0.first?.isUppercase == true }.count
        let sentenceCase = lower > 0 && lower >= 2 * upper
        var out: [String] = []
        for (i, raw) in words.enumerated() {
            let opens = i == 0 || words[i - 1].last.map { ":.?!\u{2013}\u{2014}".contains($0) } == true
            for w in raw.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init) {
                let inner = w.count > 1 && w.dropFirst().contains(where: \.isUppercase)
                let properNoun = sentenceCase && !opens && w.count > 1 && w.first?.isUppercase == true
                if inner || properNoun { out.append(w) }
            }
        }
        return out
    }

    enum YearRule { case yearOrNoDate, yearIfKnown }

    /// Problems with one rendering, one line per missing piece. `preprintLocators: false` for the standard BibTeX
    /// styles, whose `@misc` (a preprint's entry type) prints no pages.
    static func problems(in printed: String, _ expected: [Expected], label: String, years: YearRule,
                         journalMayBeShort: Bool = false, preprintLocators: Bool = true) -> [String] {
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
            if let locator = e.locator, preprintLocators || e.type != "article", !window.contains(skeleton(locator)) {
                out.append("\(label) \(e.key): pages/article number \(locator) not printed")
            }
        }
        return out
    }

    /// Warning lines other than the deliberately missing key and, for BibTeX, "empty year" of a work that has no
    /// date (it is written all the same; the style says so).
    static func warnings(in log: String, prefix: String, dateless: Set<String> = []) -> [String] {
        log.split(separator: "\n").map(String.init).filter { line in
            line.contains(prefix) && !line.contains(missingKey)
                && !dateless.contains(where: { line.hasSuffix("empty year in \($0)") })
        }
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

    /// Hostile text (fixtures/export/hostile.json, plus a leading backslash, `\write18`, unbalanced braces, `%`,
    /// `@comment{`, math, 2,000 authors and a 1 MB abstract) still compiles with biber and with BibTeX, and the
    /// Latin text of every title is printed. biber gets the same works with 200 authors and no long abstract:
    /// on this project's machine it needed about 100 s for 2,000 names and over ten minutes for the 1 MB
    /// abstract, so those two sizes are typeset with BibTeX only.
    @Test func hostileTextStillCompilesWithBiberAndBibTeX() throws {
        guard Self.toolsReady() else { return }
        let fixture = Fixtures.root.appendingPathComponent("fixtures/export/hostile.json")
        var works = try JSONDecoder().decode([Work].self, from: Data(contentsOf: fixture))
        var r = Record(type: .journalArticle, title: #"\noindent 50% of {unbalanced @comment{x} $x_1^2$ \write18{id} }} ends"#,
                       containerTitle: "Journal of {Tests", issued: PartialDate(year: 2024), page: "1-2")
        r.authors = (0..<2000).map { Person(family: "Author\($0)", given: "A.") }
        // A 1 MB abstract of ordinary prose with a TeX special now and then (biber's LaTeX decoding slows down
        // sharply on text made mostly of escapes, which no abstract is).
        r.abstract = String(repeating: String(repeating: "Background: a long structured abstract of a trial. ", count: 19)
                            + "50% & {x} @comment{ \\end. ", count: 1_000)
        works.append(Work(id: "w-huge", citekey: "huge2024", record: r,
                          sources: [SourceRef(file: "huge.html", sha256: "ff", extractor: "generic")]))
        let root = Fixtures.tempStore()
        defer { if ProcessInfo.processInfo.environment["BIBD_KEEP_TEX"] == nil { try? FileManager.default.removeItem(at: root) } }
        var smaller = works
        smaller[smaller.count - 1].record.authors = Array(r.authors.prefix(200))
        smaller[smaller.count - 1].record.abstract = nil
        for (format, style) in [(ExportFormat.biblatex, "biblatex"), (.bibtex, "plain")] {
            let dir = root.appendingPathComponent(style)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let bib = Exporter.render(format == .biblatex ? smaller : works, as: format)
            try bib.write(to: dir.appendingPathComponent("refs.bib"), atomically: true, encoding: .utf8)
            let setup = format == .biblatex
                ? "\\usepackage[backend=biber,style=numeric,maxbibnames=3]{biblatex}\n\\addbibresource{refs.bib}\n\\begin{document}\n\\nocite{*}\n\\printbibliography"
                : "\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{refs}"
            try Self.latexDocument(bibliography: setup + "\n\\end{document}\n", bibText: bib)
                .write(to: dir.appendingPathComponent("doc.tex"), atomically: true, encoding: .utf8)
            let latex = ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
            #expect(try Self.run("/usr/bin/env", latex, in: dir).status == 0, "\(style)")
            let tool = try Self.run("/usr/bin/env", [format == .biblatex ? "biber" : "bibtex", "doc"], in: dir)
            #expect(!tool.output.contains("ERROR") && !tool.output.contains("error message"), "\(style) in \(dir.path): \(tool.output.suffix(3000))")
            _ = try Self.run("/usr/bin/env", latex, in: dir)
            let last = try Self.run("/usr/bin/env", latex, in: dir)
            #expect(last.status == 0, "\(style): \(last.output.suffix(3000))")
            let text = Self.skeleton(try Self.pdfText(dir, "doc"))
            for title in works.compactMap(\.record.title) {
                let latin = Self.skeleton(String(title.unicodeScalars.filter { $0.value < 0x250 }.map(Character.init)))
                #expect(text.contains(latin), "\(style): \(title)")
            }
        }
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
        let expected = try Self.expectations(try #require(built.files[.cslJSON]))
        let dateless = Set(expected.filter { $0.year == nil }.map(\.key))
        #expect(Self.warnings(in: bibtex.output, prefix: "Warning--", dateless: dateless).isEmpty, "\(bibtex.output)")
        #expect(!bibtex.output.contains("error message"), "\(bibtex.output)")
        _ = try Self.run("/usr/bin/env", latex, in: dir)
        let second = try Self.run("/usr/bin/env", latex, in: dir)
        #expect(second.status == 0, "\(second.output.suffix(3000))")
        let text = try Self.pdfText(dir, "doc")
        let problems = Self.problems(in: text, expected, label: style, years: .yearIfKnown, preprintLocators: false)
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
