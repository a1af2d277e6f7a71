import Testing
import BibModel
@testable import BibExtract

/// The BibTeX/biblatex reader on the traps of real exports (small inputs of our own).
struct BibTeXReaderTests {
    @Test func stringMacrosConcatenationAndMonthMacros() throws {
        let f = try RecordFiles.read(BibTeXReader(), """
            @string{jpc = "Journal of Physics: " # "Condensed Matter"}
            @article{a, title = {One}, journal = jpc, year = 2001, month = jan # "--" # feb}
            @article{b, title = {Two}, journal = {X}, year = {2002}, month = aug}
            @article{c, title = {Three}, journal = {X}, year = {2003}, month = {MAR 1}}
            """)
        #expect(f.records.map(\.title) == ["One", "Two", "Three"])
        #expect(f.records[0].containerTitle == "Journal of Physics: Condensed Matter")
        #expect(f.records[0].issued?.year == 2001 && f.records[0].issued?.month == 1)
        #expect(f.records[1].issued?.month == 8)
        #expect(f.records[2].issued == PartialDate(year: 2003, month: 3, day: 1))
    }

    @Test func preambleCommentsAndFreeTextBetweenEntriesAreSkipped() throws {
        let f = try RecordFiles.read(BibTeXReader(), """
            Scopus
            EXPORT DATE: 01 January 2024
            @preamble{"\\newcommand{\\noop}[1]{}"}
            @comment{jabref-meta: groupstree: {x}}
            % a line comment
            @ARTICLE{k1, title = {Kept}, year = {2020}}
            """)
        #expect(f.records.map(\.title) == ["Kept"])
        #expect(f.problems.isEmpty)
    }

    @Test func crossrefInheritanceInEitherOrderWithBiblatexDate() throws {
        let f = try RecordFiles.read(BibTeXReader(), """
            @incollection{child1, author = {Hauck, Jan David}, title = {{Chapter One}}, crossref = {book}, pages = {130-153}}
            @book{book, title = {{The Book}: {A Subtitle} --- {Second}}, date = {2011}, publisher = {P}}
            @incollection{child2, title = {Chapter Two}, crossref = {book}}
            """)
        #expect(f.records.count == 3)
        #expect(f.records[0].containerTitle == "The Book: A Subtitle — Second")
        #expect(f.records[0].issued?.year == 2011)
        #expect(f.records[0].type == .bookChapter)
        #expect(f.records[2].containerTitle == "The Book: A Subtitle — Second")
        #expect(f.records[2].publisher == "P")
    }

    @Test func latexAccentsInEverySpelling() {
        #expect(TeXDecoding.decode(#"{\"u}ber \"{a} \'{o} {\aa} \c{c} \v s \'{\i} {\ss} \o{}"#) == "über ä ó å ç š í ß ø")
        #expect(TeXDecoding.decode(#"{\d}ur"#) == "ur")
        #expect(TeXDecoding.decode(#"dis\-cre\-tion 10\% \& {DNA} A--B C---D"#) == "discretion 10% & DNA A–B C—D")
        #expect(TeXDecoding.decode(#"\textit{in vivo} $\alpha$-helix"#) == "in vivo α-helix")
        #expect(TeXDecoding.decode(#"$^{13}$C and H$_2$O, x^2 outside math"#) == "13C and H2O, x^2 outside math")
    }

