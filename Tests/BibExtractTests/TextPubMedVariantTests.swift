import BibModel
import Testing
@testable import BibExtract

/// PubMed page forms beyond the seed: the full author list with affiliation numbers, identifiers,
/// Epub dates, page ranges and articles ahead of print.
@Suite struct TextPubMedVariantTests {
    static let fullPage = """
        Skip to main page content
        An official website of the United States government
        Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation
        Review
        Brief Bioinform
        . 2002 Sep;3(3):296\u{2013}302.
        doi: 10.1093/bib/3.3.296. Epub 2002 Aug 2.
        The Bio* toolkits--a brief overview

        Harry Mangalam 1, Jean-Luc van der Berg 1 2, Helen J Moore 2
        Affiliations
        Expand
        Affiliations
        1 tacg Informatics, Irvine, CA 92612, USA.
        2 Department of Biology, Teesside University, Middlesbrough, UK.
        PMID: 12230038
        PMCID: PMC1234567
        DOI: 10.1093/bib/3.3.296
        Abstract
        Bioinformatics research is often difficult to do with commercial software.
        The Open Source BioPerl, BioPython and Biojava projects provide toolkits.
        Copyright 2002 Henry Stewart Publications.
        Keywords: Bioinformatics; open source; toolkits.
        PubMed Disclaimer
        Similar articles
        Perl for bioinformatics. Nahar LK, et al. J Anal Toxicol. 2019 Jan;43(7):564-570. PMID: 99999999
        References
        1. Tompkins CN, Neale J. Experiences of prison. 2007.
        """

    @Test func fullAuthorListWithAffiliationsAndIdentifiers() throws {
        let (extractor, records) = try SeedSupport.text(Self.fullPage)
        #expect(extractor == "pubmed-text")
        let r = try #require(records.first)
        #expect(r.title == "The Bio* toolkits--a brief overview")
        #expect(r.containerTitleShort == "Brief Bioinform")
        #expect(r.evidence["container-title-short"] == "pubmed-text:journal-before-citation")
        #expect(r.authors.map { $0.family ?? "" } == ["Mangalam", "Berg", "Moore"])
        #expect(r.authors[1].particle == "van der")
        #expect(r.authors[1].given == "Jean-Luc")
        #expect(r.authors[2].given == "Helen J")
        #expect(!r.authorsTruncated)
        #expect(r.authors[0].affiliations == ["tacg Informatics, Irvine, CA 92612, USA."])
        #expect(r.authors[1].affiliations.count == 2)
        #expect(r.pmid == "12230038")
        #expect(r.pmcid == "PMC1234567")
        #expect(r.doi == "10.1093/bib/3.3.296")
        #expect(r.issued == PartialDate(year: 2002, month: 9))
        #expect(r.availableOnline == PartialDate(year: 2002, month: 8, day: 2))
        #expect(r.volume == "3" && r.issue == "3")
        #expect(r.page == "296-302" && r.number == nil)
        #expect(r.abstract == "Bioinformatics research is often difficult to do with commercial software. The Open Source BioPerl, BioPython and Biojava projects provide toolkits.")
        #expect(r.keywords == ["Bioinformatics", "open source", "toolkits"])
        #expect(!r.authors.contains { $0.family == "Nahar" || $0.family == "Tompkins" })
    }

    @Test(arguments: [
        ("Harm Reduct J. 2023 May 12;20(1):66.", "Harm Reduct J", "2023-05-12", "20", "1", "66"),
        (". 2019 Apr;16(4):e1002772.", nil, "2019-04", "16", "4", "e1002772"),
        (". 2021;18:45.", nil, "2021", "18", nil, "45"),
        (". 2023 Jan 5:S0140-6736(22)02580-9.", nil, "2023-01-05", nil, nil, "S0140-6736(22)02580-9"),
        ("Lancet . 2020 Spring;12(2 Suppl 1):5-10. doi: 10.1/x", "Lancet", "2020", "12", "2 Suppl 1", "5-10"),
    ] as [(String, String?, String, String?, String?, String?)])
    func citationLines(_ c: (String, String?, String, String?, String?, String?)) throws {
        let cite = try #require(PubMedCitationLineProbe.parse(c.0))
        #expect(cite.journal == c.1)
        #expect(cite.issued == c.2)
        #expect(cite.volume == c.3)
        #expect(cite.issue == c.4)
        #expect(cite.pagination == c.5)
    }

