@testable import BibStore
import BibModel
import Foundation
import Testing

/// The hand-written stored JSON (`StoredJSON`) against `JSONEncoder` with sorted keys, the encoding it stands in for:
/// the same bytes for every field, every escape and absent optionals; values it does not vouch for go to the encoder.
@Suite struct StoredJSONTests {
    /// Text with every character class the escaping distinguishes: quotes, backslash, slash, each control character
    /// but NUL, DEL, accents, combining marks, CJK and an emoji.
    static let awkward = "a \"quoted\" back\\slash a/b " + (1...0x1F).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + "\u{7F} Müller e\u{301} 東京 🧪 </script>"

    static func person(_ k: Int) -> Person {
        Person(family: k % 2 == 0 ? "Müller\(k)" : nil, given: k % 3 == 0 ? nil : "Anna/\(k)", particle: k % 4 == 0 ? "van" : nil,
               suffix: k % 5 == 0 ? "Jr." : nil, literal: k % 7 == 0 ? awkward : nil, affiliations: k % 2 == 0 ? [] : ["Uni \(k)", awkward])
    }

    static func record(_ k: Int, full: Bool) -> Record {
        func maybe(_ s: String) -> String? { full || (k + s.count) % 3 != 0 ? s : nil }
        return Record(
            type: full || k % 2 == 0 ? WorkType.allCases[k % WorkType.allCases.count] : nil, title: maybe("Title \(k) " + awkward),
            authors: (0..<(full ? 3 : k % 4)).map { person(k + $0) }, authorsTruncated: k % 2 == 1,
            containerTitle: maybe("Journal / \(k)"), containerTitleShort: maybe("J. \(k)"), publisher: maybe("Pub\n\(k)"),
            issued: full || k % 3 == 0 ? PartialDate(year: 1990 + k, month: k % 13 == 0 ? nil : k % 12 + 1, day: k % 5 == 0 ? nil : k % 28 + 1) : nil,
            availableOnline: full || k % 4 == 0 ? PartialDate(year: 2020, month: 2) : nil, volume: maybe("\(k)"), issue: maybe("\(k % 7)"),
            page: maybe("\(k)–\(k + 9)"), number: maybe("e\(k)"), doi: maybe("10.1000/x.\(k)"), pmid: maybe("\(100_000 + k)"),
            pmcid: maybe("PMC\(k)"), arxiv: maybe("2101.\(k)"), issn: full || k % 2 == 0 ? ["1234-5678", "8765-4321"] : [],
            abstract: maybe("Abstract\t\(k)\r\n" + awkward), keywords: full || k % 3 == 1 ? ["one", "two/three", awkward] : [],
            language: maybe("en"), url: maybe("https://example.org/\(k)?a=1&b=2"),
            evidence: full || k % 2 == 0 ? ["DOI": "meta:citation_doi", "arXiv": "atom:id", "container-title": "meta/x", "abstract": awkward, "URL": "u"] : [:],
            source: full || k % 3 != 2 ? SourceRef(file: "file \(k).bib", sha256: "abc\(k)", extractor: "bibtex",
                                                   position: k % 2 == 0 ? k : nil, line: k % 3 == 0 ? k * 10 : nil) : nil)
    }

    static func work(_ k: Int, full: Bool) -> Work {
        let r = record(k, full: full)
        return Work(id: "w-\(k)", citekey: full || k % 2 == 0 ? "key\(k)" : nil, record: r, sources: [r.source].compactMap { $0 } + [SourceRef(file: "b", sha256: "s", extractor: "ris")],
                    provenance: full || k % 3 != 0 ? ["title": [Provenance(file: "f/\(k)", sha256: "s", rule: "meta + merge:longest", position: k % 2 == 0 ? k : nil)],
                                                      "DOI": [], "container-title": [Provenance(file: awkward, sha256: "t", rule: "r")]] : [:],
                    relations: k % 2 == 0 ? [Relation(kind: .possibleDuplicateOf, target: "w-\(k + 1)"), Relation(kind: .possiblePreprintOf, target: "w/0")] : [],
                    aliases: k % 3 == 0 ? ["old\(k)", "older"] : [])
    }

    @Test func recordsAndWorksAreWrittenAsJSONEncoderWritesThem() throws {
        for k in 0..<300 {
            for full in [true, false] {
                let r = Self.record(k, full: full), w = Self.work(k, full: full)
                #expect(try StoredJSON.text(of: r) == StoreTransaction.encodeJSON(r), "record \(k) full \(full)")
                #expect(try StoredJSON.text(of: w) == StoreTransaction.encodeJSON(w), "work \(k) full \(full)")
            }
        }
        #expect(try StoredJSON.text(of: Record()) == StoreTransaction.encodeJSON(Record()))
    }

    @Test func valuesNotVouchedForAreLeftToTheEncoder() throws {
        var r = Self.record(1, full: true)
        r.title = "before\u{0}after"
        #expect(try StoredJSON.text(of: r) == StoreTransaction.encodeJSON(r))
        var writer = StoredJSON.Writer()
        #expect(throws: StoredJSON.NotVouchedFor.self) { try writer.record(r) }
        r = Self.record(2, full: true)
        r.evidence["field2"] = "x"
        #expect(try StoredJSON.text(of: r) == StoreTransaction.encodeJSON(r))
        #expect(throws: StoredJSON.NotVouchedFor.self) { try writer.record(r) }
    }

    /// The writer names each field of these types: one added to the model must be added to `StoredJSON` too.
    @Test func everyFieldOfTheStoredTypesIsOneTheWriterKnows() {
        let r = Self.record(0, full: true)
        let counts = [
            Mirror(reflecting: r).children.count, Mirror(reflecting: Self.work(0, full: true)).children.count,
            Mirror(reflecting: Person()).children.count, Mirror(reflecting: PartialDate(year: 2000)).children.count,
            Mirror(reflecting: r.source!).children.count, Mirror(reflecting: Provenance(file: "", sha256: "", rule: "")).children.count,
            Mirror(reflecting: Relation(kind: .possibleDuplicateOf, target: "")).children.count,
        ]
        #expect(counts == [24, 7, 6, 3, 5, 4, 2])
    }
}
