import BibModel
import BibPipeline
import Foundation
import Testing

/// End to end: the five seed pages, ingested in several orders, give the store the gold file describes.
@Suite struct SeedStoreTests {
    static let hrj: Set<String> = ["000_63c7912f7065a3cd.txt", "002_252bdb2c5a968591.txt"]
    static let preprint: Set<String> = ["004_093d3b99ecc54b75.txt", "001_c4bf06af173b09de.txt"]
    static let drugPolicy: Set<String> = ["003_aabe84b3ad301a21.txt"]

    /// Orders chosen to put the fragment first, last and between, and the truncated PubMed page before and
    /// after the full list.
    static let orders: [[Int]] = [[0, 1, 2, 3, 4], [4, 3, 2, 1, 0], [1, 0, 3, 4, 2], [2, 4, 1, 3, 0]]

    @Test(arguments: orders)
    func seedsGiveTheGoldStore(order: [Int]) throws {
        let files = try Fixtures.seedFiles()
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        let reports = lib.ingest(order.map { files[$0] })
        #expect(reports.allSatisfy { !$0.outcome.isFailure }, "\(reports.map(\.message))")
        let works = try lib.works()
        #expect(works.count == 3, "\(works.map { $0.sources.map(\.file) })")

        let hrj = try #require(works.withSources(Self.hrj) as Work?, "no work from \(Self.hrj.sorted()); works: \(works.map { $0.sources.map(\.file) })")
        let r = hrj.record
        #expect(r.type == .journalArticle)
        #expect(r.title == "'This is hardcore': a qualitative study exploring service users' experiences of Heroin-Assisted Treatment (HAT) in Middlesbrough, England")
        #expect(r.authors.map { $0.family ?? "" } == ["Riley", "Harris", "Poulter", "Moore", "Ahmed", "Towl", "Walker"])
        #expect(r.authors.map { $0.given ?? "" } == ["Fleur", "Magdalena", "Hannah Louise", "Helen J.", "Daniel", "Graham", "Tammi"])
        #expect(!r.authorsTruncated)
        #expect(r.doi == "10.1186/s12954-023-00785-y")
        #expect(r.issued == PartialDate(year: 2023, month: 5, day: 12))
        #expect(r.volume == "20")
        #expect(r.issue == "1")
        #expect(r.page == "66" || r.number == "66")
        #expect(r.containerTitleShort == "Harm Reduct J" || r.containerTitle == "Harm Reduct J")
        for k in ["Harm reduction", "Heroin-Assisted Treatment", "Injectable opioid therapy", "Opioid dependency",
                  "People who inject drugs", "Recovery"] {
            #expect(r.keywords.contains { $0.lowercased() == k.lowercased() }, "keyword \(k)")
        }
        #expect(hrj.provenance["author"]?.first?.file == "002_252bdb2c5a968591.txt")
        #expect(hrj.provenance["DOI"] != nil)

        let pre = try #require(works.withSources(Self.preprint) as Work?, "no work from \(Self.preprint.sorted()); works: \(works.map { $0.sources.map(\.file) })")
        #expect(pre.record.type == .preprint)
        #expect(pre.record.doi == nil)
        #expect(pre.record.issued == nil)
        #expect(pre.record.publisher == "Research Square Platform LLC")
        #expect(pre.record.authors.map { $0.family ?? "" } == ["Riley", "Harris", "Ahmed", "Moore", "Poulter", "Towl", "Walker"])
        #expect(pre.record.authors.map { $0.given ?? "" } == ["Fleur", "Magdalena", "Danny", "Helen", "Louise", "Graham", "Tammi"])
        #expect(pre.relations.contains(Relation(kind: .possiblePreprintOf, target: hrj.id)))
        #expect(hrj.relations.contains(Relation(kind: .possiblePublishedVersionOf, target: pre.id)))

        let dp = try #require(works.withSources(Self.drugPolicy) as Work?, "no work from \(Self.drugPolicy.sorted())")
        #expect(dp.record.containerTitle == "International Journal of Drug Policy")
        #expect(dp.record.issued == PartialDate(year: 2023, month: 6, day: 1))
        #expect(dp.record.doi == nil)
        #expect(!dp.relations.contains { $0.target == pre.id })
        #expect(!pre.relations.contains { $0.target == dp.id })

        for w in works {
            let names = w.record.authors.compactMap(\.family)
            for foreign in ["Papadaki", "Perry", "Nahar", "Tompkins", "Lembke"] { #expect(!names.contains(foreign)) }
        }
    }

    @Test func citationKeysDoNotDependOnOrder() throws {
        let files = try Fixtures.seedFiles()
        var keysByOrder: [[String: String]] = []
        for order in Self.orders {
            let dir = Fixtures.tempStore()
            defer { try? FileManager.default.removeItem(at: dir) }
            let lib = try Fixtures.library(at: dir)
            _ = lib.ingest(order.map { files[$0] })
            var keys: [String: String] = [:]
            for w in try lib.works() { keys[w.sources.map(\.file).sorted().joined(separator: "+")] = w.citekey }
            keysByOrder.append(keys)
        }
        #expect(keysByOrder.allSatisfy { $0 == keysByOrder[0] }, "\(keysByOrder)")
        #expect(Set(keysByOrder[0].values) == ["riley2023hardcore", "rileyfeel", "poulter2023more"])
        let keys = keysByOrder[0].values
        #expect(keys.allSatisfy { k in k.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) } })
        #expect(Set(keys).count == keys.count)
    }

    @Test func exportsPassTheIndependentSeedChecker() throws {
        let checker = Fixtures.shared.appendingPathComponent("tools/check_seeds.py")
        try #require(FileManager.default.fileExists(atPath: checker.path), "needs ../shared/tools/check_seeds.py")
        let dir = Fixtures.tempStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.library(at: dir)
        _ = lib.ingest(try Fixtures.seedFiles())
        let json = dir.appendingPathComponent("library.json")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("library.bib").path))
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", checker.path, json.path, Fixtures.root.appendingPathComponent("fixtures/seeds.expected.json").path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0, "\(text)")
    }
}
