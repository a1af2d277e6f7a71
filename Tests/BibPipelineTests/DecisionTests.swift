import BibModel
import BibPipeline
import Foundation
import Testing

/// A person's merge / split / distinct decisions change the store and hold against later ingests.
@Suite struct DecisionTests {
    @Test func splitKeepsASourceApartEvenWhenANewCopyMatchesBoth() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let files = try Fixtures.seedFiles()
        _ = lib.ingest(files)
        let alone = try lib.split("riley2023hardcore", file: "000_63c7912f7065a3cd.txt")
        #expect(alone.sources.map(\.file) == ["000_63c7912f7065a3cd.txt"])
        #expect(try lib.works().count == 4)
        // A re-saved copy of the mirror page (same DOI as both halves) must not fuse them again.
        let copy = dir.appendingPathComponent("002-resaved.txt")
        try (String(contentsOf: files[2], encoding: .utf8) + "\n").write(to: copy, atomically: true, encoding: .utf8)
        _ = lib.ingest([copy])
        let works = try lib.works()
        #expect(works.count == 4)
        #expect(works.contains { Set($0.sources.map(\.file)) == ["000_63c7912f7065a3cd.txt"] }
            || works.contains { Set($0.sources.map(\.file)) == ["000_63c7912f7065a3cd.txt", "002-resaved.txt"] })
    }

    @Test func mergeThenDistinct() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        _ = lib.ingest(try Fixtures.seedFiles())
        let kept = try lib.markDistinct("rileyfeel", "riley2023hardcore")
        #expect(kept.relations.isEmpty)
        let hrj = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" })
        #expect(!hrj.relations.contains { $0.target == kept.id })
        let merged = try lib.merge("riley2023hardcore", "poulter2023more")
        #expect(merged.citekey == "riley2023hardcore")
        #expect(merged.sources.count == 3)
        #expect(try lib.works().count == 2)
        #expect(throws: DecisionError.self) { try lib.merge("riley2023hardcore", "nosuchkey") }
    }

    /// A key once issued keeps naming its work: merged away, it becomes an alias that biblatex lists as `ids`,
    /// a selection resolves, no new work is given, and a full re-match carries along.
    @Test func aMergedAwayKeyKeepsResolvingAsAnAlias() throws {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        _ = lib.ingest(try Fixtures.seedFiles())
        let merged = try lib.merge("riley2023hardcore", "poulter2023more")
        #expect(merged.citekey == "riley2023hardcore")
        #expect(merged.aliases == ["poulter2023more"])
        #expect(try lib.works().allSatisfy { $0.citekey != "poulter2023more" })
        #expect(try lib.store.read { try $0.work(citekey: "poulter2023more")?.id } == merged.id)
        #expect(try lib.store.read { try $0.takenCitekeys() }.contains("poulter2023more"))

        let biblatex = try lib.exportText(.biblatex)
        #expect(biblatex.contains("{riley2023hardcore,\n  ids = {poulter2023more},\n"))
        #expect(!(try lib.exportText(.bibtex)).contains("ids = "))

        let picked = select(try lib.works(), by: .keys(["poulter2023more", "nosuchkey"]))
        #expect(picked.works.map(\.id) == [merged.id])
        #expect(picked.missing == ["nosuchkey"])
        #expect(picked.renamed.map(\.alias) == ["poulter2023more"] && picked.renamed.map(\.key) == ["riley2023hardcore"])

        // Decisions accept the alias too, and a full re-match keeps it on the work that holds those sources.
        #expect(throws: DecisionError.self) { try lib.merge("poulter2023more", "riley2023hardcore") }
        #expect(try lib.rematchIfRulesChanged(force: true))
        let after = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" })
        #expect(after.aliases == ["poulter2023more"])
        #expect(try lib.exportText(.biblatex).contains("ids = {poulter2023more}"))
    }
}