    @Test(arguments: ["Access keys NCBI Homepage", "Fleur Riley et al. Harm Reduct J. .", "doi: 10.1186/x.",
                      "Published 2023 in a journal."])
    func notCitationLines(_ line: String) {
        #expect(PubMedCitationLineProbe.parse(line) == nil)
    }

    @Test func preprintPublicationTypeAndSoleAuthorByline() throws {
        let page = """
            Skip to main page content
            Access keys NCBI Homepage MyNCBI Homepage
            Preprint
            . 2024 Feb 1:2024.01.30.577986.
            doi: 10.1101/2024.01.30.577986.
            Single-cell atlas of the heroin-exposed brain

            Ana Silva. bioRxiv. .
            Abstract
            We mapped cells across regions of the brain after exposure and report changes in many types of cells.
            PubMed Disclaimer
            """
        let r = try #require(SeedSupport.text(page).records.first)
        #expect(r.type == .preprint)
        #expect(r.authors.map { "\($0.family ?? "")/\($0.given ?? "")" } == ["Silva/Ana"])
        #expect(!r.authorsTruncated)
        #expect(r.containerTitleShort == "bioRxiv")
        #expect(r.number == "2024.01.30.577986")
        #expect(r.doi == "10.1101/2024.01.30.577986")
    }

    @Test func pmcHeaderWithTheDOIInTheDateLineAndMarkersAfterCommas() throws {
        let page = """
            Skip to main content
            An official website of the United States government
            Here's how you know
            Search PMC Full-Text Archive
            Journal List
            Harm Reduct J
            v.20; 2023
            PMC10176300
            Other Formats
            PDF (1.1M)
            Actions
            Cite
            Collections
            Share
            Harm Reduct J. 2023; 20: 66.
            Published online 2023 May 12. doi: 10.5555/s12954-023-00785-y
            PMCID: PMC10176300
            PMID: 37173741
            Peer support in supervised injection services: a qualitative study
            Fiona Harrowgate,1 Daniel Okonjo,2 and Priscila Vasconcelos-Lima1,3
            Author information Article notes Copyright and License information PMC Disclaimer
            Associated Data
            Data Availability Statement
            Abstract
            Background
            Peer workers are central to supervised injection services, yet little is known about how they experience the role. We interviewed 24 peer workers in three services in England and Scotland.
            Conclusions
            Peer work offers purpose but carries a heavy emotional load that services should recognise.
            Keywords: Peer support, Harm reduction, Supervised injection
            Background
            Supervised injection services opened in Glasgow in 2023 [1].
            References
            1. Holt M. Injecting rooms. Int J Drug Policy. 2022;99:103456. doi: 10.5555/j.drugpo.2021.103456.
            """
        let (extractor, records) = try SeedSupport.text(page)
        #expect(extractor == "pubmed-text")
        let r = try #require(records.first)
        #expect(r.title == "Peer support in supervised injection services: a qualitative study")
        #expect(r.doi == "10.5555/s12954-023-00785-y")
        #expect(r.authors.map { $0.family ?? "" } == ["Harrowgate", "Okonjo", "Vasconcelos-Lima"])
    }
}

/// Exposes the internal citation-line reader with plain values for table tests.
enum PubMedCitationLineProbe {
    struct Values: Equatable {
        var journal: String?
        var issued: String
        var volume: String?
        var issue: String?
        var pagination: String?
    }

    static func parse(_ line: String) -> Values? {
        guard let c = PubMedCitationLine(line) else { return nil }
        return Values(journal: c.journal, issued: c.issued.description, volume: c.volume, issue: c.issue,
                      pagination: c.pagination)
    }
}
