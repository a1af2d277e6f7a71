import BibModel
import Testing
@testable import BibExport

/// TeX escaping, title protection and verbatim fields.
@Suite struct EscapingTests {
    @Test func texSpecialsBecomeLiteralCharacters() {
        #expect(TeXEscaper.escape(#"50% & #1 $5 a_b ^ ~ \input{x}"#, encoding: .ascii)
            == ##"50\% \& \#1 \$5 a\_b {\textasciicircum} {\textasciitilde} {\textbackslash}input\{x\}"##)
    }

    @Test func unpairedBracesCannotUnbalanceTheEntry() {
        #expect(TeXEscaper.escape("a } b {", encoding: .utf8) == #"a {\textbraceright} b {\textbraceleft}"#)
        #expect(TeXEscaper.escape("{x} }", encoding: .utf8) == #"\{x\} {\textbraceright}"#)
    }

    @Test func asciiModeSpellsAccentsAsTeXCommands() {
        #expect(TeXEscaper.escape("Dürsteler café Nguyễn Łukasz Ørsted Straße", encoding: .ascii)
            == #"D\"{u}rsteler caf\'{e} Nguy\~{\^{e}}n {\L}ukasz {\O}rsted Stra{\ss}e"#)
        // Combining sequences (decomposed input) give the same spelling as precomposed letters.
        #expect(TeXEscaper.escape("Jose\u{0301}", encoding: .ascii) == #"Jos\'{e}"#)
        #expect(TeXEscaper.escape("a – b — “q” …", encoding: .ascii) == #"a -- b --- ``q'' {\ldots}"#)
    }

    @Test func textWithoutAnASCIISpellingStaysUTF8() {
        #expect(TeXEscaper.escape("张伟 😀 שלום", encoding: .ascii) == "张伟 😀 שלום")
        #expect(TeXEscaper.escape("Dürsteler", encoding: .utf8) == "Dürsteler")
    }

    @Test func sentenceCaseTitlesProtectAcronymsFormulasAndProperNouns() {
        #expect(TitleProtector.protect("Effects of CO2 on NaCl in Scotland: a study of mRNA in vitamin D users", encoding: .utf8)
            == "Effects of {CO2} on {NaCl} in {Scotland}: A Study of {mRNA} in Vitamin {D} Users")
    }

    @Test func titleCaseTitlesProtectOnlyInnerCapitals() {
        #expect(TitleProtector.protect("A Study of HAT Trials in the UK", encoding: .utf8) == "A Study of {HAT} Trials in the {UK}")
        #expect(TitleProtector.protect("A STUDY OF HAT TRIALS", encoding: .utf8) == "A STUDY OF HAT TRIALS")
        #expect(TitleProtector.protect("Plain title words", encoding: .utf8) == "Plain Title Words")
    }

    @Test func bracesPairAcrossWordsOfATitle() {
        #expect(TitleProtector.protect(#"run \write18{rm -rf} now"#, encoding: .utf8)
            == #"Run {\textbackslash}write18\{rm -rf\} Now"#)
    }

    @Test func doiAndURLAreWrittenVerbatimSafe() {
        #expect(BibWriter.verbatim("https://x.org/a b?q={1}&r=%20#f") == "https://x.org/a%20b?q=%7B1%7D&r=%20#f")
        #expect(BibWriter.verbatim("https://x.org/ü\\") == "https://x.org/%C3%BC%5C")
    }

    @Test func scrapedLaTeXAndAtSignsStayInsideTheirField() throws {
        var record = Support.riley()
        record.title = #"\input{/etc/passwd} and \write18{id}"#
        record.abstract = "Intro.\n@article{evil, title={x}}\nEnd."
        let text = try #require(BibWriter.entry(for: RecordSanitizer.sanitize(record).record, key: "k", format: .bibtex)?.text)
        #expect(Support.line("title", in: text) == #"title = {{\textbackslash}input\{/etc/passwd\} and {\textbackslash}write18\{id\}},"#)
        #expect(Support.line("abstract", in: text) == #"abstract = {Intro. @article\{evil, title=\{x\}\} End.},"#)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("@") }.count == 1)
    }
}
