import BibModel
import Testing
@testable import BibNormalize

/// Abstracts: heading word removed, copyright dropped, structured forms rewritten to "Label: text" lines.
@Suite struct AbstractNormalizationTests {
    static let canonical = "Background: Heroin is used.\nMethods: We asked people.\nResults: They answered."

    @Test(arguments: [
        // Glued labels (Chinese mirrors of Web of Science records).
        "BackgroundHeroin is used.MethodsWe asked people.ResultsThey answered.",
        // Inline labels after the heading word (Crossref mirrors).
        "Abstract Background Heroin is used. Methods We asked people. Results They answered.",
        // Colon labels on separate lines (PubMed).
        "Background: Heroin is used.\nMethods: We asked people.\nResults: They answered.",
        // Upper-case labels with colons in one paragraph.
        "ABSTRACT: BACKGROUND: Heroin is used. METHODS: We asked people. RESULTS: They answered.",
        // Glued heading and label, with markup left over.
        "<p>AbstractBackground: Heroin is used.</p> <p>Methods: We asked people.</p>\n<p>Results: They answered.</p>",
    ])
    func structuredFormsBecomeOneCanonicalForm(_ raw: String) {
        #expect(Abstracts.abstract(raw) == Self.canonical)
    }

    @Test(arguments: [
        ("Abstract: The study looks at heroin.", "The study looks at heroin."),
        ("Summary The study looks at heroin.", "The study looks at heroin."),
        ("Abstract art is studied here.", "Abstract art is studied here."),
        ("Background noise was measured. Results were noisy.", "Background noise was measured. Results were noisy."),
        ("We studied heroin.\n© 2019 Elsevier Ltd. All rights reserved.", "We studied heroin."),
        ("We studied heroin. Copyright © 2020 The Authors.", "We studied heroin."),
        ("Effects on p &lt; 0.05 groups &amp; others.", "Effects on p < 0.05 groups & others."),
        ("Abstract", nil),
        ("   ", nil),
    ] as [(String, String?)])
    func headingsCopyrightAndEntities(_ c: (String, String?)) {
        #expect(Abstracts.abstract(c.0) == c.1)
    }

    @Test func unlabelledParagraphsStayParagraphs() {
        #expect(Abstracts.abstract("First  paragraph.\n\n  Second paragraph.") == "First paragraph.\nSecond paragraph.")
    }

    @Test func aSingleLabelWordInsideProseIsNotASection() {
        let text = "We report a trial. Methods We used were standard and Results are given below."
        #expect(Abstracts.abstract(text) == text)
    }

    /// Labels are found at Character boundaries as a reader sees them: a mark joined to the character before it
    /// (a Prepend character takes the full stop) ends no sentence; a CR LF is a line break.
    @Test func labelBoundariesFollowCharacters() {
        #expect(StructuredAbstract.find(in: "Background: A\u{600}.Methods: B").map(\.name) == ["Background"])
        #expect(StructuredAbstract.find(in: "Background: x\u{D4E}?Results: y").map(\.name) == ["Background"])
        #expect(StructuredAbstract.find(in: "Background: A.\u{301}Methods: B").map(\.name) == ["Background"])
        #expect(StructuredAbstract.find(in: "Background: A é.Methods: B").map(\.name) == ["Background", "Methods"])
        #expect(StructuredAbstract.find(in: "Background: A\r\nMethods: B").map(\.name) == ["Background"])
        #expect(StructuredAbstract.find(in: "Background: A\nMethods: B").map(\.name) == ["Background", "Methods"])
    }
}
