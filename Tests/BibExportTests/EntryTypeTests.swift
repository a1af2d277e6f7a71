import BibModel
import Testing
@testable import BibExport

/// Entry types chosen from what the source says, in each format.
@Suite struct EntryTypeTests {
    static func entry(_ r: Record, _ format: BibFormat) -> String {
        BibWriter.entry(for: RecordSanitizer.sanitize(r).record, key: "k", format: format)?.text ?? "<omitted>"
    }

    static func preprint() -> Record {
        Record(type: .preprint, title: "A preprint", authors: [Person(family: "Riley", given: "Fleur")],
               containerTitle: "arXiv", issued: PartialDate(year: 2023, month: 1), arxiv: "2301.01234",
               url: "https://arxiv.org/abs/2301.01234")
    }

    @Test func journalArticleIsAnArticleWithPagesAndMonthMacro() {
        let text = Self.entry(Support.riley(), .bibtex)
        #expect(text.hasPrefix("@article{k,\n"))
        #expect(Support.line("journal", in: text) == "journal = {BMC Public Health},")
        #expect(Support.line("pages", in: text) == "pages = {615--621},")
        #expect(Support.line("month", in: text) == "month = may,")
        #expect(Support.line("title", in: text) == "title = {`{This} Is Hardcore': A Qualitative Study of Exercise in {Scotland}},")
        #expect(CSLJSON.item(for: Support.riley(), id: "k").serialized(pretty: false).contains(#""type":"article-journal""#))
    }

    @Test func biblatexArticleUsesJournaltitleAndDate() {
        let text = Self.entry(Support.riley(), .biblatex)
        #expect(text.hasPrefix("@article{k,\n"))
        #expect(Support.line("journaltitle", in: text) == "journaltitle = {BMC Public Health},")
        #expect(Support.line("date", in: text) == "date = {2023-05-12},")
        #expect(Support.line("year", in: text) == nil)
    }

    @Test func preprintIsNeverAJournalArticle() {
        let bibtex = Self.entry(Self.preprint(), .bibtex)
        #expect(bibtex.hasPrefix("@misc{k,\n"))
        #expect(Support.line("howpublished", in: bibtex) == "howpublished = {arXiv},")
        #expect(Support.line("note", in: bibtex) == "note = {Preprint},")
        let biblatex = Self.entry(Self.preprint(), .biblatex)
        #expect(biblatex.hasPrefix("@online{k,\n"))
        #expect(Support.line("eprinttype", in: biblatex) == "eprinttype = {arXiv},")
        #expect(Support.line("eprint", in: biblatex) == "eprint = {2301.01234},")
        #expect(CSLJSON.item(for: Self.preprint(), id: "k").serialized(pretty: false).contains(#""type":"article""#))
    }

    @Test func missingContainerFallsBackToMisc() {
        var r = Support.riley()
        r.containerTitle = nil
        #expect(Self.entry(r, .bibtex).hasPrefix("@misc{k,\n"))
        #expect(Self.entry(r, .biblatex).hasPrefix("@misc{k,\n"))
    }

    @Test func thesisStatesOnlyWhatTheSourceSays() {
        let r = Record(type: .thesis, title: "Über die Sprache", authors: [Person(family: "Müller", given: "Anna")],
                       publisher: "Universität Zürich", issued: PartialDate(year: 2019))
        let biblatex = Self.entry(r, .biblatex)
        #expect(biblatex.hasPrefix("@thesis{k,\n"))
        #expect(Support.line("institution", in: biblatex) == "institution = {Universität Zürich},")
        #expect(Support.line("type", in: biblatex) == "type = {Thesis},")
        let bibtex = Self.entry(r, .bibtex)
        #expect(bibtex.hasPrefix("@misc{k,\n"))
        #expect(Support.line("note", in: bibtex) == "note = {Thesis},")
        #expect(!bibtex.contains("phdthesis"))
    }

    @Test func biblatexWritesAWorkWithoutTitleOrDateAsMisc() {
        let work = Support.work("w-1", Record(type: .report, publisher: "Ministry"))
        let entry = Exporter.renderEntry(work, citekey: "anon", as: .biblatex)
        #expect(entry.text?.hasPrefix("@misc{anon,\n") == true)
        #expect(entry.warnings.isEmpty)
        #expect(Exporter.renderEntry(work, citekey: "anon", as: .bibtex).text?.hasPrefix("@techreport{anon,") == true)
    }

    @Test func datelessPreprintIsAnOnlineEntryNotDropped() {
        var r = Self.preprint()
        r.issued = nil
        let text = Self.entry(r, .biblatex)
        #expect(text.hasPrefix("@online{k,\n"))
        #expect(Support.line("date", in: text) == nil)
        #expect(Exporter.export([Support.work("w", key: "rileyfeel", r)], as: .biblatex).omitted.isEmpty)
    }

    @Test func risUsesTypesAndRepeatsTags() {
        let text = RISWriter.entry(for: Support.riley(), key: "k")
        #expect(text.hasPrefix("TY  - JOUR\nID  - k\nM2  - Citation Key: k\nTI  - 'This is hardcore'"))
        #expect(text.contains("AU  - Riley, Fleur\nAU  - Smith, J. A.\n"))
        #expect(text.contains("SP  - 615\nEP  - 621\n"))
        #expect(text.hasSuffix("ER  - \n"))
    }
}
