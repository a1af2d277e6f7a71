import BibModel
import Testing
@testable import BibNormalize

/// Titles, identifiers, locators and keywords, each as a table of printed → canonical values.
@Suite struct FieldNormalizationTests {
    @Test(arguments: [
        ("  A study of  heroin. ", "A study of heroin"),
        ("Results in the U.S.", "Results in the U.S."),
        ("Waiting...", "Waiting..."),
        ("<i>E. coli</i> &amp; friends", "E. coli & friends"),
        ("Low\u{2010}Dimensional and glucose\u{2011}dependent", "Low-Dimensional and glucose-dependent"),
        ("Caf&eacute; &#8216;culture&#x2019;", "Café \u{2018}culture\u{2019}"),
        ("Skip to main page content", nil),
        ("Cite this", nil),
        ("", nil),
    ] as [(String, String?)])
    func titles(_ c: (String, String?)) {
        #expect(Titles.title(c.0) == c.1)
    }

    @Test(arguments: [
        ("doi:10.1186/S12954-023-00785-Y.", "10.1186/s12954-023-00785-y"),
        ("https://doi.org/10.1016/j.drugpo.2023.104025", "10.1016/j.drugpo.2023.104025"),
        ("not a doi", nil),
    ] as [(String, String?)])
    func dois(_ c: (String, String?)) {
        #expect(Normalizer.normalize(Record(doi: c.0)).doi == c.1)
    }

    @Test func identifiers() {
        #expect(Identifiers.pmid("PMID: 37173741") == "37173741")
        #expect(Identifiers.pmid("3717a") == nil)
        #expect(Identifiers.pmcid("pmc10176300") == "PMC10176300")
        #expect(Identifiers.pmcid("10176300") == "PMC10176300")
        #expect(Identifiers.arxiv("arXiv:1810.09584v2") == "1810.09584v2")
        #expect(Identifiers.arxiv("https://arxiv.org/abs/hep-th/9901001") == "hep-th/9901001")
        #expect(Identifiers.issns(["1477 7517", "1477-7517", "0955-395x", "12345"]) == ["1477-7517", "0955-395X"])
    }

    @Test(arguments: [
        ("pp. 296\u{2013}302", "296-302"), ("296 - 302.", "296-302"), ("e0213978", "e0213978"), ("  ", nil),
        ("1\u{2014}7", "1-7"),
    ] as [(String, String?)])
    func pages(_ c: (String, String?)) {
        #expect(Locators.page(c.0) == c.1)
    }

    @Test func volumeIssueNumber() {
        #expect(Locators.volume("Vol. 20") == "20")
        #expect(Locators.volume("Volume 20,") == "20")
        #expect(Locators.issue("No. 1") == "1")
        #expect(Locators.issue("2 Suppl 1") == "2 Suppl 1")
        #expect(Locators.number("Article number 104025") == "104025")
        #expect(Locators.number("104025") == "104025")
    }

    @Test(arguments: [
        (["Harm reduction; Recovery."], ["Harm reduction", "Recovery"]),
        (["Harm reduction", "HARM-REDUCTION", "recovery", "Recovery"], ["Harm reduction", "recovery"]),
        (["heroin, methadone, 1,2-dichloroethane"], ["heroin", "methadone", "1,2-dichloroethane"]),
        (["\"opioids\"", " ", "HAT."], ["opioids", "HAT"]),
    ])
    func keywords(_ c: ([String], [String])) {
        #expect(Keywords.keywords(c.0) == c.1)
    }

    @Test func evidenceOfRemovedValuesIsDropped() {
        var r = Record(title: "Cite this", doi: "10.1000/xyz123")
        r.note(.title, "text:first-line")
        r.note(.doi, "label:DOI")
        let n = Normalizer.normalize(r)
        #expect(n.title == nil && n.evidence["title"] == nil)
        #expect(n.evidence["DOI"] == "label:DOI")
    }
}
