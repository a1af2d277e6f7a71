import BibModel
import Testing
@testable import BibMatch

/// Ways two databases print one title (kind notes, quoted titles, small words, plurals) and one author
/// list (double surnames, reordered names), and the companion items that are held for review.
struct TitleVariantTests {
    let matcher = Matcher()

    static func paper(_ title: String, _ authors: [String] = ["Marc H. Scholl"], venue: String = "SIGMOD Record",
                      year: Int = 2001) -> Record {
        Record(title: title, authors: authors.compactMap { Person.parse($0) }, containerTitle: venue,
               issued: PartialDate(year: year))
    }

    @Test(arguments: [
        ("Transactional Information Systems - Book Review",
         "Transactional information systems: theory, algorithms, and the practice of concurrency control and recovery"),
        ("Information Visualization, Guest Editors' Foreword", "Information visualization"),
        ("Review of Ontologies: a silver bullet for knowledge management and electronic commerce by Dieter Fensel. Springer-Verlag, 2002.",
         "Ontologies: A Silver Bullet for Knowledge Management and Electronic Commerce"),
        ("Data Management: Lasting Impact of the Wild Wild, Wild, Web", "Data management: lasting impact on wild, wild, web"),
        ("An Open Storage System for Abstract Objects", "An open abstract-object storage system"),
    ])
    func variantsOfOneTitleMatch(a: String, b: String) {
        let d = matcher.decide(Self.paper(a), Self.paper(b))
        #expect(d.outcome == .same, "\(d.rule) \(d.evidence)")
    }

    @Test func aDashOrCommaBeforeTopicWordsIsKept() {
        #expect(TitleShape.strippingNotes("Trade Press News - Announcement and Preface") == "Trade Press News")
        #expect(TitleShape.strippingNotes("Query optimization - a survey of methods") == "Query optimization - a survey of methods")
        #expect(TitleShape.strippingNotes("Cats, dogs and mice") == "Cats, dogs and mice")
    }

    @Test func pluralsCountAsOneWord() {
        #expect(FieldSimilarity.singular("objects") == "object")
        #expect(FieldSimilarity.singular("access") == "access")
        #expect(FieldSimilarity.singular("analysis") == "analysis")
        #expect(FieldSimilarity.singular("its") == "its")
    }

    @Test func demonstrationAndPaperAreHeldForReview() {
        let authors = ["Miron Livny", "Raghu Ramakrishnan", "Kevin S. Beyer"]
        let paper = Self.paper("DEVise: integrated querying and visual exploration of large datasets", authors)
        let demo = Self.paper("DEVise (demo abstract): integrated querying and visual exploration of large datasets", authors)
        let d = matcher.decide(paper, demo)
        #expect(d.outcome == .review)
        #expect(d.rule == "companion item")
        #expect(matcher.decide(demo, demo).outcome == .same)
        // A topic word is not a note: a paper about posters is no poster.
        #expect(MatchFeatures(Record(title: "Poster design for scientific meetings")).shape.companion == nil)
        #expect(MatchFeatures(Record(title: "Data on the web - Poster")).shape.companion == .poster)
        #expect(MatchFeatures(demo).shape.companion == .demonstration)
    }

    @Test func doubleSurnameSplitByTheDatabaseAgrees() throws {
        let full = try #require(Person.parse("Fernando Berzal Galiano").flatMap(AuthorKey.init))
        let short = try #require(Person.parse("Fernando Berzal").flatMap(AuthorKey.init))
        #expect(full.agrees(with: short))
        #expect(short.agrees(with: full))
    }

    @Test func shortFamilyNameTypoNeedsTheFullGivenName() throws {
        func key(_ s: String) throws -> AuthorKey { try #require(Person.parse(s).flatMap(AuthorKey.init)) }
        #expect(try key("Jihwang Yeo").agrees(with: key("Jihwang Yoo")))
        #expect(try !key("J. Yeo").agrees(with: key("J. Yoo")))
    }

    @Test func reorderedAuthorListsShareABlock() {
        let a = Self.paper("An Open Storage System for Abstract Objects", ["Lukas Relly", "Stephen Blott", "Hans-Jörg Schek"])
        let b = Self.paper("An open abstract-object storage system", ["Stephen Blott", "Lukas Relly", "Hans-Jörg Schek"])
        let shared = Set(matcher.blockKeys(for: a)).intersection(matcher.blockKeys(for: b))
        #expect(shared.contains("ay:blott 2001"))
    }
}
