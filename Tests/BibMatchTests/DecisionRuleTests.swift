import BibModel
import Testing
@testable import BibMatch

/// Decisions by conjunctions of independent evidence (`SameWorkRules`, the qualifier and locator rules):
/// one named row per test.
struct DecisionRuleTests {
    let matcher = Matcher()

    @Test func authorsContainerVolumeAndFirstPageCarryARetranslatedTitle() {
        let a = NonDuplicateRuleTests.article("Testing for human papillomavirus in primary screening of the cervix", venue: "Int J Cancer")
        let b = NonDuplicateRuleTests.article("HPV tests as the first step of cervical cancer screening programmes", venue: "International Journal of Cancer")
        let d = matcher.decide(a, b)
        #expect(d.outcome == .same, "\(d.rule) \(d.evidence)")
        #expect(d.rule == "authors, container, volume and first page agree")
    }

    @Test func retranslatedTitleWithoutTheLocatorIsNotMerged() {
        let a = NonDuplicateRuleTests.article("Testing for human papillomavirus in primary screening of the cervix", page: nil)
        let b = NonDuplicateRuleTests.article("HPV tests as the first step of cervical cancer screening programmes", page: nil)
        #expect(matcher.decide(a, b).outcome != .same)
    }

    @Test func titleContainerAndLocatorCarryAGarbledAuthorList() {
        let a = NonDuplicateRuleTests.article()
        let b = NonDuplicateRuleTests.article(authors: "Rlb, Wjm, Jmb")
        let d = matcher.decide(a, b)
        #expect(d.outcome == .same, "\(d.rule) \(d.evidence)")
        #expect(d.rule == "title, container, volume and first page agree")
        let moved = NonDuplicateRuleTests.article(page: nil, authors: "Rlb, Wjm, Jmb")
        #expect(matcher.decide(a, moved).outcome == .distinct)
    }

    @Test func titleAndYearAloneAreNeverMergedAutomatically() {
        let a = Record(title: "Human papillomavirus testing in primary cervical screening", issued: PartialDate(year: 2011))
        let d = matcher.decide(a, a)
        #expect(d.outcome == .review)
        #expect(d.rule == "title and year only")
    }

    @Test(arguments: [
        ("Human papillomavirus testing in primary cervical screening of adults",
         "Human papillomavirus testing in primary cervical screening of children"),
        ("Human papillomavirus testing in primary cervical screening: a pilot study",
         "Human papillomavirus testing in primary cervical screening: a study"),
        ("Human papillomavirus type 16 testing in primary cervical screening",
         "Human papillomavirus type testing in primary cervical screening"),
    ])
    func qualifierInOneTitleOnlyIsAContrast(a: String, b: String) {
        let d = matcher.decide(NonDuplicateRuleTests.article(a, page: nil), NonDuplicateRuleTests.article(b, page: nil))
        #expect(d.outcome == .distinct)
        #expect(d.rule == "qualifier in one title only")
    }

    @Test func qualifierIsNotAContrastWhenTheLocatorsAgree() {
        let d = matcher.decide(NonDuplicateRuleTests.article("Human papillomavirus testing in primary cervical screening of adults"),
                               NonDuplicateRuleTests.article("Human papillomavirus testing in primary cervical screening"))
        #expect(d.outcome == .same, "\(d.rule) \(d.evidence)")
    }

    @Test func titleCutShortBeforeAQualifierIsNoContrast() {
        let d = matcher.decide(NonDuplicateRuleTests.article("Human papillomavirus testing in primary cervical screening of adults in rural areas", page: nil),
                               NonDuplicateRuleTests.article("Human papillomavirus testing in primary cervical screening", page: nil))
        #expect(d.rule != "qualifier in one title only")
    }

    @Test func erratumAtTheArticlesOwnPlaceIsTheArticle() {
        let d = matcher.decide(NonDuplicateRuleTests.article(), NonDuplicateRuleTests.article("Erratum: Human papillomavirus testing in primary cervical screening"))
        #expect(d.rule != "notice and article")
        let elsewhere = matcher.decide(NonDuplicateRuleTests.article(page: "148-151"),
                                       NonDuplicateRuleTests.article("Erratum: Human papillomavirus testing in primary cervical screening", page: "300"))
        #expect(elsewhere.outcome == .distinct)
    }

    @Test(arguments: ["volume", "page", "container"])
    func aMissingFieldNeverContradicts(field: String) {
        var b = NonDuplicateRuleTests.article()
        switch field {
        case "volume": b.volume = nil
        case "page": b.page = nil
        default: b.containerTitle = nil
        }
        #expect(matcher.decide(NonDuplicateRuleTests.article(), b).outcome == .same)
    }

    @Test func identifierConflictIsAVeto() {
        let d = matcher.decide(NonDuplicateRuleTests.article(doi: "10.1/a"), NonDuplicateRuleTests.article(doi: "10.1/b"))
        #expect(d.isVeto)
        #expect(!matcher.decide(NonDuplicateRuleTests.article(year: 2011), NonDuplicateRuleTests.article(year: 2014)).isVeto)
    }
}
