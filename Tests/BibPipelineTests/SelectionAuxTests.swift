@testable import BibPipeline
import Foundation
import Testing

/// `.aux` files as LaTeX, natbib, hyperref and biblatex write them, read as BibTeX reads them.
struct SelectionAuxTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var aux: String
        var selection: Selection
        var inputs: [String] = []
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "one key per line and a comma list",
             aux: "\\relax \n\\citation{knuth1984}\n\\citation{lamport1994,goossens1993}\n\\bibstyle{plain}\n\\bibdata{refs}\n",
             selection: .keys(["knuth1984", "lamport1994", "goossens1993"])),
        Case(name: "spaces around keys are dropped, empty keys ignored, repeats kept once",
             aux: "\\citation{a, b ,,a}\n\\citation{b}\n", selection: .keys(["a", "b"])),
        Case(name: "\\citation{*} means all", aux: "\\citation{a}\n\\citation{*}\n\\citation{b}\n", selection: .all),
        Case(name: "keys with punctuation, braces and non-ASCII letters",
             aux: "\\citation{doi:10.1000/xyz,Müller{\\\"u}2021,o'neil-2020}\n",
             selection: .keys(["doi:10.1000/xyz", "Müller{\\\"u}2021", "o'neil-2020"])),
        Case(name: "only commands at the start of a line count, as in BibTeX",
             aux: "\\@writefile{toc}{\\contentsline {section}{Why \\citation {x}}{2}}\n\\bibcite{y}{{1}{2015}}\n"
                + "\\citationfoo{z}\n\\citation{ok}\n",
             selection: .keys(["ok"])),
        Case(name: "biblatex writes \\abx@aux@cite with and without a refsection number",
             aux: "\\abx@aux@refcontext{nty/global//global/global}\n\\abx@aux@cite{0}{knuth1984}\n"
                + "\\abx@aux@segm{0}{0}{knuth1984}\n\\abx@aux@cite{lamport1994}\n",
             selection: .keys(["knuth1984", "lamport1994"])),
        Case(name: "\\@input lines are reported in order",
             aux: "\\relax \n\\@input{chapters/intro.aux}\n\\citation{a}\n\\@input{appendix.aux}\n",
             selection: .keys(["a"]), inputs: ["chapters/intro.aux", "appendix.aux"]),
        Case(name: "an unclosed argument is no citation", aux: "\\citation{a,b\n\\citation{c}\n", selection: .keys(["c"])),
        Case(name: "no citations at all", aux: "\\relax \n\\gdef \\@abspage@last{1}\n", selection: .keys([])),
    ]

    @Test(arguments: cases)
    func scan(_ c: Case) {
        let found = AuxCitations.scan(c.aux)
        #expect(found.selection == c.selection)
        #expect(found.inputs == c.inputs)
    }

    @Test func nestedInputsAreReadOnceEachEvenInACycle() throws {
        let files = [
            "ch1.aux": "\\citation{c1}\n\\@input{ch2.aux}\n",
            "ch2.aux": "\\citation{c2,m}\n\\@input{ch1.aux}\n",
        ]
        var loaded: [String] = []
        let selection = try AuxCitations.selection(main: "\\citation{m}\n\\@input{ch1.aux}\n\\citation{m2}\n") { name in
            loaded.append(name)
            return try #require(files[name])
        }
        #expect(selection == .keys(["m", "m2", "c1", "c2"]))
        #expect(loaded == ["ch1.aux", "ch2.aux"])
    }

    @Test func aStarInANestedFileMeansAll() throws {
        let selection = try AuxCitations.selection(main: "\\citation{m}\n\\@input{ch.aux}\n") { _ in "\\citation{*}\n" }
        #expect(selection == .all)
    }

    @Test func mainFileWithChaptersFromFixtures() throws {
        let path = SelectionFixtures.manuscripts.appendingPathComponent("thesis.aux").path
        #expect(try Selection.cited(inFile: path) == .keys([
            "smith2019deep", "lecun2015deep", "vaswani2017attention", "devlin-2019_bert", "brown:2020/gpt3",
            "Müller2021", "hinton2006fast",
        ]))
        let all = SelectionFixtures.manuscripts.appendingPathComponent("all.aux").path
        #expect(try Selection.cited(inFile: all) == .all)
    }

    @Test func aMissingNestedFileIsAnError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-aux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let main = dir.appendingPathComponent("paper.aux")
        try "\\citation{a}\n\\@input{gone.aux}\n".write(to: main, atomically: true, encoding: .utf8)
        #expect {
            try Selection.cited(inFile: main.path)
        } throws: { error in
            guard case SelectionError.unreadable(let path, _)? = error as? SelectionError else { return false }
            return path.hasSuffix("/gone.aux")
        }
    }

    @Test func latin1AuxFilesAreRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bibd-aux-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let main = dir.appendingPathComponent("paper.aux")
        try Data("\\citation{M".utf8 + [0xFC] + "ller2021}\n".utf8).write(to: main)
        #expect(try Selection.cited(inFile: main.path) == .keys(["Müller2021"]))
    }
}

/// Where the sample manuscripts live.
enum SelectionFixtures {
    static let manuscripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/manuscripts")
}
