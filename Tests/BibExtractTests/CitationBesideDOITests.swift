import BibModel
import Testing
@testable import BibExtract

/// The article's own citation line, read where the page prints it: beside its own DOI.
struct CitationBesideDOITests {
    @Test func aCitationLineAboveTheDOILineGivesTheVenue() throws {
        let lines = ["Journal home About Browse articles", "Marine Ecology Letters 311: 45-60 (3 Mar 2019)",
                     "doi: 10.5555/mel.311.4560", "", "Contents"]
        let v = try #require(CitationBesideDOI.venue(in: lines, doi: "10.5555/mel.311.4560"))
        #expect(v.journal == "Marine Ecology Letters" && v.volume == "311" && v.pages == "45-60")
    }

    @Test func aCitationBeforeTheDOIOnOneLineGivesTheVenueAndYear() throws {
        let lines = ["Coastal Systems Biology 2014, 14:70  doi:10.5555/csb-14-70"]
        let v = try #require(CitationBesideDOI.venue(in: lines, doi: "10.5555/csb-14-70"))
        #expect(v.journal == "Coastal Systems Biology" && v.volume == "14" && v.pages == "70" && v.date?.year == 2014)
    }

    @Test func aReferenceOrRunningTextIsNoOwnCitation() {
        // Another work's citation with another DOI; running text above the own DOI.
        let lines = ["Smith J (2010) Tides. Ocean Letters 12: 1-9. doi: 10.5555/other.1",
                     "We sampled 40 sites in 2019 and found 12: most were dry",
                     "DOI: 10.5555/own.2"]
        #expect(CitationBesideDOI.venue(in: lines, doi: "10.5555/own.2") == nil)
    }

    @Test func aGenericTextPageWithOnlyItsDOIAndCitationLineIsGivenItsVenue() throws {
        let text = "Register | Login\nPolar Science Reports 470: 1-16 (12 Jan 2015)\ndoi: 10.5555/psr.470.8728\n\nContents\nReferences\n"
        let out = try SeedSupport.text(text)
        let r = try #require(out.records.first)
        #expect(out.extractor == "generic-text")
        #expect(r.containerTitle == "Polar Science Reports" && r.volume == "470" && r.page == "1-16")
    }
}
