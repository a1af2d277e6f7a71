import Testing
import BibModel
@testable import BibExtract

/// JATS and PubMed XML traps from record exports: pmc-articleset with several articles and an xhtml table
/// model, no XML declaration with a long root tag, structured abstracts, plain string-names, publisher ArticleSet.
struct JATSAndPubMedRecordTests {
    static func article(_ doi: String, title: String) -> String {
        """
        <article xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article"><front><journal-meta><journal-title-group><journal-title>ERJ Open Research</journal-title></journal-title-group></journal-meta>
        <article-meta><article-id pub-id-type="doi">\(doi)</article-id><title-group><article-title>\(title)</article-title></title-group>
        <contrib-group><contrib contrib-type="author"><string-name>Jane Q. Doe</string-name></contrib></contrib-group>
        <pub-date pub-type="epub"><year>2021</year></pub-date><volume>7</volume><elocation-id>00193-2021</elocation-id>
        <abstract><sec><title>Background</title><p>Lung diffusing capacity.</p></sec><sec><title>Methods</title><p>We measured.</p></sec></abstract>
        </article-meta></front><body><sub-article><front><article-meta><title-group><article-title>Reply</article-title></title-group></article-meta></front></sub-article></body></article>
        """
    }

    @Test func pmcArticleSetGivesEveryArticleAndHeadinglessAbstracts() throws {
        let xml = """
        <?xml version="1.0" ?>
        <!DOCTYPE pmc-articleset PUBLIC "-//NLM//DTD ARTICLE SET 2.0//EN" "https://dtd.nlm.nih.gov/ncbi/pmc/articleset/nlm-articleset-2.0.dtd">
        <pmc-articleset><processing-meta table-model="xhtml"/>\(Self.article("10.1183/1", title: "First"))\(Self.article("10.1183/2", title: "Second"))</pmc-articleset>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "jats-xml")
        #expect(records.map(\.title) == ["First", "Second"])
        #expect(records[0].abstract == "Lung diffusing capacity. We measured.")
        #expect(records[0].authors == [Person(family: "Doe", given: "Jane Q.")])
        #expect(records[1].doi == "10.1183/2")
    }

    @Test func articleWithoutDeclarationAndLongRootTagIsXML() throws {
        let namespaces = (1...8).map { " xmlns:ns\($0)=\"http://www.example.org/schema/namespace/number/\($0)\"" }.joined()
        let xml = "<article\(namespaces) dtd-version=\"1.0\">" + Self.article("10.2307/111039", title: "Jstor")
            .drop { $0 != ">" }.dropFirst()
        let (extractor, records) = try JSONXMLRecordFile.read(String(xml))
        #expect(extractor == "jats-xml")
        #expect(records.first?.title == "Jstor")
    }

    @Test func publisherArticleSetUsesItsOwnElementNames() throws {
        let xml = """
        <?xml version="1.0"?><ArticleSet><Article><Journal><PublisherName>Wiley</PublisherName><JournalTitle>Br J Health Psychol</JournalTitle>
        <Issn>1359-107X</Issn><Volume>30</Volume><Issue>3</Issue><PubDate PubStatus="ppublish"><Year>2025</Year><Month>09</Month></PubDate></Journal>
        <ArticleTitle>Psychological flexibility</ArticleTitle><FirstPage>e12807</FirstPage><LastPage>e12807</LastPage>
        <ELocationID EIdType="doi">10.1111/bjhp.12807</ELocationID><AuthorList><Author><FirstName>Miznah</FirstName><LastName>Al-Abbadey</LastName></Author></AuthorList>
        <ArticleIdList><ArticleId IdType="pii">BJHP12807</ArticleId></ArticleIdList></Article></ArticleSet>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "pubmed-articleset")
        let r = try #require(records.first)
        #expect(r.containerTitle == "Br J Health Psychol" && r.volume == "30" && r.issue == "3")
        #expect(r.number == "e12807" && r.doi == "10.1111/bjhp.12807")
        #expect(r.authors == [Person(family: "Al-Abbadey", given: "Miznah")])
        #expect(r.issued == PartialDate(year: 2025, month: 9))
    }

    @Test func modsEncodingAttributeIsNotACharset() throws {
        let xml = """
        <mods xmlns="http://www.loc.gov/mods/v3"><titleInfo><title>Développement</title></titleInfo>
        <originInfo><dateIssued encoding="marc">2011</dateIssued></originInfo></mods>
        """
        let r = try #require(JSONXMLRecordFile.read(xml).records.first)
        #expect(r.title == "Développement" && r.issued?.year == 2011)
    }
}
