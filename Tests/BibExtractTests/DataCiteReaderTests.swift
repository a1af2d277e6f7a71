import Testing
import BibModel
@testable import BibExtract

/// DataCite JSON (data list, data item, bare attributes) and XML (kernel 3/4, relatedItem kept apart).
struct DataCiteReaderTests {
    static let attributes = """
    {"doi":"10.5438/4K3M-NYVG","types":{"resourceTypeGeneral":"Dataset"},"titles":[{"title":"Eating your own Dog Food"},{"title":"Other","titleType":"AlternativeTitle"}],
     "creators":[{"name":"Fenner, Martin","givenName":"Martin","familyName":"Fenner"},{"name":"Fenner, Martin","givenName":"Martin","familyName":"Fenner"},
                 {"name":"The GTEx Consortium","nameType":"Organizational"},{"name":"Turner, W."}],
     "publicationYear":"2016","descriptions":[{"description":"Series 1","descriptionType":"SeriesInformation"},{"description":"Eating dog food.","descriptionType":"Abstract"}],
     "container":{"type":"Series","title":"Junk 208(2)","firstPage":"1","lastPage":"59 (2013). doi:10.1088/0067"}}
    """

    @Test func everyJSONShapeGivesTheItems() throws {
        for text in [Self.attributes, #"{"data":{"id":"x","type":"dois","attributes":\#(Self.attributes)}}"#,
                     #"{"data":[{"id":"x","type":"dois","attributes":\#(Self.attributes)}]}"#] {
            let (extractor, records) = try JSONXMLRecordFile.read(text)
            #expect(extractor == "datacite-json")
            let r = try #require(records.first)
            #expect(r.doi == "10.5438/4k3m-nyvg")
            #expect(r.title == "Eating your own Dog Food")
            #expect(r.authors.map { $0.family ?? $0.literal ?? "" } == ["Fenner", "The GTEx Consortium", "Turner"])
            #expect(r.abstract == "Eating dog food.")
            #expect(r.containerTitle == "Junk 208(2)" && r.page == "1-59 (2013). doi:10.1088/0067")
            #expect(r.type == .dataset && r.issued?.year == 2016)
        }
    }

    @Test func xmlRelatedItemGivesOnlyTheJournal() throws {
        let xml = """
        <?xml version="1.0"?><resource xmlns="http://datacite.org/schema/kernel-4">
        <identifier identifierType="DOI">https://doi.org/10.60843/5EGY-VC42</identifier>
        <creators><creator><creatorName nameType="Personal">Feldman, Heidi Li</creatorName><givenName>Heidi Li</givenName><familyName>Feldman</familyName></creator></creators>
        <titles><title>Science and Uncertainty</title><title>Science and Uncertainty, 74 Tex. L. Rev. 1</title></titles>
        <publisher>Texas Law Review</publisher><publicationYear>1995</publicationYear>
        <resourceType resourceTypeGeneral="JournalArticle">Article</resourceType>
        <relatedItems><relatedItem relatedItemType="Journal" relationType="IsPublishedIn">
          <creators><creator><creatorName>University of Texas School of Law</creatorName></creator></creators>
          <titles><title>Texas Law Review</title></titles><publicationYear>1990</publicationYear><volume>74</volume><issue>1</issue>
        </relatedItem></relatedItems></resource>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "datacite-xml")
        let r = try #require(records.first)
        #expect(r.doi == "10.60843/5egy-vc42")
        #expect(r.title == "Science and Uncertainty")
        #expect(r.authors.count == 1 && r.authors[0].family == "Feldman")
        #expect(r.containerTitle == "Texas Law Review" && r.volume == "74" && r.issue == "1")
        #expect(r.issued?.year == 1995 && r.type == .journalArticle)
    }

    @Test func kernel2OrganisationAndGivenFirstName() throws {
        let xml = """
        <resource xmlns="http://datacite.org/schema/kernel-2.2"><identifier identifierType="DOI">10.5072/M32163</identifier>
        <creators><creator><creatorName>William Turner</creatorName></creator><creator><creatorName nameType="Organizational">The GTEx Consortium</creatorName></creator></creators>
        <titles><title>Peter Auto Dataset 501</title></titles><publicationYear>2018</publicationYear></resource>
        """
        let r = try #require(JSONXMLRecordFile.read(xml).records.first)
        #expect(r.authors == [Person(family: "Turner", given: "William"), Person(literal: "The GTEx Consortium")])
    }

    @Test func oaiEnvelopeHoldsResourcesInOrder() throws {
        func resource(_ doi: String, _ title: String) -> String {
            """
            <record><header><identifier>oai:datacite:\(doi)</identifier></header><metadata><oai_datacite xmlns="http://schema.datacite.org/oai/oai-1.1/"><payload>
            <resource xmlns="http://datacite.org/schema/kernel-3"><identifier identifierType="DOI">\(doi)</identifier>
            <creators><creator><creatorName>Doe, Jane</creatorName></creator></creators><titles><title>\(title)</title></titles>
            <publicationYear>2014</publicationYear></resource></payload></oai_datacite></metadata></record>
            """
        }
        let xml = "<?xml version=\"1.0\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListRecords>"
            + resource("10.5072/A", "First") + resource("10.5072/B", "Second") + "</ListRecords></OAI-PMH>"
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "datacite-xml")
        #expect(records.map(\.title) == ["First", "Second"] && records.map(\.doi) == ["10.5072/a", "10.5072/b"])
        #expect(records[0].authors == [Person(family: "Doe", given: "Jane")])
    }
}
