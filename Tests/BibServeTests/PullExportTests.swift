import BibExport
import BibPipeline
import BibServe
import Foundation
import Testing

/// Pull export over HTTP: formats and their content types, keys, `.aux`/`.bcf`/Markdown bodies, ETag and 304.
@Suite struct PullExportTests {
    @Test func theWholeLibraryAsBibTeXIsTheCurrentLibraryFile() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let r = try await server.get("/export?format=bibtex")
        #expect(r.status == 200)
        #expect(r.header("content-type") == "application/x-bibtex; charset=utf-8")
        #expect(r.body == FileManager.default.contents(atPath: lib.store.directory.appendingPathComponent("library.bib").path))
        #expect(try await server.get("/export").body == r.body)
    }

    @Test(arguments: [
        (ExportFormat.biblatex, "application/x-bibtex; charset=utf-8", "@article{riley2023hardcore,"),
        (.cslJSON, "application/vnd.citationstyles.csl+json; charset=utf-8", "\"id\": \"riley2023hardcore\""),
        (.ris, "application/x-research-info-systems; charset=utf-8", "ID  - riley2023hardcore"),
    ])
    func eachFormatComesWithItsContentType(format: ExportFormat, type: String, entry: String) async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let whole = try await server.get("/export?format=\(format.rawValue)")
        #expect(whole.status == 200)
        #expect(whole.header("content-type") == type)
        #expect(whole.text == (try lib.exportText(format)))
        #expect(whole.text.contains(entry))
        if format == .cslJSON {
            let items = try #require(try JSONSerialization.jsonObject(with: whole.body) as? [[String: Any]])
            #expect(items.count == (try lib.works().count))
        }
    }

    @Test func keysSelectTheirWorksAndAHeaderNamesTheMissingOnes() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let r = try await server.get("/export?format=biblatex&keys=riley2023hardcore,nosuchkey2020")
        #expect(r.status == 200)
        #expect(r.text.contains("@article{riley2023hardcore,"))
        #expect(r.text.components(separatedBy: "\n@").count == 1, "one entry only")
        #expect(r.header("x-bibd-missing-keys") == "nosuchkey2020")
        #expect(r.header("x-bibd-missing-count") == "1")
        let cli = Exporter.export(try lib.works().filter { $0.citekey == "riley2023hardcore" }, as: .biblatex,
                                  formula: lib.config.parsedCitekeyFormula, options: lib.config.export).text
        #expect(r.text == cli)
        // Entries taken from the store's render cache are what a fresh render of the selection writes.
        for format in [ExportFormat.bibtex, .cslJSON, .biblatex, .ris, .json] {
            _ = try lib.exportText(format)
            let keys = ["rileyfeel", "riley2023hardcore", "poulter2023more"]
            let served = try await server.get("/export?format=\(format.rawValue)&keys=\(keys.joined(separator: ","))")
            let fresh = Exporter.export(try lib.works().filter { keys.contains($0.citekey ?? "") }, as: format,
                                        formula: lib.config.parsedCitekeyFormula, options: lib.config.export).text
            #expect(served.text == fresh, "\(format.rawValue)")
        }
        #expect(try await server.get("/export?format=endnote").status == 400)
    }

    @Test func anAuxOrBcfBodySelectsWhatTheManuscriptCites() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let aux = "\\relax\n\\citation{riley2023hardcore}\n\\citation{missing1999}\n\\bibdata{library}\n\\@input{chap1.aux}\n"
        let r = try await server.post("/export/aux", body: Data(aux.utf8))
        #expect(r.status == 200)
        #expect(r.text.hasPrefix("@article{riley2023hardcore,"))
        #expect(r.header("x-bibd-missing-keys") == "missing1999")
        #expect(r.header("x-bibd-unread-inputs") == "chap1.aux")

        let bcf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bcf:controlfile version="3.10" xmlns:bcf="https://sourceforge.net/projects/biblatex">
              <bcf:section number="0"><bcf:citekey order="1" intorder="1">riley2023hardcore</bcf:citekey></bcf:section>
            </bcf:controlfile>
            """
        let b = try await server.post("/export/aux?format=biblatex", body: Data(bcf.utf8))
        #expect(b.status == 200)
        #expect(b.text.hasPrefix("@article{riley2023hardcore,"))

        let broken = try await server.post("/export/aux", body: Data("<?xml version=\"1.0\"?>\n<!-- biber was interrupted -->\n".utf8))
        #expect(broken.status == 400)
        #expect(broken.text.contains("cannot read the citations in the request body: "))
        #expect(broken.text.contains("libxml2 could not read the XML"))
    }

    @Test func aPandocMarkdownBodySelectsWhatItCites() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let md = "---\ntitle: x\n---\nAs shown [see @riley2023hardcore, p. 3].\n\n    @notacitation in code\n"
        let r = try await server.post("/export/markdown?format=csl-json", body: Data(md.utf8))
        #expect(r.status == 200)
        let items = try #require(try JSONSerialization.jsonObject(with: r.body) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["riley2023hardcore"])
        #expect(r.header("x-bibd-missing-keys") == nil)
    }

    @Test func aPollThatNamesTheCurrentETagGets304UntilTheLibraryChanges() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        for path in ["/export?format=bibtex", "/export?format=ris&keys=riley2023hardcore"] {
            let first = try await server.get(path)
            let tag = try #require(first.header("etag"))
            let again = try await server.get(path, headers: ["If-None-Match": tag])
            #expect(again.status == 304)
            #expect(again.body.isEmpty)
            #expect(again.header("etag") == tag)
            #expect(try await server.get(path, headers: ["If-None-Match": "\"other\""]).status == 200)
        }
        let aux = Data("\\citation{riley2023hardcore}\n".utf8)
        let tag = try #require(try await server.post("/export/aux", body: aux).header("etag"))
        #expect(try await server.post("/export/aux", body: aux, headers: ["If-None-Match": tag]).status == 304)

        let before = try #require(try await server.get("/export").header("etag"))
        _ = try lib.merge("riley2023hardcore", "poulter2023more")
        let after = try await server.get("/export", headers: ["If-None-Match": before])
        #expect(after.status == 200)
        #expect(after.header("etag") != before)
        #expect(after.text.contains("riley2023hardcore") && !after.text.contains("@article{poulter2023more"))
    }
}
