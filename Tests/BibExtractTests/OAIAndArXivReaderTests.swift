import Testing
import BibModel
@testable import BibExtract

/// OAI-PMH Dublin Core (oai_dc, custom DC namespaces, deleted records) and arXiv Atom feeds.
struct OAIAndArXivReaderTests {
    @Test func oaiDCRecordsSkipDeletedAndReadNestedCreators() throws {
        let xml = """
        <?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>
        <record><header status="deleted"><identifier>oai:x:1</identifier></header></record>
        <record><header><identifier>oai:arXiv.org:1207.1019</identifier></header><metadata>
          <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <dc:title>PAC-Bayesian Majority Vote</dc:title><dc:creator>Ayache, Stéphane</dc:creator>
          <dc:description>  A lot of attention.</dc:description><dc:description>Comment: 7 pages</dc:description>
          <dc:date>2012-07-04</dc:date><dc:type>text</dc:type><dc:identifier>http://arxiv.org/abs/1207.1019</dc:identifier>
          </oai_dc:dc></metadata></record>
        <record><header><identifier>oai:pos:1</identifier></header><metadata><pex-dc:pex-dc xmlns:pex-dc="http://pos.sissa.it/pos-ext_dc/">
          <pex-dc:title>Heavy Flavour Physics Review</pex-dc:title><pex-dc:creator><pex-dc:name>M. T. MacDonald</pex-dc:name><pex-dc:affiliation>U of Pecs</pex-dc:affiliation></pex-dc:creator>
          <pex-dc:date>2014-03-19T21:09:30Z</pex-dc:date><pex-dc:identifier>doi:10.22323/1.187.0001</pex-dc:identifier></pex-dc:pex-dc></metadata></record>
        </ListRecords></OAI-PMH>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "oai-dc")
        #expect(records.count == 2)
        #expect(records[0].authors == [Person(family: "Ayache", given: "Stéphane")])
        #expect(records[0].abstract == "A lot of attention." && records[0].arxiv == "1207.1019" && records[0].issued?.year == 2012)
        #expect(records[1].authors == [Person(family: "MacDonald", given: "M. T.")])
        #expect(records[1].doi == "10.22323/1.187.0001" && records[1].issued?.year == 2014)
    }

    @Test func atomEntriesWithVersionedIdsAndOptionalDOI() throws {
        let xml = """
        <?xml version='1.0' encoding='UTF-8'?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
        <id>https://arxiv.org/api/x</id><title>arXiv Query</title>
        <entry><id>http://arxiv.org/abs/2202.12139v1</id><title>Testing Deep
          Learning Models</title><summary>Deep Learning.</summary><published>2022-02-24T15:05:19Z</published>
          <author><name>Mohit Kumar Ahuja</name></author><arxiv:doi>10.1109/ICSTW55395.2022.00035</arxiv:doi>
          <arxiv:journal_ref>Proc. 2023 IEEE ICSTW (2023), pp. 66-69</arxiv:journal_ref></entry>
        <entry><id>http://arxiv.org/abs/astro-ph/0601001v2</id><title>Old style</title><published>2006-01-01T00:00:00Z</published></entry>
        </feed>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "arxiv-atom")
        #expect(records.count == 2)
        #expect(records[0].title == "Testing Deep Learning Models" && records[0].type == .preprint)
        #expect(records[0].authors == [Person(family: "Ahuja", given: "Mohit Kumar")])
        #expect(records[0].doi == "10.1109/icstw55395.2022.00035" && records[0].issued?.year == 2022)
        #expect(records[0].containerTitle == nil)
        #expect(records[1].arxiv?.hasPrefix("astro-ph/0601001") == true)
    }

    @Test func emptyFeedIsRecognisedAndGivesNoRecord() throws {
        let xml = #"<?xml version='1.0'?><feed xmlns="http://www.w3.org/2005/Atom"><id>https://arxiv.org/api/oqa</id><title>arXiv Query</title></feed>"#
        #expect(throws: ExtractError.noArticle("arxiv-atom found no article on the page")) { try JSONXMLRecordFile.read(xml) }
    }

    @Test func arXivFormatOAINestsAuthorsAndKeepsLiteralEscapes() throws {
        let xml = #"""
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">
        <GetRecord><record><header><identifier>oai:arXiv.org:1507.03011</identifier></header><metadata>
        <arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>1507.03011</id><created>2015-07-10</created>
        <authors><author><keyname>Young</keyname><forenames>J. E.</forenames></author><author><keyname>de Naray</keyname><forenames>Rachel Kuzio</forenames></author><author><keyname>ATLAS Collaboration</keyname></author></authors>
        <title>The Distribution of Star Formation in the Low Surface\n Brightness Galaxy UGC 628</title>
        <doi>10.1088/0004-6256/150/3/79 10.1000/second</doi><abstract>We present.</abstract></arXiv></metadata></record></GetRecord></OAI-PMH>
        """#
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "arxiv-oai")
        let r = try #require(records.first)
        #expect(r.authors == [Person(family: "Young", given: "J. E."), Person(family: "de Naray", given: "Rachel Kuzio"), Person(family: "ATLAS Collaboration")])
        #expect(r.title?.contains("Surface\\n Brightness") == true)
        #expect(r.doi == "10.1088/0004-6256/150/3/79" && r.issued == PartialDate(year: 2015, month: 7, day: 10))
    }
}
