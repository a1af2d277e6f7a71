import BibModel
import BibParse
import Testing
@testable import BibExtract

/// The header of a text dump around its title: a breadcrumb as wide as the wrap is not continued by the title, a
/// dialog's button is no sole author, and an issue date printed before the title is no part of it in either reading.
@Suite struct DumpHeaderTests {
    @Test func aBreadcrumbAsWideAsTheWrapIsNotContinuedByTheTitle() {
        let crumb = "Home > Journals > Adv. Tidal Studies > Volume 19 > Issue 3/4 > Article and Notes"
        #expect(crumb.count == HardWrap.width)
        #expect(HardWrap.isBreadcrumb(crumb))
        #expect(!HardWrap.isBroken(crumb, before: "March/April 2014 An analysis of slow tides"))
        #expect(!HardWrap.isBreadcrumb("We assume x > 0 for every tide we sampled over the four seasons of the survey"))
    }

    @Test func aDialogsButtonIsNoSoleAuthor() {
        #expect(TextByline.clean("Create New Folder") == nil)
        #expect(TextByline.clean("Maria Olsen") == "Maria Olsen")
    }

    @Test func anIssueDatePrintedBeforeTheTitleIsDroppedByTheLabelledReading() throws {
        let lines = ["Home", "March/April 2014 An analysis of slow tides in enclosed coastal basins",
                     "Maria Olsen, Pedro Duarte", "Abstract",
                     "We review how wind forcing and slow tidal exchange together set the residence time of water in enclosed basins, and what that means for their ecology and for the fisheries they feed."]
        let reading = try #require(ArticleTextReading(lines))
        #expect(reading.record.title == "An analysis of slow tides in enclosed coastal basins")
    }
}
