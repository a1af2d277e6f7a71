import BibModel
import Testing
@testable import BibMatch

/// The store's blocks (any `BlockStorage`) are searched by the same `BlockSearch` as the batch index: a new
/// record meets the same records either way, in small blocks and in big, sorted ones; a person's decision
/// reaches the matcher as a `PersonDecision`.
struct OneBlockSearchTests {
    /// Blocks kept apart from the index, as the store keeps them: key → members in filing order.
    struct ListedBlocks: BlockStorage {
        var byKey: [String: [(member: String, keys: BlockSearch.SortKeys)]] = [:]

        mutating func file(_ id: String, _ record: Record, matcher: Matcher) {
            let subject = matcher.subject(record)
            for key in Set(subject.blockKeys) { byKey[key, default: []].append((id, subject.sortKeys)) }
        }

        func blockSizes(_ keys: [String]) throws -> [String: Int] {
            var out: [String: Int] = [:]
            for k in keys { if let m = byKey[k] { out[k] = m.count } }
            return out
        }

        func members(ofBlocks keys: [String]) throws -> [String] { keys.flatMap { byKey[$0]?.map(\.member) ?? [] } }

        func sortedMembers(ofBlock key: String) throws -> [(member: String, keys: BlockSearch.SortKeys)] { byKey[key] ?? [] }
    }

    /// 300 citations of one work (one big block under every key they share) and some other works by its first
    /// author: the index and the listed blocks give one probe the same candidates, fewer than all.
    @Test func storeBlocksAndBatchIndexGiveTheSameCandidates() throws {
        let matcher = Matcher()
        let cited = CitationLibrary(works: 3, seed: 11).records
        var index = MatchIndex(matcher: matcher)
        var listed = ListedBlocks()
        for (id, record) in cited {
            index.add(id: id, record: record)
            listed.file(id, record, matcher: matcher)
        }
        #expect(listed.byKey.values.contains { $0.count > matcher.config.maxBlockSize }, "the library must fill a big block")
        for probe in [cited[0].record, cited[cited.count / 2].record, cited[cited.count - 1].record] {
            let fromIndex = Set(index.candidates(for: probe))
            let fromStorage = try BlockSearch.candidates(for: matcher.subject(probe), in: listed, config: matcher.config)
            #expect(fromStorage == fromIndex)
            #expect(fromIndex.count < cited.count)
        }
    }

    /// A record already filed sorts where it stands and is not its own candidate.
    @Test func aFiledRecordIsNotItsOwnCandidate() throws {
        let matcher = Matcher()
        let base = NonDuplicateRuleTests.article()
        var listed = ListedBlocks()
        for k in 0..<(matcher.config.maxBlockSize * 2) { listed.file("r\(k)", base, matcher: matcher) }
        let found = try BlockSearch.candidates(for: matcher.subject(base), own: "r5", in: listed, config: matcher.config)
        #expect(!found.contains("r5"))
        #expect(found.contains("r4") && found.contains("r6"))
        #expect(found.count <= 4 * BlockSearch.window)
    }

    @Test func blockSizeChoosesTheSearch() {
        let config = MatchConfig()
        #expect(BlockSearch.method(forBlockOf: config.maxBlockSize, config: config) == .allPairs)
        #expect(BlockSearch.method(forBlockOf: config.maxBlockSize + 1, config: config) == .sortedNeighbourhood)
    }

    @Test func aPersonsDecisionTakesTheMatchersPlace() {
        let matcher = Matcher()
        let base = NonDuplicateRuleTests.article()
        var other = base
        other.volume = "999"
        let judged = matcher.decide(matcher.subject(base), against: [base, other, base], people: [.distinct, .same, nil])
        #expect(judged.map(\.outcome) == [.distinct, .same, .same])
        #expect(judged.map(\.rule).prefix(2) == ["kept apart by a person", "merged by a person"])
        #expect(judged[2] == matcher.decide(base, against: [base, other, base])[2])
    }
}
