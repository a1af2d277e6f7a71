import BibModel
import BibPipeline
import Foundation
import Testing

/// The tagged-text record files of fixtures/records (BibTeX, RIS, Web of Science, MEDLINE, CSV exports) read
/// against their gold: every file read, record counts right, and the field rates held to the issue's floors.
/// Values are compared folded as shared/tools/score_records.py folds them.
@Suite struct RecordFileQualityTests {
    static let dir = Fixtures.root.appendingPathComponent("fixtures/records")
    static let prefixes = ["BIBTEX_", "RIS_", "WOS_", "MEDLINE_", "SCOPUSCSV_", "IEEECSV_", "SPRINGERCSV_", "LENSCSV_"]

    /// Lower case, accents and typographic quotes folded, dashes as "-", white space collapsed, final dot dropped.
    static func fold(_ s: String?) -> String {
        guard let s else { return "" }
        var t = s.decomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isDiacritic || $0.isASCII }
            .map(String.init).joined()
        for (a, b) in [("‘", "'"), ("’", "'"), ("“", "\""), ("”", "\"")] { t = t.replacingOccurrences(of: a, with: b) }
        t = String(t.unicodeScalars.map { (0x2010...0x2015).contains($0.value) ? "-" : Character($0) })
        t = t.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
        while t.hasSuffix(".") { t.removeLast() }
        return t
    }

    @Test func taggedTextRecordFilesHoldTheFloors() throws {
        let lines = try String(contentsOf: Self.dir.appendingPathComponent("gold.jsonl"), encoding: .utf8)
            .split(separator: "\n").compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { g in Self.prefixes.contains { (g["file"] as? String ?? "").hasPrefix($0) } }
        var reports: [String: ExtractReport] = [:]
        func report(_ file: String) -> ExtractReport {
            if let r = reports[file] { return r }
            let r = ExtractReport.make(Self.dir.appendingPathComponent("files/\(file)"))
            reports[file] = r
            return r
        }
        var hit: [String: Int] = [:], total: [String: Int] = [:]
        func score(_ field: String, _ ok: Bool) { total[field, default: 0] += 1; if ok { hit[field, default: 0] += 1 } }
        for g in lines {
            let file = try #require(g["file"] as? String)
            let r = report(file)
            #expect(r.error == nil, "\(file): \(r.error ?? "")")
            if let count = g["record_count"] as? Int {
                #expect(r.records.count == count, "\(file): \(r.records.count) records, gold \(count)")
                continue
            }
            let index = g["index"] as? Int ?? 0
            guard index < r.records.count else { Issue.record("\(file): no record \(index)"); continue }
            let rec = r.records[index]
            if let title = g["title"] as? String { score("title", Self.fold(rec.title) == Self.fold(title)) }
            if let doi = g["doi"] as? String { score("doi", rec.doi == doi.lowercased()) }
            if let year = g["year"] as? Int { score("year", rec.issued?.year == year) }
            if (g["doi"] as? String) == nil { #expect(rec.doi == nil, "\(file) #\(index): DOI \(rec.doi ?? "") not in the source") }
            if let authors = g["authors"] as? [[String: Any]], !authors.isEmpty {
                let want = authors.map { Self.fold(($0["family"] as? String) ?? ($0["literal"] as? String)) }
                score("authors", rec.authors.map { Self.fold($0.fullFamily ?? $0.literal) } == want)
            }
            if let journal = g["journal"] as? String {
                score("journal", [rec.containerTitle, rec.containerTitleShort].map(Self.fold).contains(Self.fold(journal)))
            }
            if let volume = g["volume"] as? String { score("volume", Self.fold(rec.volume) == Self.fold(volume)) }
        }
        let floors = ["title": 0.98, "doi": 0.98, "year": 0.98, "authors": 0.95, "journal": 0.95, "volume": 0.95]
        for (field, floor) in floors {
            let rate = Double(hit[field, default: 0]) / Double(max(1, total[field, default: 0]))
            #expect(total[field, default: 0] > 50 && rate >= floor, "\(field) \(rate) < \(floor)")
        }
    }
}
