import BibModel
import Testing
@testable import BibMatch

/// The project's seed pages as records: the pairs the pipeline must decide right.
struct SeedPairTests {
    static let sevenAuthors = "Fleur Riley, Magdalena Harris, Hannah Louise Poulter, Helen J. Moore, Daniel Ahmed, Graham Towl, Tammi Walker"

    /// The Harm Reduction Journal article (seed 002).
    static func article() throws -> Record {
        let lines = try Fixtures.seed("002")
        let abstract = try #require(lines.first { $0.hasPrefix("BackgroundHeroin-Assisted") })
        return Record(type: .journalArticle, title: lines[0], authors: Fixtures.people(sevenAuthors),
                      issued: PartialDate(year: 2023), doi: "10.1186/s12954-023-00785-y", abstract: abstract)
    }

    /// The Research Square preprint (seed 004): no DOI, no year.
    static func preprint() throws -> Record {
        let lines = try Fixtures.seed("004")
        let abstract = try #require(lines.first { $0.hasPrefix("Abstract Background") })
        let authors = "Fleur Riley, Magdalena Harris, Danny Ahmed, Helen Moore, Louise Poulter, Graham Towl, Tammi Walker"
        return Record(type: .preprint, title: lines[0], authors: Fixtures.people(authors), abstract: abstract)
    }

    /// The bare abstract fragment (seed 001): paragraphs without section labels, no title.
    static func fragment() throws -> Record {
        Record(abstract: try Fixtures.seed("001").joined(separator: "\n"))
    }

    /// The International Journal of Drug Policy article by the same seven people (seed 003).
    static func drugPolicy() throws -> Record {
        let lines = try Fixtures.seed("003")
        let abstract = lines[4..<16].filter { !$0.isEmpty }.joined(separator: "\n")
        return Record(type: .journalArticle, title: lines[0], authors: Fixtures.people(lines[2]),
                      issued: PartialDate(year: 2023), abstract: abstract)
    }

    let matcher = Matcher()

    @Test func fragmentMatchesTheAbstractItRepeats() throws {
        let d = matcher.decide(try Self.fragment(), try Self.preprint())
        #expect(d.outcome == .same)
        #expect(d.rule == "abstract repeated")
    }

    @Test func fragmentMatchesNothingElse() throws {
        let fragment = try Self.fragment()
        #expect(matcher.decide(fragment, try Self.article()).outcome == .distinct)
        #expect(matcher.decide(fragment, try Self.drugPolicy()).outcome == .distinct)
    }

    @Test func sameSevenAuthorsSameYearDifferentPapersAreDistinct() throws {
        let d = matcher.decide(try Self.article(), try Self.drugPolicy())
        #expect(d.outcome == .distinct)
    }

    @Test func preprintIsLinkedToItsArticleNotMerged() throws {
        let forward = matcher.decide(try Self.preprint(), try Self.article())
        #expect(forward.outcome == .preprintOf)
        #expect(forward.rule == "preprint and published version")
        #expect(matcher.decide(try Self.article(), try Self.preprint()).outcome == .publishedVersionOf)
    }

    @Test func preprintIsNotRelatedToTheOtherPaperOfItsAuthors() throws {
        let d = matcher.decide(try Self.preprint(), try Self.drugPolicy())
        #expect(d.outcome == .distinct)
        #expect(d.evidence.contains("different first author"))
    }

    @Test func truncatedAuthorListDoesNotCountAgainstAMatch() throws {
        var short = try Self.article()
        short.doi = nil
        short.authors = Array(short.authors.prefix(1))
        short.authorsTruncated = true
        var full = try Self.article()
        full.doi = nil
        full.abstract = nil
        let d = matcher.decide(short, full)
        #expect(d.outcome == .same)
        #expect(d.evidence.contains("authors 1.0"))
    }

    @Test func batchRunGroupsFragmentWithPreprintAndLinksVersions() throws {
        let input: [(id: String, record: Record)] = [
            ("article", try Self.article()), ("preprint", try Self.preprint()),
            ("fragment", try Self.fragment()), ("drug-policy", try Self.drugPolicy()),
        ]
        let result = BatchDedup.run(input)
        #expect(result.clusters.map(Set.init) == [["fragment", "preprint"]])
        #expect(result.versions.contains { Set([$0.a, $0.b]) == ["preprint", "article"] })
        #expect(!result.versions.contains { $0.a == "drug-policy" || $0.b == "drug-policy" })
    }
}
