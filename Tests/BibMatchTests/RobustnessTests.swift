import BibModel
import Foundation
import Testing
@testable import BibMatch

/// Bad and unusual input: missing fields, huge author lists, other scripts, broken files.
struct RobustnessTests {
    let matcher = Matcher()

    @Test func recordsWithoutTitleOrAbstractAreNeverMerged() {
        let d = matcher.decide(Record(authors: [Person(family: "Smith")]), Record(authors: [Person(family: "Smith")]))
        #expect(d.outcome == .distinct)
        #expect(d.rule == "no title to compare")
    }

    @Test func oneWordTitleNeedsTheRestToAgree() {
        let a = Record(title: "Datasplash", authors: [Person(family: "Olston", given: "Chris")], issued: PartialDate(year: 1998))
        var b = a
        #expect(matcher.decide(a, b).outcome == .same)
        b.authors = [Person(family: "Stonebraker", given: "Michael")]
        #expect(matcher.decide(a, b).outcome == .distinct)
    }

    @Test func fiveHundredAuthorsAreComparedWithinTheLimit() {
        let people = (0..<500).map { Person(family: "Author\($0)", given: "A") }
        let a = Record(title: "Observation of a new particle in the search for the Standard Model Higgs boson", authors: people,
                       issued: PartialDate(year: 2012))
        var b = a
        b.authors = Array(people.prefix(30))
        #expect(matcher.decide(a, b).outcome == .same)
    }

    @Test func yearZeroIsUnknown() throws {
        let line = #"{"id": "x", "title": "A title of some length here", "year": 0}"#
        let parsed = try DedupRecords.parse(Data(line.utf8))
        #expect(parsed.records.first?.record.issued == nil)
    }

    @Test(arguments: [
        ("基于深度学习的医学图像分割方法研究", "基于深度学习的医学图像分割方法研究", "王", "王"),
        ("Методы глубокого обучения для сегментации медицинских изображений", "МЕТОДЫ ГЛУБОКОГО ОБУЧЕНИЯ ДЛЯ СЕГМЕНТАЦИИ МЕДИЦИНСКИХ ИЗОБРАЖЕНИЙ", "Иванов", "Иванов"),
        ("طرق التعلم العميق لتجزئة الصور الطبية", "طرق التعلم العميق لتجزئة الصور الطبية.", "أحمد", "أحمد"),
    ])
    func nonLatinTitlesMatchEachOther(a: String, b: String, familyA: String, familyB: String) {
        let x = Record(title: a, authors: [Person(family: familyA)], issued: PartialDate(year: 2020))
        let y = Record(title: b, authors: [Person(family: familyB)], issued: PartialDate(year: 2020))
        #expect(matcher.decide(x, y).outcome == .same)
        #expect(!Set(matcher.blockKeys(for: x)).isDisjoint(with: matcher.blockKeys(for: y)))
    }

    @Test func diacriticsAndEntitiesFold() {
        #expect(TextFolding.words("Barbar&#225; Imieli&#324;ski") == ["barbara", "imielinski"])
        #expect(TextFolding.words("Ångström’s Ćwierć") == ["angstroms", "cwierc"])
    }

    @Test func invalidJSONIsReportedWithItsLine() throws {
        var lines = (1...12_344).map { #"{"id": "r\#($0)", "title": "Title \#($0)"}"# }
        lines.append(#"{"id": "broken", "title": "#)
        let error = #expect(throws: DedupRecords.LineError.self) { try DedupRecords.parse(Data(lines.joined(separator: "\n").utf8)) }
        #expect(error?.line == 12_345)
        #expect(error?.description.hasPrefix("line 12345:") == true)
    }

    @Test func emptyFileGivesNoClusters() throws {
        let parsed = try DedupRecords.parse(Data())
        #expect(parsed.records.isEmpty)
        #expect(BatchDedup.run(parsed.records).clusters.isEmpty)
    }

    @Test func repeatedIdIsKeptOnceAndReported() throws {
        let text = #"{"id": "a", "title": "First"}"# + "\n" + #"{"id": "a", "title": "Second"}"#
        let parsed = try DedupRecords.parse(Data(text.utf8))
        #expect(parsed.records.count == 1)
        #expect(parsed.duplicateIds == ["a"])
    }
}
