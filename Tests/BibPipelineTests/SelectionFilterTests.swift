import BibModel
@testable import BibPipeline
import Testing

/// Picking the works a selection names, and telling which cited keys the store lacks.
struct SelectionFilterTests {
    static func work(_ id: String, _ key: String?) -> Work {
        Work(id: id, citekey: key, record: Record(), sources: [])
    }

    static let store = [work("w1", "knuth1984"), work("w2", nil), work("w3", "lamport1994"), work("w4", "Knuth1984")]

    @Test func allKeepsEveryWork() {
        let picked = select(Self.store, by: .all)
        #expect(picked.works.map(\.id) == ["w1", "w2", "w3", "w4"])
        #expect(picked.missing.isEmpty)
    }

    @Test func keysPickInStoreOrderAndReportMissingInCitedOrder() {
        let picked = select(Self.store, by: .keys(["lamport1994", "zzz", "knuth1984", "aaa"]))
        #expect(picked.works.map(\.id) == ["w1", "w3"])
        #expect(picked.missing == ["zzz", "aaa"])
    }

    @Test func keysMatchExactlyAndWorksWithoutKeysAreNeverPicked() {
        let picked = select(Self.store, by: .keys(["KNUTH1984", "Knuth1984"]))
        #expect(picked.works.map(\.id) == ["w4"])
        #expect(picked.missing == ["KNUTH1984"])
    }

    @Test func noKeysPickNothing() {
        let picked = select(Self.store, by: .keys([]))
        #expect(picked.works.isEmpty && picked.missing.isEmpty)
    }

    @Test(arguments: [
        ("paper.aux", ManuscriptKind.aux), ("x/Paper.BCF", .bcf), ("notes.md", .pandoc), ("a.markdown", .pandoc),
        ("report.Rmd", .pandoc), ("site.qmd", .pandoc),
    ])
    func kindFromExtension(_ path: String, _ kind: ManuscriptKind) {
        #expect(ManuscriptKind(path: path) == kind)
    }

    @Test(arguments: ["paper.tex", "refs.bib", "README", "paper.aux.bak"])
    func unknownExtensions(_ path: String) {
        #expect(ManuscriptKind(path: path) == nil)
        #expect(throws: SelectionError.unknownKind(path: path)) { try Selection.cited(inFile: path) }
    }

    @Test func pandocFixture() throws {
        let path = SelectionFixtures.manuscripts.appendingPathComponent("paper.md").path
        #expect(try Selection.cited(inFile: path) == .keys([
            "vaswani2017attention", "goodfellow2016", "bishop2006", "devlin-2019_bert", "brown:2020/gpt3",
            "radford2019.language", "https://doi.org/10.1000/xyz123", "smith04", "in_link_text",
        ]))
    }
}
