import Testing
import BibModel
@testable import BibExtract

/// EndNote XML: `<style>` runs, periodical vs secondary title, ref-type numbers, empty contributors, line breaks.
struct EndNoteXMLReaderTests {
    @Test func styledValuesAndEveryRecord() throws {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" ?><xml><records><record><ref-type name="Journal Article">17</ref-type><contributors><authors><author><style face="normal" font="default" size="100%">Blichert-Toft, M.</style></author><author><style face="normal">Andersen, J.</style></author></authors></contributors><titles><title><style face="normal">In situ carcinomas
          of the female breast</style></title><secondary-title><style face="normal">Acta Chirurgica Scandinavica</style></secondary-title><alt-title><style face="normal">Acta Chir Scand</style></alt-title></titles><periodical><full-title><style face="normal">Acta Chirurgica Scandinavica</style></full-title></periodical><pages><style face="normal">113-9</style></pages><volume><style>156</style></volume><number><style>2</style></number><dates><year><style>1990</style></year><pub-dates><date><style>Feb</style></date></pub-dates></dates><electronic-resource-num><style>10.1000/ABC.1</style></electronic-resource-num></record><record><ref-type name="Book">6</ref-type><contributors></contributors><titles><title>AAN&apos;s Statement</title></titles><dates><year>2021</year></dates></record></records></xml>
        """
        let (extractor, records) = try JSONXMLRecordFile.read(xml)
        #expect(extractor == "endnote-xml")
        #expect(records.count == 2)
        let r = records[0]
        #expect(r.title == "In situ carcinomas of the female breast")
        #expect(r.authors == [Person(family: "Blichert-Toft", given: "M."), Person(family: "Andersen", given: "J.")])
        #expect(r.containerTitle == "Acta Chirurgica Scandinavica" && r.containerTitleShort == "Acta Chir Scand")
        #expect(r.page == "113-9" && r.volume == "156" && r.issue == "2")
        #expect(r.issued == PartialDate(year: 1990, month: 2) && r.doi == "10.1000/abc.1" && r.type == .journalArticle)
        #expect(records[1].title == "AAN's Statement" && records[1].authors.isEmpty && records[1].type == .book)
    }
}
