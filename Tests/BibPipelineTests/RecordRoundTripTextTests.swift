import BibExport
import BibModel
import BibPipeline
import Foundation
import Testing

/// bibd's own BibTeX, biblatex and RIS exports of the corpus store, read back into an empty store, give the
/// same works field for field.
@Suite struct RecordRoundTripTextTests {
    static let corpus = Fixtures.root.appendingPathComponent("fixtures/corpus")

    /// The corpus pages ingested into a fresh store (shared by the three formats: built once).
    static let original: (works: [Work], exports: [ExportFormat: String])? = {
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        guard let lib = try? Fixtures.library(at: dir),
              let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else { return nil }
        let files = names.filter { !$0.hasSuffix(".md") && !$0.hasSuffix(".jsonl") }.sorted().map { corpus.appendingPathComponent($0) }
        _ = lib.ingest(files)
        var exports: [ExportFormat: String] = [:]
        for f in [ExportFormat.bibtex, .biblatex, .ris] { exports[f] = try? lib.exportText(f) }
        return ((try? lib.works()) ?? [], exports)
    }()

    /// What each writer leaves out, by work type (so the reader cannot get it back): a preprint is written
    /// as @misc (BibTeX, venue in `howpublished`) or @online (biblatex, venue in `organization`) without its
    /// journal reference's volume or locator.
    static let notWritten: [ExportFormat: [WorkType: Set<String>]] = [
        .bibtex: [.preprint: ["volume", "issue", "locator"]],
        .biblatex: [.preprint: ["container", "volume", "issue", "locator"]],
    ]

    /// Text as the writers leave it: the BibTeX writer folds typographic apostrophes to ASCII, and TeX reads a
    /// double hyphen (written unprotected) as an en dash.
    /// A title as compared after a round trip: the BibTeX and biblatex writers title-case English titles by
    /// their stated policy (as Better BibTeX does), so letter case is not compared there.
    static func titleKey(_ s: String, _ format: ExportFormat) -> String {
        format == .ris ? written(s, format) : written(s, format).lowercased()
    }

    /// A journal name without the stray final period every writer drops ("Psychoneuroendocrinology.").
    static func withoutStrayPeriod(_ s: String) -> String {
        s.hasSuffix(".") && !s.dropLast().contains(".") ? String(s.dropLast()) : s
    }

    static func written(_ s: String, _ format: ExportFormat) -> String {
        guard format != .ris else { return s }
        return s.replacingOccurrences(of: "--", with: "–").replacingOccurrences(of: "’", with: format == .bibtex ? "'" : "’")
    }

    /// The fields compared, as text (one line per field), for a work.
    static func fields(_ r: Record) -> [String: String] {
        [
            "title": r.title ?? "", "authors": r.authors.map { "\($0.fullFamily ?? $0.literal ?? ""), \($0.given ?? "")" }.joined(separator: "; "),
            "container": r.containerTitle ?? "", "year": r.issued.map { "\($0.year)" } ?? "",
            "volume": r.volume ?? "", "issue": r.issue ?? "", "locator": r.page ?? r.number ?? "", "doi": r.doi ?? "",
            "pmid": r.pmid ?? "",
        ]
    }

    @Test(arguments: [ExportFormat.bibtex, .biblatex, .ris])
    func exportReadBackGivesTheSameWorks(format: ExportFormat) throws {
        let original = try #require(Self.original)
        let text = try #require(original.exports[format])
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("export.\(format.rawValue)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let storeDir = dir.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: storeDir, withIntermediateDirectories: true)
        let lib = try Fixtures.library(at: storeDir)
        let reports = lib.ingest([file])
        #expect(reports.first.map { !$0.outcome.isFailure } == true, "\(reports.map(\.message))")
        let back = try lib.works()
        #expect(back.count == original.works.count)
        let byTitle = Dictionary(back.map { (Self.titleKey($0.record.title ?? "", format), $0) }, uniquingKeysWith: { a, _ in a })
        for w in original.works {
            let title = Self.titleKey(w.record.title ?? "", format)
            let again = try #require(byTitle[title], "\(format): no work titled \(title)")
            let skipped = Self.notWritten[format]?[w.record.type ?? .other] ?? []
            var want = Self.fields(w.record).mapValues { Self.written($0, format) }
            var got = Self.fields(again.record).mapValues { Self.written($0, format) }
            for k in ["title"] { want[k] = want[k].map { Self.titleKey($0, format) }; got[k] = got[k].map { Self.titleKey($0, format) } }
            for k in ["container"] { want[k] = want[k].map(Self.withoutStrayPeriod); got[k] = got[k].map(Self.withoutStrayPeriod) }
            for (k, v) in want where got[k] != v && !skipped.contains(k) {
                Issue.record("\(format) \(w.record.title ?? ""): \(k) was \(v), read back \(got[k] ?? "")")
            }
        }
    }
}
