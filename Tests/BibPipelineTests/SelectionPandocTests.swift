@testable import BibPipeline
import Testing

/// Pandoc citation syntax, one snippet per rule. Every expectation was checked against `pandoc -t json`
/// (pandoc 2.17), collecting the `citationId`s of its `Cite` elements, except where a case's name says bibd differs.
struct SelectionPandocTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var markdown: String
        var keys: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "bracketed list with prefix and locator",
             markdown: "Blah [see @doe99, pp. 33-35; also @smith04, chap. 1].", keys: ["doe99", "smith04"]),
        Case(name: "suppressed author", markdown: "Smith says blah [-@smith04].", keys: ["smith04"]),
        Case(name: "in-text with locator", markdown: "@smith04 [p. 33] says blah.", keys: ["smith04"]),
        Case(name: "trailing full stop and apostrophe are not in the key",
             markdown: "As shown by @c5. And @c4's view.", keys: ["c5", "c4"]),
        Case(name: "internal punctuation stays in the key",
             markdown: "See @e1:2.3#4$5%6&7-8+9?1<2>3~4/5 here.", keys: ["e1:2.3#4$5%6&7-8+9?1<2>3~4/5"]),
        Case(name: "doubled punctuation ends the key, except slashes",
             markdown: "@e2-- and @e3// and @e4://x", keys: ["e2", "e3/", "e4://x"]),
        Case(name: "braced key takes any characters but white space",
             markdown: "@{https://ex.com/b?n=f&d=2000} and @{a b} and @{i9}",
             keys: ["https://ex.com/b?n=f&d=2000", "i9"]),
        Case(name: "keys may start with a digit or underscore and hold non-ASCII letters",
             markdown: "@_h5 @9h6 @Ä7 @i3_", keys: ["_h5", "9h6", "Ä7", "i3_"]),
        Case(name: "e-mail addresses are not citations",
             markdown: "Write to name@example.com, first.last@example.org or <jo@x.org>.", keys: []),
        Case(name: "an @ glued to a word or a dotted word is not a citation, after other punctuation it is",
             markdown: "e.g.@k6 1@k8 Ω@k9 x_@k11 /@k2 (@d8) \"@d9\" x-@d11", keys: ["k11", "k2", "d8", "d9", "d11"]),
        Case(name: "code spans hide citations; an unclosed backtick does not",
             markdown: "Code `@f1` and ``a `@f2` b`` and `unclosed @f3.", keys: ["f3"]),
        Case(name: "escaped backticks and an escaped @",
             markdown: "\\`@k13\\` and \\@h4", keys: ["k13"]),
        Case(name: "link destinations and autolinks are not read, link text is",
             markdown: "[@g1](http://x.com/@g2) <https://medium.com/@g3> [link @g5](u) ![img @g6](i.png)",
             keys: ["g1", "g5", "g6"]),
        Case(name: "a bare URL is read as text, as Pandoc does", markdown: "https://medium.com/@g4", keys: ["g4"]),
        Case(name: "HTML comments, tag attributes, TeX math and raw TeX hide citations",
             markdown: "<!-- @h1 --> <span title=\"@h2\">@h8</span> $a@h3$ $$x@y$$ \\emph{see @h6} @h7",
             keys: ["h8", "h7"]),
        Case(name: "a dollar price is not math", markdown: "It cost $5 per @price1 and $10 more.", keys: ["price1"]),
        Case(name: "@* in the body is no citation", markdown: "All of them [@*] and @a1.", keys: ["a1"]),
        Case(name: "fenced code blocks, backticks and tildes",
             markdown: "Text @a1.\n\n```python\n@decorator\n```\n\n~~~~\n@tilde\n```\n@still_code\n~~~~\n\n@b2",
             keys: ["a1", "b2"]),
        Case(name: "a fence interrupts a paragraph",
             markdown: "Text @a1\n```\n@fenced\n```\n", keys: ["a1"]),
        Case(name: "indented code after a blank line, but not a paragraph's indented continuation",
             markdown: "Text @a1\n    @continued\n\n    @code_block\n\n@b2", keys: ["a1", "continued", "b2"]),
        Case(name: "list item paragraphs are read, code inside list items is not",
             markdown: "- item @a1\n\n    more of the item @b2\n\n- item\n\n      @list_code\n\nAfter @c3",
             keys: ["a1", "b2", "c3"]),
        Case(name: "link reference definitions are not read",
             markdown: "Text @a1.\n\n[ref]: http://x.com/@refdef\n\n@b2", keys: ["a1", "b2"]),
        Case(name: "repeated keys are kept once, in first-cited order",
             markdown: "[@b; @a] then @b again and [@c; @a].", keys: ["b", "a", "c"]),
        Case(name: "Windows line endings", markdown: "Text @a1.\r\n\r\n```\r\n@code\r\n```\r\n\r\n@b2\r\n",
             keys: ["a1", "b2"]),
    ]

    @Test(arguments: cases)
    func body(_ c: Case) {
        #expect(PandocCitations.selection(c.markdown) == .keys(c.keys))
    }

    struct MetadataCase: Sendable, CustomTestStringConvertible {
        var name: String
        var markdown: String
        var selection: Selection
        var testDescription: String { name }
    }

    static let metadataCases: [MetadataCase] = [
        MetadataCase(name: "nocite @* means all", markdown: "---\nnocite: '@*'\n---\n\nText [@a].", selection: .all),
        MetadataCase(name: "nocite block scalar", markdown: "---\nnocite: |\n  @n1, @n2\n  @n3\n---\n\n[@a]",
                     selection: .keys(["n1", "n2", "n3", "a"])),
        MetadataCase(name: "nocite list", markdown: "---\nnocite: [ '@a', '@b' ]\n---\n\nx", selection: .keys(["a", "b"])),
        MetadataCase(name: "string fields are Markdown, fields ending in _ are not read; (bibd) nor are references",
                     markdown: """
                     ---
                     title: On @m1 and things
                     abstract: |
                       As @m2 shows [@m3].
                     notes_: "@m4"
                     references:
                     - id: m5
                       title: About @m6
                     author:
                       - name: Ada
                         email: ada@example.org
                     ---

                     Body @b1.
                     """, selection: .keys(["m1", "m2", "m3", "b1"])),
        MetadataCase(name: "a metadata block later in the document, closed by dots",
                     markdown: "Text @a.\n\n---\nnocite: \"@n4\"\n...\n", selection: .keys(["n4", "a"])),
        MetadataCase(name: "--- under a line is a heading rule, not metadata",
                     markdown: "A\n---\nnocite: '@z'\n---\n\nx", selection: .keys(["z"])),
        MetadataCase(name: "(bibd) a YAML block that is not a mapping is read as text; Pandoc refuses the file",
                     markdown: "---\n- @x\n---\n\n@y", selection: .keys(["x", "y"])),
    ]

    @Test(arguments: metadataCases)
    func metadata(_ c: MetadataCase) {
        #expect(PandocCitations.selection(c.markdown) == c.selection)
    }
}
