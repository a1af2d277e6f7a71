import BibModel
import Testing

/// The five seed files: extracted by the registry, normalized, and checked field by field against what
/// each file states (shared/gold/seeds.expected.json gives the merged values).
@Suite struct SeedExtractionTests {
    static let sections = ["Background", "Methods", "Results", "Conclusions"]
    static let foreignNames = ["Papadaki", "Perry", "Nahar", "Tompkins", "Lembke", "Public Health England", "Poulter HL"]

    func names(_ r: Record) -> [String] { r.authors.map { "\($0.family ?? "")/\($0.given ?? "")" } }

    func expectCleanAbstract(_ r: Record, starts: String, ends: String) {
        let a = r.abstract ?? ""
        #expect(!a.lowercased().hasPrefix("abstract"))
        #expect(a.hasSuffix(ends))
        let bare = a.hasPrefix("Background: ") ? String(a.dropFirst("Background: ".count)) : a
        #expect(bare.hasPrefix(starts))
        for label in Self.sections {
            // No label glued to the next word ("BackgroundHeroin", "MethodsWe").
            let glued = a.split(separator: " ").contains { w in
                w.hasPrefix(label) && w.count > label.count && w.dropFirst(label.count).first?.isLetter == true
            }
            #expect(!glued, "label \(label) glued in \(a.prefix(80))")
        }
    }

