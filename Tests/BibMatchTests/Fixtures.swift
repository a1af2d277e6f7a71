import BibModel
import Foundation
@testable import BibMatch

/// Paths of the repository's fixtures, found from this file.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures")

    static func seed(_ prefix: String) throws -> [String] {
        let dir = root.appendingPathComponent("seeds")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).first { $0.hasPrefix(prefix) }
        let text = try String(contentsOf: dir.appendingPathComponent(name ?? prefix), encoding: .utf8)
        return text.components(separatedBy: "\n")
    }

    /// People as the seed pages print them.
    static func people(_ names: String) -> [Person] {
        names.components(separatedBy: ", ").compactMap { Person.parse($0) }
    }

    /// Pairwise precision, recall and false-merge count of `clusters` against the labels of a set.
    static func score(set: String) throws -> (precision: Double, recall: Double, f1: Double, falseMerges: Int) {
        let dir = root.appendingPathComponent("dedup").appendingPathComponent(set)
        let records = try DedupRecords.parse(Data(contentsOf: dir.appendingPathComponent("records.jsonl"))).records
        let gold = try JSONDecoder().decode([[String]].self, from: Data(contentsOf: dir.appendingPathComponent("clusters.json")))
        let got = BatchDedup.run(records).clusters
        let goldPairs = pairs(gold), gotPairs = pairs(got)
        let tp = goldPairs.intersection(gotPairs).count
        let p = gotPairs.isEmpty ? 1 : Double(tp) / Double(gotPairs.count)
        let r = goldPairs.isEmpty ? 1 : Double(tp) / Double(goldPairs.count)
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gotPairs.subtracting(goldPairs).count)
    }

    static func pairs(_ clusters: [[String]]) -> Set<String> {
        var out = Set<String>()
        for c in clusters {
            let s = c.sorted()
            for i in s.indices { for j in s.indices where j > i { out.insert(s[i] + "|" + s[j]) } }
        }
        return out
    }
}
