import BibModel
import Testing
@testable import BibMatch

/// Each explicit non-duplicate rule fires on a pair that otherwise looks the same.
struct NonDuplicateRuleTests {
    let matcher = Matcher()

    static func article(_ title: String = "Human papillomavirus testing in primary cervical screening",
                        year: Int? = 2011, venue: String? = "International Journal of Cancer",
                        volume: String? = "102", page: String? = "148-151", doi: String? = nil,
                        authors: String = "Bekkers, R L, Melchers, W J, Bakkers, J M") -> Record {
        let people = authors.components(separatedBy: ", ").chunked().compactMap { Person.parse($0) }
        return Record(type: .journalArticle, title: title, authors: people, containerTitle: venue,
                      issued: year.map { PartialDate(year: $0) }, volume: volume, page: page, doi: doi)
    }

    @Test func identicalExportsAreTheSame() {
        let d = matcher.decide(Self.article(), Self.article(venue: "Int J Cancer", page: "148-51"))
        #expect(d.outcome == .same)
        #expect(d.rule == "weighted similarity")
    }

    @Test func sharedDOIDecidesFirst() {
        let d = matcher.decide(Self.article(doi: "10.1/x"), Self.article("Something else entirely", year: 1990, doi: "10.1/x"))
        #expect(d.outcome == .same)
        #expect(d.rule == "same DOI")
    }

    @Test(arguments: [
        (article(doi: "10.1/a"), article(doi: "10.1/b"), "different DOIs"),
        (article(year: 2011), article(year: 2014), "years far apart"),
        (article(page: "148-151"), article(page: "152-160"), "different pages in one volume"),
        (article(volume: "102"), article(volume: "103"), "different volumes of one journal"),
        (article("Screening methods. Part I: cytology"), article("Screening methods. Part II: cytology"), "different numbered parts"),
        (article(), article("Erratum: Human papillomavirus testing in primary cervical screening", page: "300"), "notice and article"),
        (article(), article("Comment on: Human papillomavirus testing in primary cervical screening"), "notice and article"),
        (article(), article("Reply to: Human papillomavirus testing in primary cervical screening"), "notice and article"),
        (article(venue: "Proceedings of the Conference on Cancer Screening", volume: nil, page: nil),
         article(venue: "Journal of Cancer Screening", volume: nil, page: nil), "conference and journal versions"),
        (article(venue: "Laboratory Investigation", volume: "91", page: "102A"),
         article(venue: "International Journal of Clinical & Experimental Pathology", volume: "4", page: "S5"),
         "same title in different journals"),
        (article(year: 2002, venue: "VLDB", volume: nil, page: nil), article(year: 2003, venue: "VLDB J.", volume: nil, page: nil),
         "a year apart without a shared issue"),
        (article("HPV type 16 in cervical cancer", page: nil), article("HPV type 18 in cervical cancer", page: nil), "different numbers in title"),
        (article(page: nil, authors: "Smith, J, Jones, K"), article(page: nil, authors: "Brown, A, Green, B"), "no author in common"),
    ] as [(Record, Record, String)])
    func ruleSeparates(a: Record, b: Record, rule: String) {
        let d = matcher.decide(a, b)
        #expect(d.outcome == .distinct)
        #expect(d.rule == rule)
        #expect(!d.evidence.isEmpty)
    }

    @Test func genericTitleIsNeverMergedWithoutPagesOrATeam() {
        let a = Self.article("Editorial", volume: nil, page: nil, authors: "Bekkers, R L")
        let d = matcher.decide(a, a)
        #expect(d.outcome == .review)
        #expect(d.rule == "generic title")
        let other = Self.article("Editorial", volume: nil, page: nil, authors: "Bekkers, R L, Quint, W G")
        #expect(matcher.decide(Self.article("Editorial", volume: nil, page: nil), other).outcome != .same)
    }

    @Test func oneTeamSigningAGenericHeadingInOneContainerAndYearIsOneWork() {
        let a = Self.article("Guest editorial", volume: nil, page: nil)
        let d = matcher.decide(a, Self.article("Guest Editorial", venue: "Int J Cancer", volume: nil, page: nil))
        #expect(d.outcome == .same)
        #expect(d.rule == "one team signs a generic heading in one container and year")
        #expect(matcher.decide(a, Self.article("Guest editorial", year: 2012, volume: nil, page: nil)).outcome != .same)
    }

    @Test func oneYearApartWithTheSameIssueIsTolerated() {
        #expect(matcher.decide(Self.article(year: 2010), Self.article(year: 2011)).outcome == .same)
    }

    @Test func renamedJournalWithSameVolumeAndPagesStillMatches() {
        let a = Self.article(venue: "BJOG: An International Journal of Obstetrics & Gynaecology")
        let b = Self.article(venue: "British Journal of Obstetrics and Gynaecology")
        #expect(matcher.decide(a, b).outcome == .same)
    }
}

extension Array where Element == String {
    /// "Family, Initials, Family, Initials" → ["Family, Initials", …].
    func chunked() -> [String] {
        stride(from: 0, to: count - 1, by: 2).map { self[$0] + ", " + self[$0 + 1] }
    }
}
