@testable import BibPipeline
import Testing

/// biblatex control files as biblatex 3.x writes them for Biber.
struct SelectionBcfTests {
    static func bcf(_ sections: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <bcf:controlfile version="3.10" bltxversion="3.19" xmlns:bcf="https://sourceforge.net/projects/biblatex">
          <bcf:bibdata section="0">
            <bcf:datasource type="file" datatype="bibtex" glob="false">references.bib</bcf:datasource>
          </bcf:bibdata>
        \(sections)
        </bcf:controlfile>
        """
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var sections: String
        var selection: Selection
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "cited keys in order, repeats once",
             sections: """
               <bcf:section number="0">
                 <bcf:citekey order="1" intorder="1">knuth:1984</bcf:citekey>
                 <bcf:citekey order="2" intorder="1">lamport1994</bcf:citekey>
                 <bcf:citekey order="2" intorder="2">knuth:1984</bcf:citekey>
               </bcf:section>
             """, selection: .keys(["knuth:1984", "lamport1994"])),
        Case(name: "nocite keys count; citekeycount entries do not add keys",
             sections: """
               <bcf:section number="0">
                 <bcf:citekey order="1" intorder="1" nocite="1">goossens1993</bcf:citekey>
                 <bcf:citekeycount count="2">other</bcf:citekeycount>
               </bcf:section>
             """, selection: .keys(["goossens1993"])),
        Case(name: "a star in any section means all",
             sections: """
               <bcf:section number="0"><bcf:citekey order="1" intorder="1">a</bcf:citekey></bcf:section>
               <bcf:section number="1"><bcf:citekey order="2" intorder="1" nocite="1">*</bcf:citekey></bcf:section>
             """, selection: .all),
        Case(name: "dynamic entry sets give their members",
             sections: """
               <bcf:section number="0">
                 <bcf:citekey type="set" members="mittelbach2004, kopka2003">companions</bcf:citekey>
                 <bcf:citekey order="1" intorder="1">companions</bcf:citekey>
               </bcf:section>
             """, selection: .keys(["mittelbach2004", "kopka2003"])),
        Case(name: "keys outside a section are not citations",
             sections: "  <bcf:citekey>stray</bcf:citekey>\n  <bcf:section number=\"0\"></bcf:section>",
             selection: .keys([])),
        Case(name: "escaped XML characters in keys",
             sections: "  <bcf:section number=\"0\"><bcf:citekey order=\"1\">r&amp;d&lt;2</bcf:citekey></bcf:section>",
             selection: .keys(["r&d<2"])),
    ]

    @Test(arguments: cases)
    func sections(_ c: Case) throws {
        #expect(try BcfCitations.selection(Self.bcf(c.sections)) == c.selection)
    }

    @Test func notXMLIsAnError() {
        #expect(throws: (any Error).self) { try BcfCitations.selection("") }
    }

    @Test func fixtures() throws {
        let paper = SelectionFixtures.manuscripts.appendingPathComponent("paper.bcf").path
        #expect(try Selection.cited(inFile: paper) == .keys([
            "knuth:1984", "lamport1994", "goossens1993", "mittelbach2004", "kopka2003", "Schröder2020",
        ]))
        let all = SelectionFixtures.manuscripts.appendingPathComponent("all.bcf").path
        #expect(try Selection.cited(inFile: all) == .all)
    }
}
