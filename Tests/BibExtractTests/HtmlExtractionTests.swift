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

/// Fields under small headings that name them (repository item pages), and pages that print a heading alone.
struct HeadedFieldTests {
    static func extract(_ html: String) throws -> [Record] {
        try Registry.extract(try Page.load(bytes: Array(html.utf8))).records
    }

    @Test func aRepositoryItemPageGivesItsHeadedAuthorsDateAndAbstract() throws {
        let html = """
            <html><head><title>Repository: Thermal limits of alpine beetles</title></head><body>
            <h2 class="page-header">Thermal limits of alpine beetles along an elevation gradient</h2>
            <div class="simple-item-view-date"><h5>Date</h5>2019</div>
            <div class="simple-item-view-authors"><h5>Author</h5><div>Moreira, Ana Paula</div><div>Keller, Jonas</div></div>
            <div class="simple-item-view-description"><h5>Abstract</h5><div>We measured the heat tolerance of twelve beetle species at six elevations and found narrower limits higher up. Species living near the summit tolerated a range of temperatures four degrees narrower than their relatives in the valley, and their limits shifted less between seasons. We discuss what this means for beetles as the climate warms and the alpine zone shrinks.</div></div>
            </body></html>
            """
        let r = try #require(try Self.extract(html).first)
        #expect(r.authors == [Person(family: "Moreira", given: "Ana Paula"), Person(family: "Keller", given: "Jonas")])
        #expect(r.issued?.year == 2019)
        #expect(r.abstract?.hasPrefix("We measured the heat tolerance") == true)
    }

    @Test func aPageWithoutMetadataThatPrintsAHeadingAloneIsRefused() throws {
        let html = """
            <html><head><title>Proceedings of the 9th Workshop on Examples</title></head><body>
            <h1>Proceedings of the 9th Workshop on Examples in Computing</h1>
            <p>Held in Lisbon. The workshop brings together people who write examples for a living and reads their work. This volume gathers the papers presented over three days, the invited talks, and the notes of the closing panel, which asked how examples age and who should keep them current when the systems they describe change.</p>
            <ul><li><a href="/c/1">Session one</a></li><li><a href="/c/2">Session two</a></li></ul>
            </body></html>
            """
        do {
            _ = try Self.extract(html)
            Issue.record("a heading alone was read as an article")
        } catch let ExtractError.noArticle(why) {
            #expect(why.contains("heading alone"), "\(why)")
        }
    }
}

/// Pages that are not one article although their tags look scholarly.
struct NonArticleShapeTests {
    static func refusal(_ html: String) throws -> String? {
        do { _ = try Registry.extract(try Page.load(bytes: Array(html.utf8))); return nil } catch let ExtractError.noArticle(why) { return why }
    }

    static let filler = "<p>" + String(repeating: "Readers find the newest research of the field here every month. ", count: 12) + "</p>"

    @Test func anIssuePageWithIssueTagsAndLinkedHeadingsIsATableOfContents() throws {
        let items = (1...3).map { "<div><h5><a href=\"/a/\($0)\">Study number \($0) of thin films</a></h5><div>A. Author; B. Author</div></div>" }.joined()
        let html = """
            <html><head><meta name="citation_journal_title" content="Journal of Examples"><meta name="citation_volume" content="12">
            <meta name="citation_issue" content="3"><meta property="og:title" content="Journal of Examples: Volume 12, Issue 3"></head>
            <body><h1>Volume 12, Issue 3</h1>\(Self.filler)\(items)</body></html>
            """
        #expect(try Self.refusal(html)?.contains("table of contents") == true)
    }

    @Test func aProfilePageIsRefusedWhateverItLists() throws {
        let html = """
            <html><head><meta property="og:type" content="profile"><meta property="og:title" content="Ilse Example - ORCID"></head>
            <body><h1>Ilse Example</h1>\(Self.filler)<h2>Works</h2><p><a href="https://doi.org/10.5555/x1">A study of examples</a></p></body></html>
            """
        #expect(try Self.refusal(html)?.contains("profile") == true)
    }
}

/// What an abstract section prints before its text.
struct AbstractLeadTests {
    @Test func aLowerCaseLanguageNameBeforeTheAbstractIsDropped() {
        #expect(AbstractLead.droppingLanguageTag("español Se analiza la evolución") == "Se analiza la evolución")
        #expect(AbstractLead.droppingLanguageTag("English learners in rural schools") == "English learners in rural schools")
        #expect(AbstractLead.droppingLanguageTag("english-speaking pupils Were tested") == "english-speaking pupils Were tested")
    }

    @Test func aHeadingInsideTheAbstractSectionIsDroppedInOtherLanguagesToo() throws {
        let html = """
            <html><head><meta name="citation_title" content="Letramento digital de professores">
            <meta name="citation_author" content="Sousa, Rita"></head><body>
            <section class="item abstract"><h2>Resumo</h2><p>Este artigo analisa o letramento digital de professores da educação básica.</p></section>
            </body></html>
            """
        let r = try #require(try Registry.extract(try Page.load(bytes: Array(html.utf8))).records.first)
        #expect(r.abstract == "Este artigo analisa o letramento digital de professores da educação básica.")
    }
}

/// A container tag that holds a whole citation.
struct ContainerCitationTests {
    @Test func aContainerCitationGivesTheJournalAndItsLabelledLocators() {
        let p = ContainerCitation.split("Cuadernos de Geografía Rural, ISSN 1133-9999, Nº 58, 2021, págs. 77-102")
        #expect(p == ContainerCitation.Parts(journal: "Cuadernos de Geografía Rural", volume: nil, issue: "58", pages: "77-102"))
        #expect(ContainerCitation.split("Journal of Physics, Condensed Matter") == nil)
        #expect(ContainerCitation.split("Revista X, vol. 12, n. 3, pp. 4-9")?.volume == "12")
    }
}

/// A DOI printed in a page's body counts only above its reference list.
struct BodyDOITests {
    @Test func aDOIUnderTheReferenceHeadingIsAnotherWorks() throws {
        func page(_ own: String) -> String {
            """
            <html><head><title>Library: Thermal conductivity of vanadium dioxide films</title></head><body>
            <h1>Thermal conductivity of vanadium dioxide films near the phase transition</h1>
            <p>Maria Olsen, Pedro Duarte</p>\(own)
            <h2>Abstract</h2><p>The three-omega method measured the thermal conductivity of films 50-200 nm thick between 300 and 380 K.</p>
            <table><tr><td><b>References:</b></td></tr>
            <tr><td>1. Morin F.J. Oxides which show a metal-to-insulator transition // Phys. Rev. Lett. 1959. V. 3. P. 34-36. DOI: 10.5555/PhysRevLett.3.34</td></tr></table>
            </body></html>
            """
        }
        let cited = try #require(try HeadedFieldTests.extract(page("")).first)
        #expect(cited.title != nil && cited.doi == nil)
        let own = try #require(try HeadedFieldTests.extract(page("<p>DOI: 10.5555/own.2012.45</p>")).first)
        #expect(own.doi == "10.5555/own.2012.45")
    }
}
