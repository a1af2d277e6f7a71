import ArgumentParser
import BibMatch
import Foundation
struct TmpRoot: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "bibd", subcommands: [Dedup.self, Pairs.self, BenchDedup.self])
}
struct Pairs: ParsableCommand {
    @Option var input: String
    @Option var pairs: String
    func run() throws {
        let recs = try DedupRecords.parse(Data(contentsOf: URL(fileURLWithPath: input))).records
        var byId: [String: Int] = [:]
        for (i, r) in recs.enumerated() { byId[r.id] = i }
        let m = Matcher()
        var idx = MatchIndex(matcher: m)
        for r in recs { idx.add(id: r.id, record: r.record) }
        for line in try String(contentsOfFile: pairs, encoding: .utf8).split(separator: "\n") {
            let p = line.split(separator: " ").map(String.init)
            guard let i = byId[p[0]], let j = byId[p[1]] else { continue }
            let d = m.decide(recs[i].record, recs[j].record)
            let cand = idx.candidates(for: recs[i].record).contains(p[1])
            print(p[0], p[1], cand ? "CAND" : "NOCAND", d.outcome, d.rule, d.evidence)
        }
    }
}
TmpRoot.main()
