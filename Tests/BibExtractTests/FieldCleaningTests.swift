import Testing
@testable import BibExtract

/// Record-file values are cleaned on their bytes exactly as `TextCleaner` cleans them.
@Suite struct FieldCleaningTests {
    static let values: [String] = [
        "", "   ", "Plain title", "  two  spaces\tand\nbreaks ", "no\u{A0}break\u{2009}thin", "zero\u{200B}width",
        "&amp;lt;i&amp;gt;double&amp;lt;/i&amp;gt;", "a <i>b</i> c", "x < y and y > z", "<b>é</b> and é<sup>2</sup>",
        "</\u{301}x>", "<\u{301}i>x", "<i>\u{301}x", "&amp;\u{301}", "line\u{2028}sep", "C1\u{85}control",
        "<a" + String(repeating: "x", count: 398) + ">y", "<a" + String(repeating: "x", count: 399) + ">y",
        "<a" + String(repeating: "x", count: 400) + ">y", "<a" + String(repeating: "\r\n", count: 399) + ">y",
        "<a" + String(repeating: "\r\n", count: 400) + ">y", "<a" + String(repeating: "x", count: 397) + "é>y",
        "<a" + String(repeating: "x", count: 410) + "é>y", "&lt;p&gt;HTML in an &quot;abstract&quot;&lt;/p&gt;",
    ]

    @Test(arguments: values) func byteCleaningGivesWhatTextCleanerGives(_ value: String) {
        #expect(FieldCleaning.clean(value) == TextCleaner.clean(value))
    }

    @Test func tagsAreCutWithinReachAndKeptBeyondIt() {
        #expect(FieldCleaning.clean("a <i>b</i> c") == "a b c")
        let far = "<a" + String(repeating: "x", count: FieldCleaning.tagReach) + ">y"
        #expect(FieldCleaning.clean(far) == far)
    }
}
