import BibModel
import Foundation
import Testing
@testable import BibMatch

/// The speed paths of the batch engine give what the plain computation gives: ASCII byte paths against
/// the character paths, cached reductions against fresh ones, the line scan against splitting, features read
/// line by line against records read whole.
struct FastPathTests {
    @Test(arguments: ["", "\n", "a\nb", "a\n\nb\n", "{\"id\":\"1\"}\n{\"id\":\"2\"}", "\n\n"])
    func lineScanGivesTheLinesOfASplit(text: String) {
        let data = Data(text.utf8)
        let split = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) }
        #expect(DedupRecords.lineRanges(data).map { Data(data[$0]) } == split)
    }

    @Test(arguments: ["sr-cytology", "dblp-acm"])
    func featuresReadLineByLineGiveTheClustersOfRecords(set: String) throws {
        let file = Fixtures.root.appendingPathComponent("dedup").appendingPathComponent(set).appendingPathComponent("records.jsonl")
        var data = try Data(contentsOf: file)
        // A repeated id is dropped by both readers.
        data.append(contentsOf: Array("\n".utf8) + Array(data.prefix { $0 != UInt8(ascii: "\n") }))
        let records = try DedupRecords.parse(data)
        let batch = try DedupRecords.parseForMatching(data)
        #expect(batch.ids == records.records.map(\.id))
        #expect(batch.duplicateIds == records.duplicateIds)
        #expect(batch.duplicateIds.count == 1)
        let fromBatch = BatchDedup.run(batch), fromRecords = BatchDedup.run(records.records)
        #expect(fromBatch.clusters == fromRecords.clusters)
        #expect(fromBatch.merged == fromRecords.merged && fromBatch.review == fromRecords.review)
    }

    /// Text mostly ASCII is folded piece by piece between its ASCII word breaks: the words of the whole text read by
    /// the Unicode path, for texts mixing accents (precomposed and combining, also right after a break), ligatures,
    /// compatibility forms, ideographs, apostrophes, wildcards and punctuation.
    @Test func foldingPieceByPieceGivesTheWordsOfTheWholeText() {
        let parts = ["Müller", "e\u{301}te\u{301}", " ", "\u{301}x", "ﬁnal", "½", "①", "™", "東京大学", "l'été", "O’Brien", "d`Arc",
                     "Gr??e", "?", "—", "-", ", ", ".", "ß", "İstanbul", "ǅ", "Ⅻ", "x²", "a\u{0}b", "\t", "DNA", "42", "&amp;", "&#233;t&#xE9;",
                     "Ωmega", "\u{200B}", "A\u{20DD}", "한국어", "ｆｕｌｌ", "plain ascii words"]
        var x: UInt64 = 0x9E3779B97F4A7C15
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(x % 9) {
                x = x &* 6364136223846793005 &+ 1442695040888963407
                text += parts[Int(x >> 33) % parts.count]
            }
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let decoded = TextFolding.decodeEntities(text)
            for wildcard in [false, true] {
                #expect(TextFolding.words(text, keepWildcard: wildcard) == TextFolding.unicodeWords(decoded, keepWildcard: wildcard), "\(text)")
            }
        }
    }

    @Test(arguments: [
        ("Trial of 10,000 adults in 2009", ["10000", "2009"]),
        ("HPV 16 and 18, 1 234 cases", ["16", "18", "1234"]),
        ("Étude de 2 500 cas en 1998", ["2500", "1998"]),
        ("No numbers here", []),
    ])
    func titleNumbersAreTheSameInAsciiAndOtherText(title: String, numbers: [String]) {
        #expect(MatchFeatures.numbers(inTitleWithoutNotes: title) == Set(numbers))
    }

    @Test(arguments: [("kitten", "sitten", true), ("kitten", "kittens", true), ("kitten", "sitting", false),
                      ("müller", "muller", true), ("müller", "mueller", false), ("", "a", true)])
    func oneEditIsTheSameOnBytesAndScalars(a: String, b: String, expected: Bool) {
        #expect(EditDistance.atMostOne(a, b) == expected)
        #expect(EditDistance.atMostOne(Array(a.unicodeScalars), Array(b.unicodeScalars)) == expected)
    }

    @Test func cachedReductionsEqualFreshOnes() {
        var cache = FeatureCache()
        let person = Person.parse("van der Graaf, J. A.")!
        for _ in 0..<2 {
            let cached = cache.author(person), fresh = AuthorKey(person)
            #expect(cached?.family == fresh?.family && cached?.initials == fresh?.initials && cached?.familyWords == fresh?.familyWords)
            #expect(cache.venue("J Clin Virol") == VenueName("J Clin Virol"))
        }
        #expect(cache.venue(nil) == nil)
    }

    @Test func batchDecisionsReadRecurringTitlesOnceAsThePairDecisionDoes() {
        var index = MatchIndex()
        let years = [2001, 2003, 2005, 2007]
        for (k, y) in years.enumerated() {
            index.add(id: "r\(k)", record: Record(title: "Database principles", issued: PartialDate(year: y)))
        }
        let recurring = index.recurringTitles()
        #expect(recurring.allSatisfy { $0 })
        for i in 1..<years.count {
            for j in 0..<i { #expect(index.decide(i, j, recurring: recurring) == index.decide(i, j)) }
        }
    }
}
