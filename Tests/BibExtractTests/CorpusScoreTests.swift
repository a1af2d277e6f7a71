import Foundation
import Testing
import BibModel
import BibParse
import BibNormalize
@testable import BibExtract

/// Runs every corpus file through Page.load → Registry.extract → Normalizer.normalize and scores it against
/// gold.jsonl with the comparison of shared/tools/score_extract.py. Floors are what was reached, rounded
/// down; they may only be raised.
struct CorpusScoreTests {
    struct Gold: Decodable {
        struct Author: Decodable { var family: String?; var given: String? }
        var file: String
        var title: String?
        var authors: [Author]?
        var doi: String?
        var year: Int?
        var journal: String?
        var volume: String?
        var issue: String?
        var pages: String?
    }

    static func fold(_ s: String?) -> String? {
        guard let s else { return nil }
        var t = s.precomposedStringWithCompatibilityMapping.decomposedStringWithCompatibilityMapping
        t = String(String.UnicodeScalarView(t.unicodeScalars.filter { $0.properties.canonicalCombiningClass.rawValue == 0 }))
        t = t.replacingOccurrences(of: "[\u{2018}\u{2019}]", with: "'", options: .regularExpression)
            .replacingOccurrences(of: "[\u{2010}-\u{2015}]", with: "-", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespaces)
        while t.hasSuffix(".") { t.removeLast() }
        return t.lowercased()
    }

    @Test func corpusFloors() throws {
        let lines = try String(contentsOf: Fixtures.url("corpus/gold.jsonl"), encoding: .utf8).split(separator: "\n")
        let gold = try lines.map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        var hit: [String: Int] = [:], total: [String: Int] = [:]
        var invented = 0, exact = 0
        for g in gold {
            let r = (try? Fixtures.record("corpus/" + g.file)).map(Normalizer.normalize) ?? Record()
            var ok = true
            func score(_ f: String, _ good: Bool, _ present: Bool) {
                guard present else { return }
                total[f, default: 0] += 1
                if good { hit[f, default: 0] += 1 } else { ok = false; print("MISS", g.file, f) }
            }
            score("title", Self.fold(r.title) == Self.fold(g.title), g.title != nil)
            let ga = g.authors ?? []
            score("authors", r.authors.map { Self.fold($0.fullFamily ?? $0.literal) } == ga.map { Self.fold($0.family) }
                  && zip(r.authors, ga).allSatisfy { (Self.fold($0.given) ?? "").prefix(1) == (Self.fold($1.given) ?? "").prefix(1) },
                  !ga.isEmpty)
            score("doi", Self.fold(r.doi) == Self.fold(g.doi), g.doi != nil)
            score("year", r.issued?.year == g.year, g.year != nil)
            score("journal", [Self.fold(r.containerTitle), Self.fold(r.containerTitleShort)].contains(Self.fold(g.journal)),
                  g.journal != nil)
            score("volume", r.volume == g.volume, g.volume != nil)
            if g.doi == nil, r.doi != nil { invented += 1 }
            if g.year == nil, r.issued != nil { invented += 1 }
            if ok { exact += 1 }
        }
        func rate(_ f: String) -> Double { Double(hit[f] ?? 0) / Double(max(1, total[f] ?? 0)) }
        #expect(rate("title") >= 0.97)
        #expect(rate("doi") >= 0.97)
        #expect(rate("year") >= 0.97)
        #expect(rate("authors") >= 0.96)
        #expect(rate("journal") >= 0.96)
        #expect(rate("volume") >= 0.96)
        #expect(Double(exact) / Double(gold.count) >= 0.9)
        #expect(invented == 0)
    }
}
