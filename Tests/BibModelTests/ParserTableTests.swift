import Testing
@testable import BibModel

/// The shared parsers for dates, names and DOIs, as tables of printed forms.
@Suite struct ParserTableTests {
    @Test(arguments: [
        ("2023 May 12", "2023-05-12"), ("14 Apr 2023", "2023-04-14"), ("Apr 22, 2019", "2019-04-22"),
        ("2023-05-12", "2023-05-12"), ("2023/05/12", "2023-05-12"), ("May 2023", "2023-05"), ("2023", "2023"),
        ("Published - 1 Jun 2023", "2023-06-01"), ("2023 May 12;20(1):66", "2023-05-12"),
        ("2002 Sep", "2002-09"), ("2020 Spring", "2020"), ("13/04/2021", "2021-04-13"), ("September 3, 2021", "2021-09-03"),
    ])
    func dates(_ c: (String, String)) {
        #expect(PartialDate.parse(c.0)?.description == c.1)
    }

    @Test(arguments: ["", "no date here", "page 66", "05/04/21"])
    func notDates(_ s: String) {
        #expect(PartialDate.parse(s) == nil)
    }

    @Test(arguments: [
        ("Riley, Fleur [1 ]", NameOrder.auto, "Riley", "Fleur"),
        ("Riley Fleur1", .familyFirst, "Riley", "Fleur"),
        ("Fleur Riley 1", .givenFirst, "Riley", "Fleur"),
        ("Moore, Helen J.", .auto, "Moore", "Helen J."),
        ("Hannah Louise Poulter", .givenFirst, "Poulter", "Hannah Louise"),
        ("Poulter HL", .auto, "Poulter", "HL"),
        ("J. A. Smith", .auto, "Smith", "J. A."),
    ])
    func names(_ c: (String, NameOrder, String, String)) {
        let p = Person.parse(c.0, order: c.1)
        #expect(p?.family == c.2)
        #expect(p?.given == c.3)
    }

    /// A list connector left on a name cut from its list is dropped; an initial that reads like one is not.
    @Test func aTrailingListConnectorIsNoPartOfTheName() {
        #expect(Person.parse("Jean Paul Malrieu and")?.family == "Malrieu")
        #expect(Person.parse("Jean Paul  Malrieu,*,\u{2021} and")?.family == "Malrieu")
        #expect(Person.parse("and Daniel Maynau")?.family == "Maynau")
        #expect(Person.parse("Bo Chen &")?.family == "Chen")
        #expect(Person.parse("Huang Y")?.family == "Huang")
    }

    @Test func particlesAndEtAl() {
        let p = Person.parse("Jean-Luc van der Berg", order: .givenFirst)
        #expect(p?.family == "Berg" && p?.particle == "van der" && p?.given == "Jean-Luc")
        #expect(Person.parse("et al.") == nil)
        #expect(Person.parse("Fleur Riley et al.")?.family == "Riley")
    }

    @Test(arguments: [
        ("Youssef El Amrani", "El Amrani", "Youssef"),
        ("Omar Abu Salem", "Abu Salem", "Omar"),
        ("Riley Fleur1", "Riley", "Fleur"),
        ("Poulter, Hannah Louise [3 ]", "Poulter", "Hannah Louise"),
        ("Geraets, D T", "Geraets", "D T"),
        ("Smith JA", "Smith", "JA"),
        ("Al Gore", "Gore", "Al"),
    ])
    func namesInTheOrdersSourcesUse(_ c: (String, String, String)) {
        let order: NameOrder = c.0 == "Riley Fleur1" ? .familyFirst : .auto
        let p = Person.parse(c.0, order: order)
        #expect(p?.family == c.1 && p?.given == c.2, "\(c.0) → \(String(describing: p))")
    }

    @Test(arguments: [
        ("doi: 10.1186/s12954-023-00785-y.", "10.1186/s12954-023-00785-y"),
        ("https://doi.org/10.1016/J.DRUGPO.2023.104025", "10.1016/j.drugpo.2023.104025"),
        ("(see 10.1000/abc(1)2)", "10.1000/abc(1)2"),
        ("10.1002/%28SICI%291097-4636", "10.1002/(sici)1097-4636"),
    ])
    func dois(_ c: (String, String)) {
        #expect(DOI.parse(c.0) == c.1)
    }

    @Test func doiFindsEachOnce() {
        #expect(DOI.find(in: "10.1/x is short; 10.1186/A and doi:10.1186/a again") == ["10.1186/a"])
    }
}
