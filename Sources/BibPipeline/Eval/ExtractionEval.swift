import Foundation
import BibModel
import BibParse
import BibExtract
import BibNormalize

/// Scores extraction against a gold .jsonl the way shared/tools/score_extract.py does: each file in the
/// directory goes through Page.load → Registry.extract → Normalizer.normalize, and the first record is
/// compared field by field (title, authors, DOI, PMID, year, journal, volume, issue, pages, abstract start),
/// plus record-exact, rejected non-article pages and invented DOIs/years.
public enum ExtractionEval {
    /// The scored fields, in table order.
    public static let fields = ["title", "authors", "doi", "pmid", "year", "journal", "volume", "issue", "pages", "abstract"]

    /// The result of one evaluation run.
    public struct Report: Sendable {
        public var hits: [String: Int] = [:]
        public var totals: [String: Int] = [:]
        public var exact = 0
        public var scored = 0
        public var rejectedOK = 0
        public var rejectedTotal = 0
        public var invented = 0
        /// (file, what went wrong)
        public var misses: [(file: String, what: String)] = []

        /// The hit rate of a field (1.0 when the gold never states it), or of "record-exact" / "rejected".
        public func rate(_ field: String) -> Double {
            switch field {
            case "record-exact": return scored == 0 ? 1 : Double(exact) / Double(scored)
            case "rejected": return rejectedTotal == 0 ? 1 : Double(rejectedOK) / Double(rejectedTotal)
            default:
                let t = totals[field] ?? 0
                return t == 0 ? 1 : Double(hits[field] ?? 0) / Double(t)
            }
        }

        /// The per-field table and the one-line summary, as score_extract.py prints them.
        public var table: String {
            var lines = fields.map { f in
                "\(f.padding(toLength: 9, withPad: " ", startingAt: 0)) \(pad3(hits[f] ?? 0))/\(pad3(totals[f] ?? 0))  \(fmt(rate(f)))"
            }
            let summary = (fields + ["record-exact", "rejected"]).map { "\($0) \(fmt(rate($0)))" }.joined(separator: " ")
            lines.append("extract: \(summary) invented \(invented) (n=\(scored))")
            return lines.joined(separator: "\n")
        }

        private func fmt(_ x: Double) -> String { String(format: "%.2f", x) }
        private func pad3(_ n: Int) -> String { String(repeating: " ", count: max(0, 3 - "\(n)".count)) + "\(n)" }
    }

    /// Runs the pipeline stages on every gold file found in `directory` and scores them.
    public static func run(gold goldURL: URL, directory: URL) throws -> Report {
        let gold = try GoldEntry.load(goldURL)
        var report = Report()
        for g in gold {
            let record = extract(directory.appendingPathComponent(g.file))
            score(g, record, into: &report)
        }
        return report
    }

    /// The first normalised record of a file, or nil when it was refused or could not be read.
    public static func extract(_ url: URL) -> Record? {
        guard let data = try? Data(contentsOf: url),
              let page = try? Page.load(bytes: [UInt8](data)),
              let extraction = try? Registry.extract(page),
              let first = extraction.records.first else { return nil }
        return Normalizer.normalize(first)
    }

    static func score(_ g: GoldEntry, _ record: Record?, into r: inout Report) {
        if g.type == "other", (g.title ?? "").isEmpty {
            r.rejectedTotal += 1
            if record == nil { r.rejectedOK += 1 } else { r.misses.append((g.file, "non-article page was not rejected")) }
            return
        }
        r.scored += 1
        let c = record ?? Record()
        var allOK = true
        func check(_ field: String, _ ok: Bool, _ present: Bool) {
            guard present else { return }
            r.totals[field, default: 0] += 1
            if ok { r.hits[field, default: 0] += 1 } else { allOK = false; r.misses.append((g.file, field)) }
        }
        let fold = ScoreFold.fold
        check("title", fold(c.title) == fold(g.title), !(g.title ?? "").isEmpty)
        let ga = g.authors ?? []
        let familiesOK = c.authors.map { fold($0.fullFamily ?? $0.literal) } == ga.map { fold($0.family) }
        let initialsOK = zip(c.authors, ga).allSatisfy { x, y in
            (fold(x.given) ?? "").prefix(1) == (fold(y.given) ?? "").prefix(1)
        }
        check("authors", familiesOK && initialsOK, !ga.isEmpty)
        check("doi", fold(c.doi) == fold(g.doi), !(g.doi ?? "").isEmpty)
        check("pmid", (c.pmid ?? "") == (g.pmid ?? ""), !(g.pmid ?? "").isEmpty)
        check("year", c.issued?.year == g.year, g.year != nil)
        let journals: Set<String?> = [fold(c.containerTitle), fold(c.containerTitleShort)]
        check("journal", journals.contains(fold(g.journal)), !(g.journal ?? "").isEmpty)
        check("volume", fold(c.volume) == fold(g.volume), !(g.volume ?? "").isEmpty)
        check("issue", fold(c.issue) == fold(g.issue), !(g.issue ?? "").isEmpty)
        let pg = ScoreFold.pageForms(g.pages)
        check("pages", !pg.isDisjoint(with: ScoreFold.pageForms(c.page).union(ScoreFold.pageForms(c.number))),
              !(g.pages ?? "").isEmpty)
        var ab = fold(c.abstract) ?? ""
        ab = ab.replacingOccurrences(of: "^(abstract|summary)[:\\s]*", with: "", options: .regularExpression)
        let afw = g.abstractFirstWords ?? ""
        check("abstract", !afw.isEmpty && ab.hasPrefix(fold(afw) ?? ""), !afw.isEmpty)
        if (g.doi ?? "").isEmpty, let d = c.doi, !d.isEmpty { r.invented += 1; r.misses.append((g.file, "invented doi=\(d)")) }
        if g.year == nil, let y = c.issued?.year { r.invented += 1; r.misses.append((g.file, "invented year=\(y)")) }
        if allOK { r.exact += 1 }
    }
}
