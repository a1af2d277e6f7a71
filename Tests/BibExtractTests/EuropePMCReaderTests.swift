import Testing
import BibModel
@testable import BibExtract

/// Europe PMC search results: lite author strings, core author lists, h4 headings, XML mapped onto JSON rules.
struct EuropePMCReaderTests {
    @Test func liteJSONAuthorStringAndArticleNumber() throws {
        let json = """
        {"version":"6.9","hitCount":2,"resultList":{"result":[
         {"id":"40464630","pmid":"40464630","doi":"10.3238/arztebl.m2025.0086","title":"Mental Comorbidity.","authorString":"Dinkel A, O'Neill AF, Stengel A.",
          "journalTitle":"Dtsch Arztebl Int","issue":"forthcoming","pubYear":"2025","pageInfo":"arztebl.m2025.0086","pubType":"review; journal article"},
         {"id":"1","pmid":"1","title":"Department of Error.","pubYear":"2025","pageInfo":"2542","pubType":"published erratum; correction"}]}}
        """
        let (extractor, records) = try JSONXMLRecordFile.read(json)
        #expect(extractor == "europepmc-json")
        #expect(records.count == 2)
        let r = records[0]
        #expect(r.authors == [Person(family: "Dinkel", given: "A"), Person(family: "O'Neill", given: "AF"), Person(family: "Stengel", given: "A")])
        #expect(r.number == "arztebl.m2025.0086" && r.issue == "forthcoming" && r.issued?.year == 2025)
        #expect(r.type == .journalArticle && records[1].type == .other && records[1].authors.isEmpty)
    }

    @Test func coreJSONAuthorListJournalAndHeadings() throws {
        let json = """
        {"resultList":{"result":[{"pmid":"39709209","title":"Abscopal response.","pubYear":"2025",
          "authorList":{"author":[{"fullName":"Schoenfeld JD","firstName":"Jonathan D","lastName":"Schoenfeld"},{"collectiveName":"GTEx Consortium"}]},
          "journalInfo":{"issue":"10471","volume":"404","dateOfPublication":"2025 Dec","journal":{"title":"Lancet (London, England)","isoabbreviation":"Lancet"}},
          "pageInfo":"2603-2604","abstractText":"<h4>Background</h4>Patients with cancer.<h4>Methods</h4>This article.","pubTypeList":{"pubType":["Journal Article"]}}]}}
        """
        let r = try #require(JSONXMLRecordFile.read(json).records.first)
        #expect(r.authors == [Person(family: "Schoenfeld", given: "Jonathan D"), Person(literal: "GTEx Consortium")])
        #expect(r.containerTitle == "Lancet (London, England)" && r.containerTitleShort == "Lancet")
        #expect(r.volume == "404" && r.issue == "10471" && r.page == "2603-2604")
        #expect(r.issued == PartialDate(year: 2025, month: 12))
        #expect(r.abstract == "Patients with cancer. This article.")
    }

    @Test func xmlResultsFollowTheSameRules() throws {
        let xml = """
        <?xml version="1.0"?><responseWrapper><hitCount>1</hitCount><resultList><result><pmid>39709209</pmid><doi>10.1016/S0140-6736(24)02600-X</doi><title>Abscopal response.</title><authorList><author><fullName>Schoenfeld JD</fullName><firstName>Jonathan D</firstName><lastName>Schoenfeld</lastName></author></authorList><journalInfo><volume>404</volume><issue>10471</issue><journal><title>Lancet (London, England)</title></journal></journalInfo><pubYear>2025</pubYear><pageInfo>2603-2604</pageInfo><pubTypeList><pubType>Journal Article</pubType></pubTypeList></result></resultList></responseWrapper>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "europepmc-xml")
        let r = try #require(records.first)
        #expect(r.pmid == "39709209" && r.doi == "10.1016/s0140-6736(24)02600-x")
        #expect(r.authors == [Person(family: "Schoenfeld", given: "Jonathan D")])
        #expect(r.containerTitle == "Lancet (London, England)" && r.volume == "404" && r.page == "2603-2604")
        #expect(r.type == .journalArticle && r.issued?.year == 2025)
    }

    @Test func dublinCoreReadsTheOpenURLCitationAndTheRecordURL() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?><responseWrapper xmlns:dcterms="http://purl.org/dc/terms/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><version>6.9</version><rdf:RDF><rdf:Description rdf:about="http://europepmc.org/abstract/MED/39709208"><dc:title>Department of Error.</dc:title><dc:description>Published Erratum; correction</dc:description><dc:date>2025-12-01</dc:date><dcterms:created>2025-12-01</dcterms:created><dc:identifier>http://europepmc.org/abstract/MED/39709208</dc:identifier><dc:identifier>https://doi.org/10.1016/s0140-6736(24)02716-8</dc:identifier><dc:type>Text</dc:type><dc:language>eng</dc:language><dcterms:bibliographicCitation>Department of Error. Lancet. 2025 Dec;404(10471):2542.</dcterms:bibliographicCitation><dcterms:bibliographicCitation>&amp;ctx_ver=Z39.88-2004&amp;rft.jtitle=Lancet%20%28London%2C%20England%29&amp;rft.stitle=Lancet&amp;rft.volume=404&amp;rft.issue=10471&amp;rft.pages=2542</dcterms:bibliographicCitation><dcterms:isVersionOf>http://europepmc.org/articles/PMC12124214</dcterms:isVersionOf></rdf:Description><rdf:Description rdf:about="http://europepmc.org/abstract/MED/40464630"><dc:title>Mental Comorbidity.</dc:title><dc:creator>Dinkel, A</dc:creator><dc:creator>O'Neill, AF</dc:creator><dc:description>Review; Journal Article</dc:description><dc:date>2025-08-22</dc:date><dcterms:created>2025-08-01</dcterms:created><dcterms:bibliographicCitation>&amp;ctx_ver=Z39.88-2004&amp;rft.jtitle=Deutsches%20Arzteblatt%20international&amp;rft.volume=&amp;rft.issue=Forthcoming&amp;rft.pages=arztebl.m2025.0086</dcterms:bibliographicCitation><dcterms:abstract>&lt;h4&gt;Background&lt;/h4&gt;Patients with cancer suffer.&lt;h4&gt;Methods&lt;/h4&gt;This article.</dcterms:abstract></rdf:Description></rdf:RDF></responseWrapper>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "europepmc-dc")
        #expect(records.count == 2)
        let erratum = records[0]
        #expect(erratum.pmid == "39709208" && erratum.pmcid == "PMC12124214" && erratum.doi == "10.1016/s0140-6736(24)02716-8")
        #expect(erratum.containerTitle == "Lancet (London, England)" && erratum.containerTitleShort == "Lancet")
        #expect(erratum.volume == "404" && erratum.issue == "10471" && erratum.number == "2542" && erratum.type == .other)
        let review = records[1]
        #expect(review.authors == [Person(family: "Dinkel", given: "A"), Person(family: "O'Neill", given: "AF")])
        #expect(review.volume == nil && review.issue == "Forthcoming" && review.number == "arztebl.m2025.0086")
        #expect(review.issued == PartialDate(year: 2025, month: 8, day: 1) && review.type == .journalArticle)
        #expect(review.abstract == "Patients with cancer suffer. This article.")
    }
}
