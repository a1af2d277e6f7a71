import BibModel
import Foundation
import Testing
@testable import BibExport

/// The per-format policies of issue 15: titles, quotes, language, article numbers, keys, journal names, options.
@Suite struct ExportPolicyTests {
    static func bib(_ r: Record, _ format: BibFormat) -> String {
        BibWriter.entry(for: RecordSanitizer.sanitize(r).record, key: "k", format: format)?.text ?? "<omitted>"
    }

    static func csl(_ r: Record, options: ExportOptions = .standard) throws -> [String: Any] {
        let text = Exporter.renderEntry(Support.work("w", r), citekey: "k", as: .cslJSON, options: options).text ?? ""
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: titles

    @Test func bracesGoAroundTheWordNeverItsPunctuation() {
        #expect(TitleProtector.protect("Heroin in Middlesbrough, the HAT (HAT) trial: OA: results", encoding: .utf8)
            == "Heroin in {Middlesbrough}, the {HAT} ({HAT}) Trial: {OA}: Results")
    }

    @Test func aTitleOpeningWithAQuoteKeepsItsFirstCapital() {
        #expect(TitleProtector.protect("'I feel like a zombie': a study", encoding: .ascii) == "`{I} Feel Like a Zombie': A Study")
    }

    @Test func aDashBetweenSpacesOpensASubtitle() {
        #expect(TitleProtector.protect("‘I feel like I found myself again’ – Rethinking ‘recovery’ in HAT", encoding: .ascii)
            == "`{I} Feel Like {I} Found Myself Again' -- Rethinking `Recovery' in {HAT}")
    }

    @Test func nonEnglishTitlesStayInSentenceCaseWithNounsProtected() {
        let german = Language.parse("ger")
        #expect(TitleProtector.protect("Quantisierung als Eigenwertproblem", language: german, encoding: .utf8)
            == "Quantisierung als {Eigenwertproblem}")
        let spanish = Language.parse("es")
        #expect(TitleProtector.protect("Efectos de la heroína en Madrid", language: spanish, encoding: .utf8)
            == "Efectos de la heroína en {Madrid}")
    }

    @Test func hyphenatedWordsAreTitleCasedPartByPart() {
        #expect(TitleProtector.protect("Many-body localization in a chain", encoding: .utf8) == "Many-Body Localization in a Chain")
    }

    @Test func typographicQuotesAndDashesBecomeTeXLigatures() {
        #expect(TeXEscaper.escape("\u{2018}free heroin\u{2019} \u{201C}x\u{201D} 1\u{2013}2 a\u{2014}b", encoding: .ascii)
            == "`free heroin' ``x'' 1--2 a---b")
    }

    @Test(arguments: [TeXEncoding.ascii, .utf8])
    func byteLevelEscapingAgreesWithTheCharacterLevelPath(encoding: TeXEncoding) {
        let samples = ["plain words", "50% & $5 #1 a_b ^x ~y \\write18", "'quoted' and \"double\" it's", "('x') ['y']",
                       "Dürsteler's 'ü'", "'", "\"", "a'", "x \"", "tab\t'q'"]
        for text in samples {
            let slow = TeXEscaper.pieces(Array(text), encoding: encoding).joined()
            #expect(TeXEscaper.escape(text, encoding: encoding) == slow, "\(text)")
        }
    }

    // MARK: language

    @Test(arguments: [("eng", "en", "english"), ("English", "en", "english"), ("en", "en", "english"),
                      ("en-GB", "en-GB", "british"), ("fre", "fr", "french"), ("Deutsch", "de", "ngerman"),
                      ("spa", "es", "spanish")])
    func languageSpellingsNormaliseToOneValue(raw: String, bcp47: String, babel: String) {
        #expect(Language.parse(raw) == Language(bcp47: bcp47, babel: babel))
    }

    @Test func languageGoesToLangidInBiblatexBCP47InCSLAndNowhereInBibTeX() throws {
        var r = Support.riley()
        r.language = "English"
        #expect(Support.line("langid", in: Self.bib(r, .biblatex)) == "langid = {english},")
        #expect(!Self.bib(r, .biblatex).contains("language ="))
        #expect(!Self.bib(r, .bibtex).contains("language"))
        #expect(try Self.csl(r)["language"] as? String == "en")
    }

    @Test func anUnknownLanguageIsLeftOutWithANote() {
        var r = Support.riley()
        r.language = "Klingon"
        let (clean, notes) = RecordSanitizer.sanitize(r)
        #expect(clean.language == nil)
        #expect(notes == ["language \"Klingon\" is not in bibd's language table; left out"])
    }

    // MARK: article numbers, preprints, keys

    @Test func articleNumberIsPagesInBibTeXEidInBiblatexPageInCSLAndSPInRIS() throws {
        var r = Support.riley()
        r.page = nil
        r.number = "e0213978"
        #expect(Support.line("pages", in: Self.bib(r, .bibtex)) == "pages = {e0213978},")
        #expect(!Self.bib(r, .bibtex).contains("eid"))
        #expect(Support.line("eid", in: Self.bib(r, .biblatex)) == "eid = {e0213978},")
        #expect(try Self.csl(r)["page"] as? String == "e0213978")
        #expect(RISWriter.entry(for: r, key: "k").contains("SP  - e0213978\n"))
    }

    @Test func cslCarriesTheCitationKeyAndPreprintsAreArticles() throws {
        let item = try Self.csl(Record(type: .preprint, title: "A preprint", arxiv: "2301.01234"))
        #expect(item["citation-key"] as? String == "k")
        #expect(item["type"] as? String == "article")
    }

    @Test func risTypesAPreprintAsAManuscriptNeverGEN() {
        let text = RISWriter.entry(for: Record(type: .preprint, title: "A preprint"), key: "k")
        #expect(text.hasPrefix("TY  - MANSCPT\n"))
    }

    // MARK: journal names

    @Test func aStrayFinalPeriodLeavesTheJournalName() {
        #expect(JournalName.withoutStrayPeriod("Psychoneuroendocrinology.") == "Psychoneuroendocrinology")
        #expect(JournalName.withoutStrayPeriod("Proc. Natl. Acad. Sci.") == "Proc. Natl. Acad. Sci.")
    }

    @Test func anAbbreviationIsKeptOnlyWhenItFitsTheFullName() {
        #expect(JournalName.abbreviation("J Am Acad Dermatol", fits: "Journal of the American Academy of Dermatology"))
        #expect(JournalName.abbreviation("BMJ", fits: "British Medical Journal"))
        #expect(!JournalName.abbreviation("dmj", fits: "Diabetes & Metabolism Journal"))
        var r = Support.riley()
        r.containerTitle = "Diabetes & Metabolism Journal"
        r.containerTitleShort = "dmj"
        #expect(RecordSanitizer.sanitize(r).record.containerTitleShort == nil)
    }

    @Test(arguments: [
        ("Journal of the American Academy of Dermatology", "J. Am. Acad. Dermatol."),
        ("Physical Review Letters", "Phys. Rev. Lett."),
        ("Nature", "Nature"),
        ("BMC Public Health", "BMC Public Health"),
        ("Physical Review A", "Phys. Rev. A"),
    ])
    func iso4AbbreviationsComeFromTheLTWA(full: String, abbreviated: String) throws {
        let iso4 = try #require(ISO4.shipped, "the LTWA file ships with BibExport")
        #expect(iso4.abbreviate(full, language: "eng") == abbreviated)
    }

    @Test func journalStyleChoosesFullOrISO4AndTheShortFormIsFilledEitherWay() throws {
        var r = Support.riley()
        r.containerTitle = "Physical Review Letters."
        let full = try Self.csl(r)
        #expect(full["container-title"] as? String == "Physical Review Letters")
        #expect(full["container-title-short"] as? String == "Phys. Rev. Lett.")
        let iso = try Self.csl(r, options: ExportOptions(journal: .iso4))
        #expect(iso["container-title"] as? String == "Phys. Rev. Lett.")
        let found = try Self.csl(r, options: ExportOptions(journal: .asFound))
        #expect(found["container-title"] as? String == "Physical Review Letters.")
    }

    // MARK: options

    @Test func omittedFieldsAreLeftOutOfEveryFormat() throws {
        var r = Support.riley()
        r.abstract = "An abstract."
        r.keywords = ["zumbakeyword"]
        let options = ExportOptions(omit: try ExportOptions.omitList("abstract,keywords"))
        let work = Support.work("w", r)
        for format in [ExportFormat.bibtex, .biblatex, .cslJSON, .ris] {
            let text = Exporter.renderEntry(work, citekey: "k", as: format, options: options).text ?? ""
            #expect(!text.contains("An abstract") && !text.contains("zumbakeyword"), "\(format)")
        }
        #expect(throws: ExportOptionError.unknownField("abstracts")) { try ExportOptions.omitList("abstracts") }
    }
}