    func expectNoForeignAuthors(_ r: Record) {
        let all = r.authors.map { "\($0.family ?? "") \($0.given ?? "") \($0.literal ?? "")" }.joined(separator: "|")
        for bad in Self.foreignNames { #expect(!all.contains(bad), "foreign author \(bad)") }
    }

    @Test func pubmedTextDump() throws {
        let (extractor, records) = try SeedSupport.seed("000_63c7912f7065a3cd.txt")
        #expect(extractor == "pubmed-text")
        let r = try #require(records.first)
        #expect(records.count == 1)
        #expect(r.title == "'This is hardcore': a qualitative study exploring service users' experiences of Heroin-Assisted Treatment (HAT) in Middlesbrough, England")
        #expect(names(r) == ["Riley/Fleur"])
        #expect(r.authorsTruncated)
        #expect(r.doi == "10.1186/s12954-023-00785-y")
        #expect(r.containerTitleShort == "Harm Reduct J")
        #expect(r.containerTitle == nil)
        #expect(r.issued == PartialDate(year: 2023, month: 5, day: 12))
        #expect(r.volume == "20")
        #expect(r.issue == "1")
        #expect(r.number == "66")
        #expect(r.page == nil)
        #expect(r.type == .journalArticle)
        #expect(r.keywords == ["Harm reduction", "Heroin-Assisted Treatment", "Injectable opioid therapy",
                               "Opioid dependency", "People who inject drugs", "Recovery"])
        expectCleanAbstract(r, starts: "Heroin-Assisted Treatment (HAT) is well evidenced internationally",
                            ends: "inform advocacy and innovation for future HAT interventions in England.")
        #expect(r.abstract?.split(separator: "\n").map { $0.prefix { $0 != ":" } } == Self.sections.map { Substring($0) })
        #expect(!(r.abstract ?? "").contains("Daniel Ahmed (DA)"))
        #expect(r.evidence["issued"] == "pubmed-text:citation-line")
        #expect(r.evidence["author"] == "pubmed-text:byline")
        expectNoForeignAuthors(r)
    }

    @Test func bareAbstract() throws {
        let (extractor, records) = try SeedSupport.seed("001_c4bf06af173b09de.txt")
        #expect(extractor == "bare-abstract")
        let r = try #require(records.first)
        #expect(r.title == nil && r.type == nil && r.authors.isEmpty && r.doi == nil && r.issued == nil)
        #expect(r.abstract?.hasPrefix("Heroin Assisted Treatment (HAT) is an enhanced harm reduction programme") == true)
        #expect(r.abstract?.hasSuffix("psychological recovery from drug-related harms.") == true)
        #expect(r.abstract?.split(separator: "\n").count == 4)
        #expect(r.evidence == ["abstract": "bare-abstract:prose"])
    }

    @Test func chineseLabelledMirror() throws {
        let (extractor, records) = try SeedSupport.seed("002_252bdb2c5a968591.txt")
        #expect(extractor == "cn-label-text")
        let r = try #require(records.first)
        #expect(r.title == "'This is hardcore': a qualitative study exploring service users' experiences of Heroin-Assisted Treatment (HAT) in Middlesbrough, England")
        #expect(names(r) == ["Riley/Fleur", "Harris/Magdalena", "Poulter/Hannah Louise", "Moore/Helen J.",
                             "Ahmed/Daniel", "Towl/Graham", "Walker/Tammi"])
        #expect(!r.authorsTruncated)
        #expect(r.authors.first?.affiliations == ["Univ Durham, Dept Psychol, Durham DH1 3LE, England"])
        #expect(r.authors[2].affiliations.first?.hasPrefix("Teesside Univ") == true)
        #expect(r.doi == "10.1186/s12954-023-00785-y")
        #expect(r.issued == nil && r.volume == nil && r.page == nil)
        for k in ["Harm reduction", "Heroin-Assisted Treatment", "Injectable opioid therapy", "Opioid dependency",
                  "People who inject drugs", "Recovery", "METHADONE"] {
            #expect(r.keywords.contains(k), "keyword \(k)")
        }
        #expect(!r.keywords.contains("RECOVERY") && !r.keywords.contains("HARM-REDUCTION"))
        expectCleanAbstract(r, starts: "Heroin-Assisted Treatment (HAT) is well evidenced internationally",
                            ends: "inform advocacy and innovation for future HAT interventions in England.")
        #expect(r.abstract?.contains("UK context.\nMethods: We conducted") == true)
        #expect(r.evidence["author"] == "label:作者")
        expectNoForeignAuthors(r)
    }

    @Test func pureResearchPortal() throws {
        let (extractor, records) = try SeedSupport.seed("003_aabe84b3ad301a21.txt")
        #expect(extractor == "pure-text")
        let r = try #require(records.first)
        #expect(r.title == "More than just \u{2018}free heroin\u{2019}: Caring whilst navigating constraint in the delivery of diamorphine assisted treatment")
        #expect(names(r) == ["Poulter/Hannah", "Walker/Tammi", "Ahmed/Danny", "Moore/Helen", "Riley/Fleur",
                             "Towl/Graham", "Harris/Magdalena"])
        #expect(r.type == .journalArticle)
        #expect(r.containerTitle == "International Journal of Drug Policy")
        #expect(r.number == "104025")
        #expect(r.language == "English")
        #expect(r.issued == PartialDate(year: 2023, month: 6, day: 1))
        #expect(r.availableOnline == PartialDate(year: 2023, month: 4, day: 14))
        #expect(r.doi == nil && r.volume == nil && r.issue == nil)
        expectCleanAbstract(r, starts: "In 2020, drug related deaths in the United Kingdom (UK) reached the highest rate",
                            ends: "Findings will inform advocacy and innovation for future HAT interventions in England.")
        #expect(!(r.abstract ?? "").contains("Dive into"))
        #expect(r.evidence["issued"] == "pure-text:Publication status")
    }

    @Test func researchSquareMirror() throws {
        let (extractor, records) = try SeedSupport.seed("004_093d3b99ecc54b75.txt")
        #expect(extractor == "heading-label-text")
        let r = try #require(records.first)
        #expect(r.title == "\u{2018}I feel like I found myself again\u{2019} \u{2013} Rethinking \u{2018}recovery\u{2019} in a qualitative exploration of Heroin Assisted Treatment (HAT) service users\u{2019} experiences")
        #expect(names(r) == ["Riley/Fleur", "Harris/Magdalena", "Ahmed/Danny", "Moore/Helen", "Poulter/Louise",
                             "Towl/Graham", "Walker/Tammi"])
        #expect(r.authors.first?.affiliations == ["Durham University"])
        #expect(r.authors[3].affiliations == ["Teesside University"])
        #expect(r.publisher == "Research Square Platform LLC")
        #expect(r.type == .preprint)
        #expect(r.doi == nil && r.issued == nil && r.containerTitle == nil)
        expectCleanAbstract(r, starts: "Heroin Assisted Treatment (HAT) is an enhanced harm reduction programme",
                            ends: "psychological recovery from drug-related harms.")
        #expect(r.abstract?.split(separator: "\n").map { $0.prefix { $0 != ":" } } == Self.sections.map { Substring($0) })
        #expect(!(r.abstract ?? "").contains("Public Health England"))
        expectNoForeignAuthors(r)
    }

    /// The same abstract from PubMed (colon labels) and the Chinese mirror (glued labels) ends up identical.
    @Test func structuredAbstractsCompareEqualAcrossSites() throws {
        let pubmed = try #require(SeedSupport.seed("000_63c7912f7065a3cd.txt").records.first?.abstract)
        let mirror = try #require(SeedSupport.seed("002_252bdb2c5a968591.txt").records.first?.abstract)
        #expect(pubmed == mirror)
    }
}
