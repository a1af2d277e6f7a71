import BibModel
import Testing
@testable import BibExport

/// The citekey formula language and the allocator.
@Suite struct CitekeyTests {
    @Test func defaultFormulaSkipsFunctionWords() {
        #expect(CitekeyFormula.standard.base(for: Support.riley()) == "riley2023hardcore")
    }

    @Test func keysAreASCIIFolded() {
        var r = Support.riley()
        r.authors = [Person(family: "Dürsteler", given: "Jörg")]
        r.title = "Über die Łódź Straße"
        #expect(CitekeyFormula.standard.base(for: r) == "dursteler2023uber")
        r.authors = [Person(family: "Doorn", given: "Leen", particle: "van")]
        #expect(CitekeyFormula.standard.base(for: r).hasPrefix("doorn2023"))
    }

    @Test func noYearMeansNoYearPart() {
        var r = Support.riley()
        r.issued = nil
        #expect(CitekeyFormula.standard.base(for: r) == "rileyhardcore")
        r.issued = PartialDate(year: 20233)
        #expect(CitekeyFormula.standard.base(for: r) == "rileyhardcore")
    }

    @Test func namesWithoutAnASCIISpellingFallBack() {
        var r = Support.riley()
        r.authors = [Person(family: "张", given: "伟")]
        #expect(CitekeyFormula.standard.base(for: r) == "hardcore2023")
        r.title = "深度学习"
        #expect(CitekeyFormula.standard.base(for: r) == "anon2023")
        #expect(CitekeyFormula.standard.base(for: Record()) == "anon")
    }

    @Test func customFormulasAndFilters() throws {
        let f = try CitekeyFormula(parsing: #"authors(2).lower + "_" + year + shorttitle(2).capitalize.prefix(6)"#)
        #expect(f.base(for: Support.riley()) == "rileysmith_2023Hardco")
        let journal = try CitekeyFormula(parsing: "journal.upper + year")
        #expect(journal.base(for: Support.riley()) == "BMCPUBLICHEALTH2023")
    }

    @Test(arguments: [
        ("auth + nope", "citekey formula, at character 7: unknown function \"nope\""),
        ("auth.shout", "citekey formula, at character 5: unknown filter \"shout\""),
        ("\"abc", "citekey formula, at character 4: unterminated string"),
        ("shorttitle(0)", "citekey formula, at character 0: bad arguments for \"shorttitle\""),
        ("auth +", "citekey formula, at character 6: expected a name"),
        ("auth year", "citekey formula, at character 5: unexpected \"y\""),
        ("\"a b\"", "citekey formula, at character 5: a literal may hold only ASCII letters, digits and - _ : ."),
    ])
    func badFormulasAreRejectedWithAPosition(source: String, message: String) {
        #expect(throws: CitekeyFormulaError.self) { try CitekeyFormula(parsing: source) }
        do { _ = try CitekeyFormula(parsing: source) } catch { #expect((error as? CitekeyFormulaError)?.description == message) }
    }

    @Test func allocatorAddsBetterBibTeXSuffixes() {
        var allocator = CitekeyAllocator(taken: ["riley2023hardcore"])
        #expect(allocator.allocate("riley2023hardcore") == "riley2023hardcorea")
        #expect(allocator.allocate("riley2023hardcore") == "riley2023hardcoreb")
        #expect(allocator.allocate("other") == "other")
        #expect(CitekeyAllocator.suffix(26) == "z")
        #expect(CitekeyAllocator.suffix(27) == "aa")
        #expect(CitekeyAllocator.suffix(28) == "ab")
    }

    @Test func manyWorksOfOneBaseGetEverySuffixInOrderAndSkipKeysTakenByOtherBases() {
        var allocator = CitekeyAllocator(taken: ["smith2020c"])
        #expect(allocator.allocate("smith2020a") == "smith2020a")
        let keys = (0..<3_000).map { _ in allocator.allocate("smith2020") }
        let expected = ["smith2020"] + (1...3_002).map { "smith2020" + CitekeyAllocator.suffix($0) }
            .filter { $0 != "smith2020a" && $0 != "smith2020c" }
        #expect(keys == Array(expected.prefix(3_000)))
        // "smith2020a" + "a" is "smith2020aa", issued above: the other base steps past the keys already taken.
        let next = allocator.allocate("smith2020a")
        #expect(next.hasPrefix("smith2020a") && !keys.contains(next) && next != "smith2020a")
    }

    @Test func exporterKeepsPinnedKeysAndAllocatesTheRest() {
        let works = [
            Support.work("w-2", Support.riley()),
            Support.work("w-1", key: "riley2023hardcore", Support.riley()),
            Support.work("w-3", key: "bad key{}", Support.riley()),
        ]
        let keys = Exporter.citekeys(for: works)
        #expect(keys == ["w-1": "riley2023hardcore", "w-3": "badkey", "w-2": "riley2023hardcorea"])
    }
}
