import Testing
import BibModel
import BibParse
@testable import BibExtract

/// Pages written to make the general rules misfire (fixtures/adversarial, see NOTES.md there): each rule keeps
/// to what a careful reader finds, and states nothing the page does not.
struct AdversarialPageTests {
    @Test func aReferenceInGBTFormGivesNoVenue() throws {
        let r = try Fixtures.record("adversarial/cn_refs.html")
        #expect(r.containerTitle == "农业工程学报")
        #expect(r.volume == nil && r.issue == nil && r.page == nil && r.issued == nil)
    }

    @Test func historyDatesAndBylinesAreNoVenue() throws {
        let received = try Fixtures.record("adversarial/vol_received.txt")
        #expect(received.volume == "12" && received.issue == "3")
        #expect(received.issued == nil)
        let affiliation = try Fixtures.record("adversarial/vol_after_byline.txt")
        #expect(affiliation.containerTitle == nil)
        #expect(affiliation.volume == "12")
    }

    @Test func aVolumeInRunningTextIsNoCitation() throws {
        let r = try Fixtures.record("adversarial/preprint_caption.txt")
        #expect(r.volume == nil && r.containerTitle == nil && r.number == nil)
    }

    @Test func aNewsPostWithASummaryIsRefused() {
        #expect(throws: (any Error).self) { try Fixtures.record("adversarial/news.txt") }
    }

    /// Found by the text fuzz target: a Pure page whose stop line ("Cite this") stands above its "Research output:"
    /// line made the abstract's line range end before it began, and the reading trapped.
    @Test func aPureStopLineAboveTheOutputLineGivesNoAbstract() throws {
        let text = "Cite this\nA study of things in places\nResearch output: Contribution to journal › Article\nPublication status: Published\n"
        let page = try Page.load(bytes: Array(text.utf8))
        let records = try? PureTextExtractor().extract(page)
        #expect(records?.first?.abstract == nil)
    }

    @Test func namesKeepTheirFamilyNames() throws {
        #expect(try Fixtures.record("adversarial/caps_names.html").authorKeys == ["Smith, J", "Jones, M"])
        #expect(try Fixtures.record("adversarial/jp_names.html").authors.map(\.family) == ["山田太郎", "佐々木花子", "田中一郎"])
        #expect(try Fixtures.record("adversarial/cn_tabs.html").authors.isEmpty)
        #expect(try Fixtures.record("adversarial/semi_byline.html").authorKeys == ["Berg, A", "Meier, L", "Rossi, S"])
        #expect(try Fixtures.record("adversarial/byline_news.html").authorKeys == ["Doe, J"])
    }
}
