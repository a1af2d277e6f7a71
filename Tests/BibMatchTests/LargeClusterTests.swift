import BibModel
import Testing
@testable import BibMatch

/// Blocks larger than `maxBlockSize` are searched by sorted neighbourhood, clustering tolerates an odd
/// record, and the cost stays bounded on hostile input.
struct LargeClusterTests {
    /// `CitationLibrary`: works each cited 100–300 times with citation-style damage.
    @Test func citedWorksAreFoundWhole() {
        let library = CitationLibrary(works: 8, seed: 7)
        #expect(library.records.count >= 800)
        let result = BatchDedup.run(library.records)
        let score = PairwiseScore(clusters: result.clusters, work: library.workOfID)
        print("citation library: \(library.records.count) records, P=\(score.precision) R=\(score.recall)")
        #expect(score.recall >= 0.95)
        #expect(score.precision >= 0.99)
    }

    @Test func aBlockLargerThanTheLimitIsSearched() {
        let base = NonDuplicateRuleTests.article()
        let n = Matcher().config.maxBlockSize * 3
        let records = (0..<n).map { ("r\($0)", base) }
        let result = BatchDedup.run(records)
        #expect(result.clusters.count == 1)
        #expect(result.clusters.first?.count == n)
    }

    @Test func oneOddRecordDoesNotSplitAWorkOfTwenty() {
        // Twenty full records, twenty citations without volume or pages, and one citation printing another
        // volume: it agrees with the citations and conflicts with the full records.
        var records = (0..<20).map { ("r\($0)", NonDuplicateRuleTests.article()) }
        records += (0..<20).map { ("s\($0)", NonDuplicateRuleTests.article(volume: nil, page: nil)) }
        records.append(("odd", NonDuplicateRuleTests.article(volume: "103", page: nil)))
        let result = BatchDedup.run(records)
        let work = result.clusters.first { $0.contains("r0") }
        #expect(work?.contains("s0") == true)
        #expect((work?.count ?? 0) >= 40)
    }

    @Test func twoWorksOfTwentyAreNotFusedThroughOneRecord() {
        // Two volumes of one journal with the same title, and one record without a volume that matches both.
        var records = (0..<20).map { ("a\($0)", NonDuplicateRuleTests.article(volume: "102", page: nil)) }
        records += (0..<20).map { ("b\($0)", NonDuplicateRuleTests.article(volume: "103", page: nil)) }
        records.append(("bridge", NonDuplicateRuleTests.article(volume: nil, page: nil)))
        let result = BatchDedup.run(records)
        #expect(!result.clusters.contains { c in c.contains("a0") && c.contains("b0") })
    }

    @Test func tenThousandEditorialsAreNotMerged() {
        let records = (0..<10_000).map { i in
            ("e\(i)", Record(title: "Editorial", authors: [Person(family: "Editor\(i % 50)")], issued: PartialDate(year: 2000 + i % 20)))
        }
        let result = BatchDedup.run(records)
        #expect(result.clusters.isEmpty)
    }

    @Test func emptyRecordsAndAHugeTitleAreHandled() {
        var records = (0..<5).map { ("empty\($0)", Record()) }
        let huge = String(repeating: "cervical screening ", count: 250_000)
        records.append(("huge", Record(title: huge)))
        records.append(("huge2", Record(title: huge)))
        let result = BatchDedup.run(records)
        #expect(!result.clusters.contains { $0.contains("empty0") })
    }
}
