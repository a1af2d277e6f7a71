import BibMatch
import BibModel
import BibPipeline
import Foundation
import Testing

/// One work whatever form it arrives in: a Crossref record, a BibTeX and a RIS export, its landing page and the
/// page's text dump are one work in every order of arrival; two databases' exports of one search, ingested file
/// by file, group their records as `bibd dedup` groups the same records.
@Suite struct CrossFormatIdentityTests {
    static let records = Fixtures.root.appendingPathComponent("fixtures/records/files")
    static let crossformat = Fixtures.root.appendingPathComponent("fixtures/crossformat")

    /// The eLife article 10.7554/eLife.01567 as Crossref serves it (JSON, BibTeX, RIS by content negotiation), as
    /// a landing page (hand-made in eLife's markup, see fixtures/crossformat/SOURCES.md) and as that page's dumps.
    static let eLifeForms: [URL] = [
        records.appendingPathComponent("CROSSREFJSON_commonmeta_elife.01567.json"),
        records.appendingPathComponent("BIBTEX_crossref_cn_elife.01567.bib"),
        records.appendingPathComponent("RIS_crossref_cn_elife.01567.ris"),
        crossformat.appendingPathComponent("ELIFE_01567_landing.html"),
        crossformat.appendingPathComponent("dumps/chromium/ELIFE_01567_landing.txt"),
    ]

    @Test func aRecordItsExportsItsPageAndItsDumpAreOneWorkInAll120Orders() throws {
        let orders = KeyConvergenceTests.permutations(Array(Self.eLifeForms.indices))
        #expect(orders.count == 120)
        for order in orders {
            let dir = Fixtures.tempStore()
            defer { try? FileManager.default.removeItem(at: dir) }
            let lib = try Fixtures.library(at: dir)
            for k in order {
                let r = lib.ingest([Self.eLifeForms[k]])
                #expect(r.allSatisfy { !$0.outcome.isFailure }, "order \(order): \(r.map(\.message))")
            }
            let works = try lib.works()
            #expect(works.count == 1, "order \(order): \(works.map { $0.record.title ?? "-" })")
            guard let w = works.first else { continue }
            #expect(w.sources.count == Self.eLifeForms.count, "order \(order)")
            #expect(w.record.doi == "10.7554/elife.01567")
            #expect(w.record.authors.map(\.family) == ["Sankar", "Nieminen", "Ragni", "Xenarios", "Hardtke"], "order \(order)")
            #expect(w.record.title?.lowercased().hasPrefix("automated quantitative histology") == true, "order \(order)")
            #expect(w.citekey == "sankar2014automated", "order \(order): \(w.citekey ?? "-")")
        }
    }

    @Test func theTextBrowserDumpJoinsTheSameWorkFirstOrLast() throws {
        let w3m = Self.crossformat.appendingPathComponent("dumps/w3m/ELIFE_01567_landing.txt")
        for files in [[w3m] + Self.eLifeForms, Self.eLifeForms + [w3m]] {
            let dir = Fixtures.tempStore()
            defer { try? FileManager.default.removeItem(at: dir) }
            let lib = try Fixtures.library(at: dir)
            for f in files { _ = lib.ingest([f]) }
            let works = try lib.works()
            #expect(works.count == 1 && works.first?.sources.count == files.count, "\(works.map { ($0.record.title ?? "-", $0.sources.count) })")
        }
    }

    /// The records of `files` as `bibd extract` reads them, each named "FILE#POSITION".
    static func extracted(_ files: [URL]) throws -> [(id: String, record: Record)] {
        try files.flatMap { url -> [(id: String, record: Record)] in
            let bytes = try ExtractStage.read(url)
            let e = try ExtractStage.run(bytes: bytes, fileName: url.lastPathComponent, sha256: "")
            return e.records.map { r in ("\(url.lastPathComponent)#\(r.source?.position ?? 1)", r) }
        }
    }

    /// A partition of record ids, as a set of sets (order-free).
    static func partition(_ groups: [[String]]) -> Set<Set<String>> { Set(groups.map(Set.init)) }

    @Test func twoDatabasesExportsOfOneSearchGroupAsBatchDedupGroupsThem() throws {
        // One MCDA search exported from Scopus and from Web of Science (each its own BibTeX dialect); 18 works
        // are in both.
        let files = ["BIBTEX_scopus_pybibx_mcda.bib", "BIBTEX_wos_pybibx_mcda.bib"].map { Self.records.appendingPathComponent($0) }
        let input = try Self.extracted(files)
        let ids = Set(input.map(\.id))
        let batch = BatchDedup.run(input).clusters.filter { $0.count > 1 }
        #expect(batch.count >= 15, "the two exports share 18 works; batch dedup found \(batch.count) groups")
        for order in [files, files.reversed()] {
            let dir = Fixtures.tempStore()
            defer { try? FileManager.default.removeItem(at: dir) }
            let lib = try Fixtures.library(at: dir)
            for f in order { _ = lib.ingest([f]) }
            let stored = try lib.works().map { w in w.sources.map { "\($0.file)#\($0.position ?? 1)" } }
            #expect(Set(stored.flatMap { $0 }) == ids, "every record of both files is in one work")
            #expect(Self.partition(stored.filter { $0.count > 1 }) == Self.partition(batch),
                    "order \(order.map(\.lastPathComponent)): store \(stored.filter { $0.count > 1 }) vs batch \(batch)")
        }
    }
}
