import BibModel
import Testing
@testable import BibExtract

/// Variants of the labelled text families beyond the seeds, and the refusals of the conservative readers.
@Suite struct TextLabelledVariantTests {
    @Test func pureWithVolumePagesDOIAndSeparators() throws {
        let page = """
            Heroin prescribing in England: a history

            Graham Towl & Tammi Walker (Editor)

            Research output: Contribution to journal \u{203A} Review article \u{203A} peer-review

            Overview

            This review traces the history of prescribing heroin in England from the Rolleston report to the present day, with attention to policy.
            Original languageEnglish
            Pages (from-to)615\u{2013}621
            Number of pages7
            JournalDrug and Alcohol Review
            Volume42
            Issue number3
            DOIshttps://doi.org/10.1111/DAR.13600
            ISSN0959-5236
            Publication statusE-pub ahead of print - 3 Mar 2023
            Dive into the research topics of 'Heroin prescribing'.
            Cite this
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "pure-text")
        let r = try #require(records.first)
        #expect(r.title == "Heroin prescribing in England: a history")
        #expect(r.authors.map { $0.family ?? "" } == ["Towl", "Walker"])
        #expect(r.type == .journalArticle)
        #expect(r.page == "615-621")
        #expect(r.volume == "42" && r.issue == "3")
        #expect(r.containerTitle == "Drug and Alcohol Review")
        #expect(r.availableOnline == PartialDate(year: 2023, month: 3, day: 3))
        #expect(r.issued == nil)
        #expect(r.abstract?.hasPrefix("This review traces") == true)
        #expect(r.doi == "10.1111/dar.13600")
        #expect(r.issn == ["0959-5236"])
    }

    @Test(arguments: [
        ("Research output: Contribution to journalArticlepeer-review", WorkType.journalArticle),
        ("Research output: Chapter in Book/Report/Conference proceedingConference contribution", .conferencePaper),
        ("Research output: Chapter in Book/Report/Conference proceeding \u{203A} Chapter", .bookChapter),
        ("Research output: Book/ReportReport", .report),
        ("Research output: ThesisDoctoral Thesis", .thesis),
        ("Research output: Working paperPreprint", .preprint),
    ])
    func pureOutputTypes(_ c: (String, WorkType)) {
        #expect(PureLabels.type(ofOutputLine: c.0) == c.1)
    }

    @Test func chineseMirrorWithInlineLabels() throws {
        let page = """
            海洛因辅助治疗的质性研究

            作者：张伟；李娜
            期刊：中国药物依赖性杂志
            出版年：2021
            卷：30
            期：2
            页码：101-108
            关键词：海洛因；质性研究
            摘要：本研究采用质性访谈方法探讨了海洛因辅助治疗服务使用者的经验。
            相关论文
            王五
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "cn-label-text")
        let r = try #require(records.first)
        #expect(r.title == "海洛因辅助治疗的质性研究")
        #expect(r.authors.count == 2)
        #expect(r.containerTitle == "中国药物依赖性杂志")
        #expect(r.type == .journalArticle)
        #expect(r.issued == PartialDate(year: 2021))
        #expect(r.volume == "30" && r.issue == "2" && r.page == "101-108")
        #expect(r.keywords == ["海洛因", "质性研究"])
        #expect(r.abstract?.hasPrefix("本研究") == true)
        #expect(!r.authors.contains { ($0.family ?? "").contains("王五") })
    }

    @Test func headingLabelledMirrorWithJournalAndDOI() throws {
        let page = """
            Outcomes of injectable opioid treatment

            Author:

            Smith John1,Doe Jane2

            Affiliation:

            1. Durham University

            2. Teesside University

            Journal:

            Harm Reduction Journal

            DOI:

            10.1186/S12954-023-00785-Y

            Abstract

            Abstract We report outcomes of injectable opioid treatment in a cohort followed for two years.

            Publisher

            Springer Science and Business Media LLC

            Reference12 articles.

            1. Parsons G. Drug-related deaths. Prescriber. 2019.
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "heading-label-text")
        let r = try #require(records.first)
        #expect(r.authors.map { "\($0.family ?? "")/\($0.given ?? "")" } == ["Smith/John", "Doe/Jane"])
        #expect(r.authors[1].affiliations == ["Teesside University"])
        #expect(r.containerTitle == "Harm Reduction Journal")
        #expect(r.doi == "10.1186/s12954-023-00785-y")
        #expect(r.type == .journalArticle)
        #expect(r.publisher == "Springer Science and Business Media LLC")
        #expect(r.abstract == "We report outcomes of injectable opioid treatment in a cohort followed for two years.")
        #expect(!r.authors.contains { $0.family == "Parsons" })
    }

    @Test func genericLabelledDump() throws {
        let page = """
            Title: Heroin-assisted treatment in Switzerland
            Authors: Meyer, Maximilian; Vogel, Marc
            Journal: Harm Reduction Journal
            Year: 2021
            DOI: https://doi.org/10.1186/s12954-021-00001-1.
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "generic-text")
        let r = try #require(records.first)
        #expect(r.title == "Heroin-assisted treatment in Switzerland")
        #expect(r.authors.map { "\($0.family ?? "")/\($0.given ?? "")" } == ["Meyer/Maximilian", "Vogel/Marc"])
        #expect(r.containerTitle == "Harm Reduction Journal")
        #expect(r.issued == PartialDate(year: 2021))
        #expect(r.doi == "10.1186/s12954-021-00001-1")
    }

    @Test(arguments: [
        // A short note: too short to stand for an abstract.
        "We met on Tuesday and agreed on the plan for the next quarter of the year.",
        // A title-like first line: an article page of an unknown site, not a bare abstract.
        "Heroin assisted treatment in England\n\n" + String(repeating: "This is a long sentence of prose that goes on for a while. ", count: 8),
        // Prose with a URL and a copyright line: page furniture.
        String(repeating: "This is a long sentence of prose that goes on for a while. ", count: 8) + "\nSee https://example.org for more, it is all there for you to read today.",
        // A list of short labelled lines.
        "Name: John\nAge: 32\nCity: Durham\nJob: Researcher",
    ])
    func textThatIsNeitherArticleNorAbstractIsRefused(_ text: String) {
        #expect(throws: ExtractError.self) { try SeedSupport.text(text) }
    }

    @Test func bareStructuredAbstractIsAccepted() throws {
        let text = """
            Background: Opioid agonist treatment reduces mortality among people who use heroin, but retention remains poor.
            Methods: We followed a cohort of two hundred patients in three clinics for two years and recorded retention.
            Results: Retention at one year was higher among patients offered injectable treatment than among others.
            """
        let (extractor, records) = try SeedSupport.text(text)
        #expect(extractor == "bare-abstract")
        #expect(records.first?.abstract?.hasPrefix("Background: Opioid agonist") == true)
        #expect(records.first?.title == nil)
    }

    @Test(arguments: [("Research Square Platform LLC", true), ("Cold Spring Harbor Laboratory", false),
                      ("bioRxiv", true), ("Elsevier BV", false), ("MDPI AG", false), ("Preprints", true),
                      ("Reprints Desk", false)])
    func preprintServerTable(_ c: (String, Bool)) {
        #expect(PreprintServers.matches(c.0) == c.1)
    }
}
