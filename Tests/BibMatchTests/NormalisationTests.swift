import BibModel
import Foundation
import Testing
@testable import BibMatch

/// Normalisation before comparison, one rule per test: titles, containers, pages and author strings as
/// databases and reference lists print them.
struct NormalisationTests {
    let matcher = Matcher()

    // MARK: titles

    @Test func bracketedTranslatedTitleIsKeptAsTheTitle() {
        let title = TitleShape.strippingNotes("[The role of complement in membranous glomerulonephritis]. [Polish]")
        #expect(TextFolding.words(title) == ["the", "role", "of", "complement", "in", "membranous", "glomerulonephritis"])
    }

    @Test(arguments: [
        ("Screening for cervical cancer [Review] [45 refs]", "Screening for cervical cancer"),
        ("Screening for cervical cancer. [German]", "Screening for cervical cancer."),
        ("Screening for cervical cancer (vol 12, pg 345, 2003)", "Screening for cervical cancer"),
        ("Screening for cervical cancer (Structured abstract)", "Screening for cervical cancer"),
    ])
    func databaseNotesAreDropped(raw: String, kept: String) {
        #expect(TextFolding.words(TitleShape.strippingNotes(raw)) == TextFolding.words(kept))
    }

    @Test func htmlTagsAreDroppedAndComparisonsKept() {
        #expect(TextFolding.droppingTags("Expression of <i>TP53</i> in H<sub>2</sub>O") == "Expression of TP53 in H2O")
        #expect(TextFolding.droppingTags("Risk when p < 0.05") == "Risk when p < 0.05")
    }

    @Test func translatedTitleMatchesTheEnglishRecord() {
        let a = NonDuplicateRuleTests.article("[Human papillomavirus testing in primary cervical screening]. [Dutch]")
        #expect(matcher.decide(a, NonDuplicateRuleTests.article()).outcome == .same)
    }

    // MARK: containers

    @Test(arguments: [
        ("Journal of Clinical Oncology.Conference: 2009 Annual Meeting of the American Society of Clinical Oncology",
         "J Clin Oncol"),
        ("J Natl Cancer Inst", "Journal of the National Cancer Institute"),
        ("Sao Paulo Medical Journal = Revista Paulista de Medicina", "Revista Paulista de Medicina"),
        ("Am J Obstet Gynecol", "American Journal of Obstetrics and Gynecology"),
    ])
    func containerFormsAreCompatible(a: String, b: String) throws {
        let x = try #require(VenueName(a)), y = try #require(VenueName(b))
        #expect(x.isCompatible(with: y))
    }

    @Test func embaseMeetingTailDoesNotMakeAJournalAConference() throws {
        let v = try #require(VenueName("Gynecologic Oncology.Conference: 40th Annual Meeting on Women's Cancer"))
        #expect(v.kind != .conference)
    }

    @Test func differentJournalsStayIncompatible() throws {
        let x = try #require(VenueName("Journal of Virology")), y = try #require(VenueName("Journal of Clinical Oncology"))
        #expect(!x.isCompatible(with: y))
    }

    // MARK: pages

    @Test(arguments: [
        ("pp. 37-66", "", 37, 66), ("37-66.", "", 37, 66), ("615-21", "", 615, 621), ("p. 12", "", 12, 12),
        ("23-Jul", "", 7, 23), ("Jul-23", "", 7, 23), ("e1401", "e", 1401, 1401), ("S95-S96", "s", 95, 96),
        ("CD004324", "cd", 4324, 4324),
    ])
    func pageFormsAreRead(raw: String, prefix: String, first: Int, last: Int) throws {
        let p = try #require(PageRange(raw))
        #expect(p.prefix == prefix && p.first == first && p.last == last)
    }

    @Test(arguments: ["Suppl-20", "abc", "12-10"])
    func nonPagesGiveNothing(raw: String) {
        #expect(PageRange(raw) == nil)
    }

    // MARK: authors

    static func key(_ name: String) -> AuthorKey? { Person.parse(name).flatMap(AuthorKey.init) }

    @Test func degreeReadAsInitialsDoesNotContradict() throws {
        let a = try #require(Self.key("Smith, M. D.")), b = try #require(Self.key("Smith, John"))
        #expect(a.agrees(with: b))
        let c = try #require(Self.key("Smith, K. L.")), d = try #require(Self.key("Smith, John"))
        #expect(!c.agrees(with: d))
    }

    @Test func particleTakenForTheFamilyNameAgrees() throws {
        let a = try #require(Self.key("Van, Royen P")), b = try #require(Self.key("Van Royen, P"))
        #expect(a.agrees(with: b))
    }

    @Test func swappedGivenAndFamilyAgree() throws {
        let a = try #require(Self.key("Chen, Qun")), b = try #require(Self.key("Qun, Chen"))
        #expect(a.agrees(with: b))
    }

    static func features(_ authors: [String], truncated: Bool = false) -> MatchFeatures {
        MatchFeatures(Record(title: "A title", authors: authors.compactMap { Person.parse($0) }, authorsTruncated: truncated))
    }

    @Test func loneFragmentCountsNeitherForNorAgainst() throws {
        let a = Self.features(["Bekkers, R L", "Melchers", "Melchers, W J", "Bakkers, J M"])
        let b = Self.features(["Bekkers, R L", "Melchers, W J", "Bakkers, J M"])
        let s = try #require(FieldSimilarity.authors(a, b))
        #expect(s.similarity == 1)
    }

    @Test func listCutShortIsComparedAsAWhole() throws {
        let full = Self.features(["Bekkers, R L", "Melchers, W J", "Bakkers, J M", "Hanselaar, A G", "Quint, W G"])
        let cut = Self.features(["Bekkers, R L", "Melchers, W J"])
        let s = try #require(FieldSimilarity.authors(full, cut))
        #expect(s.truncated && s.similarity == 1)
        let reordered = Self.features(["Melchers, W J", "Bekkers, R L"])
        #expect(FieldSimilarity.authors(full, reordered)?.truncated == false)
    }

    @Test func etAlMarksATruncatedList() throws {
        let line = #"{"id": "x", "title": "T", "authors": ["Bekkers, R L", "et al."]}"#
        let record = try #require(try DedupRecords.parse(Data(line.utf8)).records.first?.record)
        #expect(record.authorsTruncated)
        #expect(record.authors.count == 1)
    }
}
