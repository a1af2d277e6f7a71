import Testing
import BibModel
import BibParse
@testable import BibExtract

/// The generic HTML layers on hand-made fixtures: encodings, entities and markup, non-article pages.
struct HtmlExtractionTests {
    @Test(arguments: ["enc_cp1252_labelled_latin1.html", "enc_utf8_bom.html", "enc_utf16le_bom.html",
                      "enc_utf8_labelled_latin1.html", "enc_latin1_labelled_utf8.html"])
    func encodingsGiveCleanFields(_ name: String) throws {
        let r = try Fixtures.record("html/" + name)
        #expect(r.title == "Café “quoted” – naïve test")
        #expect(r.authors == [Person(family: "Müller", given: "Jörg")])
        #expect(r.containerTitle == "Zeitschrift für Beispiele")
        #expect(r.abstract?.hasPrefix("Él sagte: „Straße“ —") == true)
    }

    @Test func gbkPageKeepsCharactersOutsideGB2312() throws {
        let r = try Fixtures.record("html/enc_gbk_labelled_gb2312.html")
        #expect(r.title == "朱镕基与喆的研究：数据去重")
        #expect(r.containerTitle == "计算机学报")
    }

    @Test func entitiesAndMarkupBecomeCleanText() throws {
        let r = try Fixtures.record("html/entities_markup.html")
        #expect(r.title == "Growth of MoS2 films – a study")
        #expect(r.authors == [Person(family: "O'Brien", given: "Seán")])
        #expect(r.containerTitle == "Journal of Entities & Markup")
        #expect(r.abstract == "We grow MoS2 films at 300 °C – with in situ control — and report their properties in detail here.")
    }

    @Test(arguments: [("nonarticle_challenge.html", "bot-challenge"), ("nonarticle_js_shell.html", "JavaScript shell"),
                      ("nonarticle_search_results.html", "search result list")])
    func nonArticlePagesAreRefusedWithAReason(_ name: String, _ reason: String) throws {
        let page = try Page.load(bytes: Fixtures.bytes("html/" + name))
        do {
            _ = try Registry.extract(page)
            Issue.record("\(name) was not refused")
        } catch let ExtractError.noArticle(why) {
            #expect(why.contains(reason))
        }
    }

    @Test func evidenceNamesTheLayerAndRule() throws {
        let r = try Fixtures.record("corpus/APS_PhysRevLett.122.145901.html")
        #expect(r.evidence["title"] == "meta:citation_title")
        #expect(r.evidence["abstract"]?.hasPrefix("visible:") == true, "the description meta is a teaser; the visible abstract wins")
        #expect(r.abstract?.hasPrefix("The magnetochiral effect (MCE) of phonons") == true)
    }
}
