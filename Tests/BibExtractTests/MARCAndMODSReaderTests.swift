import Testing
import BibModel
@testable import BibExtract

/// MARCXML (an SRU wrapper that is not well-formed, 773 host fields, leader types) and MODS.
struct MARCAndMODSReaderTests {
    @Test func malformedSRUWrapperIsRecovered() throws {
        let xml = """
        <zs:searchRetrieveResponse><zs:records><zs:record><zs:recordData><record>
        <leader>00864naa a2200253 c 4500</leader>
        <controlfield tag="008">230526s1992 |||| 00||| eng d</controlfield>
        <datafield tag="100" ind1="1" ind2=" "><subfield code="a">Bello, Emmanuel G.</subfield><subfield code="e">Verfasser</subfield></datafield>
        <datafield tag="700" ind1="1" ind2=" "><subfield code="a">Elias, T. O.,</subfield><subfield code="4">edt</subfield></datafield>
        <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Article 22 of the Charter /</subfield><subfield code="c">Emmanuel G. Bello</subfield></datafield>
        <datafield tag="773" ind1="0" ind2="8"><subfield code="t">Essays in honour of Judge Elias</subfield><subfield code="g">Seite 447-473</subfield></datafield>
        </record></zs:recordData></zs:record></zs:records></zs:searchRetrieveResponse
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "marcxml")
        let r = try #require(records.first)
        #expect(records.count == 1)
        #expect(r.title == "Article 22 of the Charter")
        #expect(r.authors == [Person(family: "Bello", given: "Emmanuel G.")])
        #expect(r.containerTitle == "Essays in honour of Judge Elias")
        #expect(r.issued?.year == 1992 && r.type == .bookChapter)
    }

    @Test func modsCollectionHostPartsAndUnsplitNames() throws {
        let xml = """
        <?xml version="1.0" encoding="ISO-8859-1" ?><modsCollection xmlns="http://www.loc.gov/mods/v3">
        <mods><titleInfo><title>Benthic response</title></titleInfo>
          <name type="personal"><namePart type="family">Dieckmann</namePart><namePart type="given">G</namePart><namePart type="given">S</namePart><role><roleTerm type="text">author</roleTerm></role></name>
          <name type="personal"><namePart type="family">Editor</namePart><role><roleTerm type="text">editor</roleTerm></role></name>
          <relatedItem type="host"><titleInfo><title>Polar Biology</title></titleInfo><originInfo><issuance>continuing</issuance></originInfo>
            <part><detail type="volume"><number>26</number></detail><detail type="issue"><number>9</number></detail>
            <extent unit="page"><start>610</start><end>620</end></extent><date>2003</date></part></relatedItem>
          <identifier type="doi">10.1007/s00300-003-0526-8</identifier></mods>
        <mods><titleInfo><title>Developing high quality data models</title></titleInfo>
          <name type="personal" usage="primary"><namePart>West, Matthew,</namePart><namePart type="date">1953-</namePart></name>
          <genre authority="rdacontent">text</genre><originInfo><dateIssued encoding="marc">2011</dateIssued><issuance>monographic</issuance></originInfo></mods>
        </modsCollection>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "mods")
        #expect(records.count == 2)
        let a = records[0]
        #expect(a.authors == [Person(family: "Dieckmann", given: "G S")])
        #expect(a.containerTitle == "Polar Biology" && a.volume == "26" && a.issue == "9" && a.page == "610-620")
        #expect(a.issued?.year == 2003 && a.type == .journalArticle && a.doi == "10.1007/s00300-003-0526-8")
        #expect(records[1].authors == [Person(family: "West", given: "Matthew")])
        #expect(records[1].type == .book && records[1].issued?.year == 2011)
    }

    @Test func oaiWrappedMARCWithoutLeaderReadsHostVolumeAndArticleNumber() throws {
        let xml = """
        <?xml version="1.0"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><GetRecord><record><header><identifier>oai:x:1</identifier></header>
        <metadata><marc:record xmlns:marc="http://www.loc.gov/MARC21/slim">
        <marc:datafield tag="024" ind1="7" ind2=" "><marc:subfield code="a">10.1000/XYZ.5</marc:subfield><marc:subfield code="2">doi</marc:subfield></marc:datafield>
        <marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">Heat flow :</marc:subfield><marc:subfield code="b">a study /</marc:subfield></marc:datafield>
        <marc:datafield tag="264" ind1=" " ind2="1"><marc:subfield code="c">2019</marc:subfield></marc:datafield>
        <marc:datafield tag="710" ind1="2" ind2=" "><marc:subfield code="a">CERN.</marc:subfield></marc:datafield>
        <marc:datafield tag="773" ind1="0" ind2=" "><marc:subfield code="t">Physical Review D</marc:subfield><marc:subfield code="v">99</marc:subfield><marc:subfield code="c">054012</marc:subfield></marc:datafield>
        </marc:record></metadata></record></GetRecord></OAI-PMH>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "marcxml")
        let r = try #require(records.first)
        #expect(r.title == "Heat flow: a study" && r.doi == "10.1000/xyz.5" && r.issued?.year == 2019)
        #expect(r.authors.count == 1 && r.authors[0].literal?.hasPrefix("CERN") == true)
        #expect(r.containerTitle == "Physical Review D" && r.volume == "99" && r.number == "054012" && r.type == .other)
    }
}
