import BibModel
import Foundation
import Testing
@testable import BibExport

/// CSL-JSON shape, canonical JSON and byte-for-byte determinism.
@Suite struct CSLAndDeterminismTests {
    @Test func cslItemHasIdTypeDatePartsAndBareValues() throws {
        var r = Support.riley()
        r.doi = "https://doi.org/10.1186/S12889-023-15432-1."
        r.keywords = ["exercise", "qualitative research"]
        r.arxiv = "2301.01234"
        let item = CSLJSON.item(for: r, id: "riley2023hardcore")
        let text = item.serialized(pretty: false)
        #expect(text.hasPrefix(#"{"DOI":"10.1186/s12889-023-15432-1","#))
        #expect(text.contains(#""id":"riley2023hardcore""#))
        #expect(text.contains(#""issued":{"date-parts":[[2023,5,12]]}"#))
        #expect(text.contains(#""keyword":"exercise, qualitative research""#))
        #expect(text.contains(#""custom":{"arxiv":"2301.01234"}"#))
        #expect(text.contains(#""page":"615-621""#))
    }

    @Test func implausibleYearIsDroppedNotGuessed() {
        var r = Support.riley()
        r.issued = PartialDate(year: 20233)
        let text = CSLJSON.item(for: r, id: "k").serialized(pretty: false)
        #expect(!text.contains("issued"))
        #expect(RecordSanitizer.sanitize(r).notes == ["issued year 20233 is not plausible; dropped"])
    }

    @Test func doiWithSpacesIsCleanedOrDropped() {
        var r = Support.riley()
        r.doi = "10.1000/ abc 123."
        #expect(RecordSanitizer.sanitize(r).record.doi == "10.1000/abc123")
        r.doi = "not a doi"
        #expect(RecordSanitizer.sanitize(r).record.doi == nil)
    }

    @Test func jsonStringsEscapeQuotesAndControls() {
        #expect(JSONValue.string("a\"b\\c\n\u{1}é").serialized() == #""a\"b\\c\n\u0001é""#)
        #expect(CSLJSON.serialize([]) == "[]\n")
    }

    @Test func canonicalJSONNamesRelationTargetsByCitekey() throws {
        let works = try Support.loadHostile()
        let data = Data(Exporter.render(works, as: .json).utf8)
        let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let preprint = try #require(list.first { $0["id"] as? String == "w-emoji-rtl" })
        let relations = try #require(preprint["relations"] as? [[String: String]])
        #expect(relations == [["kind": "possible preprint of", "target": "dursteler2023unbalanced"]])
        let hostile = try #require(list.first { $0["id"] as? String == "w-hostile-title" })
        let provenance = try #require(hostile["provenance"] as? [String: [String]])
        #expect(provenance["DOI"] == ["hostile-a.html", "hostile-b.txt"])
        #expect(Set(hostile.keys) == ["id", "citekey", "csl", "sources", "provenance", "provenance_rules", "relations"])
    }

    @Test(arguments: ExportFormat.allCases)
    func outputIsDeterministicAndSortedByCitekey(format: ExportFormat) throws {
        let works = try Support.loadHostile()
        let once = Exporter.render(works, as: format)
        #expect(Exporter.render(works.reversed(), as: format) == once)
        #expect(Exporter.render(works.shuffled(), as: format) == once)
        // The file is the concatenation of per-entry renderings (so the caller can cache entries).
        let keys = Exporter.citekeys(for: works)
        let entries = works.sorted { keys[$0.id, default: ""] < keys[$1.id, default: ""] }
            .compactMap { Exporter.renderEntry($0, citekey: keys[$0.id, default: ""], as: format, citekeysByID: keys).text }
        #expect(Exporter.assemble(entries, as: format) == once)
    }

    @Test func cslIDsFollowCitekeyOrder() throws {
        let works = try Support.loadHostile()
        let csl = try #require(try JSONSerialization.jsonObject(with: Data(Exporter.render(works, as: .cslJSON).utf8)) as? [[String: Any]])
        let ids = csl.compactMap { $0["id"] as? String }
        #expect(ids == ["anon2021", "dursteler2023unbalanced", "emoji2023", "fuente2020effects", "home", "muller2019uber"])
    }
}
