import BibPipeline
import BibServe
import Foundation
import Testing

/// The pages read the store: search by title, author, DOI and key; a work with its provenance per field, sources,
/// relations and aliases; the status panel with failed files and their reasons; the home page linking everything.
@Suite struct ServePagesTests {
    @Test func searchFindsByTitleAuthorDOIAndKey() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let work = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" })
        let doi = try #require(work.record.doi)
        for q in ["Middlesbrough+heroin", "riley2023hard", HTML.urlComponent(doi), "Magdalena"] {
            let page = try await server.get("/search?q=\(q)")
            #expect(page.status == 200)
            #expect(page.text.contains("<a href=\"/work/riley2023hardcore\">riley2023hardcore</a>"), "query \(q)")
        }
        #expect(try await server.get("/search?q=nothingmatchesthis").text.contains("No work matches"))
    }

    @Test func aWorkShowsProvenanceSourcesRelationsAndAliases() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let work = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" })
        let page = try await server.get("/work/riley2023hardcore")
        #expect(page.status == 200)
        for p in work.provenance["title"] ?? [] {
            #expect(page.text.contains("<li>from <span class=\"file\">\(p.file)</span> [\(p.rule)]</li>"))
        }
        for s in work.sources { #expect(page.text.contains("<td class=\"file\">\(s.file)</td>")) }
        for rel in work.relations {
            let key = try #require(try lib.store.read { try $0.work(id: rel.target) }?.citekey)
            #expect(page.text.contains("<li>\(rel.kind.rawValue) <a href=\"/work/\(key)\">\(key)</a></li>"))
        }
        #expect(!work.relations.isEmpty)

        _ = try lib.merge("riley2023hardcore", "poulter2023more")
        let viaAlias = try await server.get("/work/poulter2023more")
        #expect(viaAlias.text.contains("<h1>riley2023hardcore</h1>"))
        #expect(viaAlias.text.contains("<h2>Aliases</h2>\n<ul><li><code>poulter2023more</code></li></ul>"))
        #expect(try await server.get("/work/nosuchwork").status == 404)
    }

    @Test func statusCountsTheStoreAndNamesFailedFilesWithTheirReasons() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let junk = dir.appendingPathComponent("empty-page.html")
        try "<html><head><title>Nothing</title></head><body><p>Nothing to cite here.</p></body></html>\n"
            .write(to: junk, atomically: true, encoding: .utf8)
        let report = try #require(lib.ingest([junk]).first)
        #expect(report.outcome.isFailure)
        try lib.noteRun("1 file")
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let page = try await server.get("/status")
        let counts = try lib.store.read { tx in (try tx.count(.works), try tx.count(.sources)) }
        #expect(page.text.contains("<td id=\"works\">\(counts.0)</td>"))
        #expect(page.text.contains("<td id=\"sources\">\(counts.1)</td>"))
        #expect(page.text.contains("<td class=\"file\">empty-page.html</td>"))
        let reason = try #require(try lib.store.read { try $0.failedFiles(limit: 10) }.first?.reason)
        #expect(!reason.isEmpty)
        #expect(page.text.contains("<td>\(HTML.escape(reason))</td>"))
        #expect(page.text.contains("(1 file)"))
        let home = try await server.get("/")
        for link in ["/review", "/status", "/search", "/export?format=bibtex", "/export?format=csl-json"] {
            #expect(home.text.contains("href=\"\(link)\""), "\(link)")
        }
    }
}
