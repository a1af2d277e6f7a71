import BibModel
import Testing
@testable import BibMatch

/// Blocking keeps pairs together despite a typo in one field; the index finds them incrementally;
/// clustering does not let a chain of weak links fuse different works.
struct BlockingAndIndexTests {
    static let base = Record(title: "Locally adaptive dimensionality reduction for indexing large time series databases",
                             authors: [Person(family: "Chakrabarti", given: "Kaushik"), Person(family: "Keogh", given: "Eamonn")],
                             containerTitle: "ACM Transactions on Database Systems", issued: PartialDate(year: 2002))

    @Test func typoInTitleStartStillSharesABlock() {
        var typo = Self.base
        typo.title = "Localy adaptive dimensionality reduction for indexing large time series databases"
        typo.authors = [Person(family: "Chakrabarty", given: "K")]
        typo.issued = nil
        let m = Matcher()
        #expect(!Set(m.blockKeys(for: Self.base)).isDisjoint(with: m.blockKeys(for: typo)))
        #expect(m.decide(Self.base, typo).outcome != .distinct)
    }

    @Test func indexReturnsCandidatesAndDecisions() {
        var index = MatchIndex()
        index.add(id: "a", record: Self.base)
        index.add(id: "other", record: Record(title: "Query optimization at the crossroads", authors: [Person(family: "Chaudhuri")],
                                              issued: PartialDate(year: 1997)))
        var copy = Self.base
        copy.containerTitle = "ACM Trans. Database Syst."
        #expect(index.candidates(for: copy) == ["a"])
        let decisions = index.decisions(for: copy)
        #expect(decisions.map(\.id) == ["a"])
        #expect(decisions.first?.decision.outcome == .same)
        #expect(index.count == 2)
    }

    @Test func chainOfWeakLinksDoesNotFuseDifferentWorks() {
        // B matches A and C on score, but A and C are different volumes of one journal.
        var a = Self.base; a.volume = "27"; a.page = "188-228"
        var b = Self.base
        var c = Self.base; c.volume = "28"; c.page = "1-30"
        b.volume = nil
        let result = BatchDedup.run([("a", a), ("b", b), ("c", c)])
        #expect(result.clusters.count == 1)
        #expect(result.clusters.first?.count == 2)
        #expect(result.refused.first?.rule == "different volumes of one journal")
    }

    @Test func recurringTitleIsHeldForReview() {
        var index = MatchIndex()
        for year in [1998, 1999, 2000, 2001] {
            index.add(id: "r\(year)", record: Record(title: "Reminiscences on influential papers",
                                                      authors: [Person(family: "Ross", given: "Kenneth")],
                                                      containerTitle: "SIGMOD Record", issued: PartialDate(year: year)))
        }
        let again = Record(title: "Reminiscences on influential papers", authors: [Person(family: "Ross", given: "Kenneth")],
                           containerTitle: "ACM SIGMOD Record", issued: PartialDate(year: 2000))
        let decisions = index.decisions(for: again)
        #expect(decisions.map(\.id) == ["r2000"])
        #expect(decisions.first?.decision.outcome == .review)
    }

    @Test func storeJudgesRecurringTitlesAsTheBatchDoes() {
        func column(_ year: Int) -> Record {
            Record(title: "Reminiscences on influential papers", authors: [Person(family: "Ross", given: "Kenneth")],
                   containerTitle: "SIGMOD Record", issued: PartialDate(year: year))
        }
        let matcher = Matcher()
        let alone = matcher.decide(column(2000), against: [column(2000)])
        #expect(alone.map(\.outcome) == [.same], "one year only: an ordinary title")
        let amongOthers = matcher.decide(column(2000), against: [column(1998), column(1999), column(2000)])
        #expect(amongOthers.map(\.outcome) == [.distinct, .distinct, .review])
        #expect(amongOthers.last?.rule == "recurring title")
    }
}
