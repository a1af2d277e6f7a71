import BibModel
import Testing
@testable import BibMerge

/// Field-by-field merge: which value wins, why, and that the answer never depends on the order of the records.
@Suite struct MergerTests {
    func record(_ file: String, extractor: String, _ build: (inout Record) -> Void) -> Record {
        var r = Record(source: SourceRef(file: file, sha256: "sha-" + file, extractor: extractor))
        build(&r)
        return r
    }

    var truncated: Record {
        record("pubmed.txt", extractor: "pubmed-text") {
            $0.title = "A study"
            $0.authors = [Person(family: "Riley", given: "F")]
            $0.authorsTruncated = true
            $0.doi = "10.1/x"
            $0.issued = PartialDate(year: 2023, month: 5, day: 12)
            $0.keywords = ["Recovery"]
        }
    }

    var full: Record {
        record("mirror.txt", extractor: "cn-label-text") {
            $0.title = "A study"
            $0.authors = [Person(family: "Riley", given: "Fleur"), Person(family: "Moore", given: "Helen J.")]
            $0.doi = "10.1/x"
            $0.issued = PartialDate(year: 2023)
            $0.keywords = ["RECOVERY", "Harm reduction"]
        }
    }

    @Test func completeAuthorListBeatsTruncatedAndPreciseDateWins() {
        let (r, prov) = Merger().merge([truncated, full])
        #expect(r.authors.map(\.family) == ["Riley", "Moore"])
        #expect(r.authors.map(\.given) == ["Fleur", "Helen J."])
        #expect(!r.authorsTruncated)
        #expect(r.issued == PartialDate(year: 2023, month: 5, day: 12))
        #expect(r.keywords == ["Recovery", "Harm reduction"])
        #expect(prov["author"]?.first?.file == "mirror.txt")
        #expect(prov["issued"]?.first?.file == "pubmed.txt")
        #expect(prov["issued"]?.first?.rule.contains("merge:most-precise-date") == true)
    }

    @Test func aFullerGivenNameReplacesAnInitialOnlyWhenCompatible() {
        let a = record("a", extractor: "embedded-metadata") { $0.authors = [Person(family: "Poulter", given: "H")] }
        let b = record("b", extractor: "pure-text") { $0.authors = [Person(family: "Poulter", given: "Hannah")] }
        let c = record("c", extractor: "pure-text") { $0.authors = [Person(family: "Poulter", given: "Louise")] }
        #expect(Merger().merge([a, b]).record.authors.first?.given == "Hannah")
        #expect(Merger().merge([a, c]).record.authors.first?.given == "H", "an initial that does not fit is kept")
    }

    @Test func trustOrderDecidesADisagreementNotArrivalOrder() {
        let site = record("site.html", extractor: "plos") { $0.volume = "14" }
        let dump = record("dump.txt", extractor: "generic-text") { $0.volume = "41" }
        #expect(Merger().merge([dump, site]).record.volume == "14")
        #expect(Merger().merge([site, dump]).record.volume == "14")
        let reversed = Merger(trust: TrustOrder(["generic-text", "*"]))
        #expect(reversed.merge([site, dump]).record.volume == "41")
    }

    @Test func theResultDoesNotDependOnOrder() {
        let x = Merger().merge([truncated, full])
        let y = Merger().merge([full, truncated])
        #expect(x.record == y.record)
        #expect(x.provenance == y.provenance)
    }
}