    @Test func namesInTheThreeBibTeXFormsAndCorporateNames() {
        let list = BibTeXNameList.people(#"Ludwig van Beethoven and van Gogh, Vincent and Smith, Jr, John and {World Health Organization} and M{\"u}ller, J. and others"#)
        #expect(list.truncated)
        #expect(list.people.map(\.family) == ["Beethoven", "Gogh", "Smith", "World Health Organization", "Müller"])
        #expect(list.people.map(\.particle) == ["van", "van", nil, nil, nil])
        #expect(list.people[2].suffix == "Jr" && list.people[2].given == "John")
        #expect(list.people[3].given == nil)
        #expect(BibTeXNameList.person(#"Ruiz Ca\~{n}ete, Manuel"#)?.family == "Ruiz Cañete")
    }

    @Test func aNameOfCommasAloneIsNoPersonAndTheListGoesOn() {
        #expect(BibTeXNameList.person(",") == nil)
        #expect(BibTeXNameList.people("Smith, J. and , and Doe, A.").people.map(\.family) == ["Smith", "Doe"])
    }

    @Test func namesAreCutAtWhiteSpaceCharactersAsTheStandardLibraryGroupsThem() {
        #expect(BibTeXNameList.split("A\r\nand\r\nB", separator: "and") == ["A", "B"])
        #expect(BibTeXNameList.split("A\u{A0}and\u{A0}B and C", separator: "and") == ["A", "B", "C"])
        // A mark on the space makes no other character of it: still white space.
        #expect(BibTeXNameList.people("M\u{FC}ller, J. \u{301}and Doe, A.").people.map(\.family) == ["M\u{FC}ller", "Doe"])
        // A comma carrying a joiner is no comma.
        #expect(BibTeXNameList.person("Smith,\u{200D}J.")?.given == nil)
    }

    @Test func unclosedBraceInOneEntryLosesOnlyThatEntry() throws {
        var text = ""
        for n in 1...300 {
            let title = n == 12 ? "{Broken {title}" : "{Title \(n)}"
            text += "@article{k\(n),\n  title = \(title),\n  year = {2000}\n}\n\n"
        }
        let f = try RecordFiles.read(BibTeXReader(), text)
        #expect(f.records.count == 299)
        #expect(!f.records.contains { $0.title == "Title 12" })
        #expect(f.problems.count == 1)
        #expect(f.problems.first?.line == 56)
        #expect(f.problems.first?.message.contains("unclosed brace") == true)
    }

    @Test func bibtexThenHTMLKeepsTheEntries() throws {
        let f = try RecordFiles.read(BibTeXReader(), """
            @article{a, title = {Good one}, year = {2019}, doi = {https://doi.org/10.1000/ABC}}
            <html><body><p>mail me: someone@example.org</p></body></html>
            """)
        #expect(f.records.count == 1)
        #expect(f.records[0].doi == "10.1000/abc")
    }

    @Test func leadingCommaStyleBibDeskCloseAndSpacedKeys() throws {
        let f = try RecordFiles.read(BibTeXReader(), """
            \u{FEFF}
            @article{ WOS:1
            , title = {Leading comma}
            , year = {2010}
            , pages = {79 – 88}}
            @inproceedings{10.1145/1234.5678, title = {DOI key}, booktitle = {Proc. X}, year = {2011}, pages = {41+}}
            """)
        #expect(f.records.map(\.title) == ["Leading comma", "DOI key"])
        #expect(f.records[0].page == "79 – 88")
        #expect(f.records[1].containerTitle == "Proc. X" && f.records[1].type == .conferencePaper)
        #expect(f.lines == [2, 6])
    }

    @Test func recognisedFromContentAfterLeadingText() throws {
        #expect(try RecordFiles.chosen("Scopus\nEXPORT DATE: 1\n\n@ARTICLE{x, title={A title}, year={2001}}\n") == "bibtex")
        #expect(try RecordFiles.chosen("Write to me @ home {today}.\n") != "bibtex")
    }
}

/// What needs TeX decoding: commands, braces, ties, math, dash and quote ligatures; plain text is left alone.
struct TeXDecodingNeedTests {
    @Test func ligaturesAndSpecialsNeedDecodingPlainTextDoesNot() {
        #expect(TeXDecoding.needsDecoding("a--b") && TeXDecoding.needsDecoding("``q''") && TeXDecoding.needsDecoding("{X}"))
        #expect(TeXDecoding.needsDecoding("10\\%") && TeXDecoding.needsDecoding("a~b") && TeXDecoding.needsDecoding("$x$"))
        #expect(!TeXDecoding.needsDecoding("Anti-inflammatory effects of O'Brien's method"))
    }
}
