import Foundation
import Testing
import BibModel
import BibParse
import BibNormalize
@testable import BibExtract

/// Hand-made pages and text dumps of families bibd has no profile or corpus page for (fixtures/unseen, gold in gold.jsonl):
/// every gold field must come out of `Registry.extract` + `Normalizer.normalize`, and non-articles are refused.
struct UnseenPageTests {
    /// One gold line of fixtures/unseen/gold.jsonl.
    struct Gold: Decodable, CustomTestStringConvertible {
        struct Author: Decodable { var family: String; var given: String? }
        var file: String
        var title: String?
        var authors: [Author]
        var doi: String?
        var journal: String?
        var year: Int?
        var volume: String?
        var issue: String?
        var pages: String?
        var abstract_first_words: String?
        var type: String
        var testDescription: String { file }
    }

    static let gold: [Gold] = {
        guard let data = try? Data(contentsOf: Fixtures.url("unseen/gold.jsonl")) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n")
            .compactMap { try? JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
    }()

    @Test func goldCoversEveryPage() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("unseen").path)
            .filter { $0.hasSuffix(".html") || $0.hasSuffix(".txt") }
        #expect(Set(files) == Set(Self.gold.map(\.file)))
        #expect(Self.gold.count >= 10)
    }

    @Test(arguments: gold.filter { $0.type != "other" })
    func articleFieldsMatchGold(_ g: Gold) throws {
        let r = Normalizer.normalize(try Fixtures.record("unseen/" + g.file))
        #expect(r.title == g.title)
        #expect(r.authors.map(\.fullFamily) == g.authors.map(\.family))
        #expect(r.authors.map(\.given) == g.authors.map(\.given))
        #expect(r.doi?.lowercased() == g.doi?.lowercased())
        #expect(r.issued?.year == g.year)
        #expect(r.containerTitle == g.journal)
        #expect(r.volume == g.volume)
        #expect(r.issue == g.issue)
        #expect((r.page ?? r.number) == g.pages)
        #expect(r.abstract?.hasPrefix(g.abstract_first_words ?? "") == true)
        if g.journal != nil { #expect(r.type == .journalArticle) }
    }

    @Test(arguments: gold.filter { $0.type == "other" })
    func nonArticlePagesAreRefused(_ g: Gold) throws {
        let page = try Page.load(bytes: Fixtures.bytes("unseen/" + g.file))
        #expect(throws: ExtractError.self) { try Registry.extract(page) }
    }

    @Test func refusalReasonsNameThePageKind() throws {
        let cases = [("scholar_results.html", "search result list"), ("journal_toc.html", "table of contents"),
                     ("wordpress_news.html", "news or blog post"), ("cloudflare_turnstile.html", "bot-challenge")]
        for (file, reason) in cases {
            let page = try Page.load(bytes: Fixtures.bytes("unseen/" + file))
            do {
                _ = try Registry.extract(page)
                Issue.record("\(file) was not refused")
            } catch let ExtractError.noArticle(why) {
                #expect(why.contains(reason), "\(file): \(why)")
            }
        }
    }

    @Test func siteChromeDoesNotLeakIntoFields() throws {
        // "Frontiers |" title prefix, the reference DOI in citation_reference and the body, "Abstract." teasers.
        let frontiers = Normalizer.normalize(try Fixtures.record("unseen/frontiers_article.html"))
        #expect(frontiers.title?.hasPrefix("Frontiers") == false)
        let oup = Normalizer.normalize(try Fixtures.record("unseen/oup_article.html"))
        #expect(oup.doi == "10.1093/jwp/mqz017")
        #expect(oup.abstract?.hasPrefix("Abstract") == false)
        let ssrn = Normalizer.normalize(try Fixtures.record("unseen/ssrn_abstract.html"))
        #expect(ssrn.containerTitle == nil && ssrn.volume == nil)
    }

    @Test func newFamilyTrapsStayOut() throws {
        // A reference DOI under 参考文献 and a description of another article; a "PDF | …" teaser; an article
        // number beside "pp 1–29"; a truncated description beside the full abstract; an editor in DC.contributor.
        let cn = Normalizer.normalize(try Fixtures.record("unseen/chinese_mirror.html"))
        #expect(cn.doi == "10.5555/j.issn.0578-1752.2019.14.006")
        #expect(cn.abstract?.contains("氮肥") == false)
        let rg = Normalizer.normalize(try Fixtures.record("unseen/researchgate_publication.html"))
        #expect(rg.abstract?.hasPrefix("PDF") == false)
        let acm = Normalizer.normalize(try Fixtures.record("unseen/acm_dl_article.html"))
        #expect(acm.number == "27" && acm.page == nil)
        let jstage = Normalizer.normalize(try Fixtures.record("unseen/jstage_article.html"))
        #expect(jstage.abstract?.hasSuffix("45°.") == true)
        let repo = Normalizer.normalize(try Fixtures.record("unseen/repository_handle.html"))
        #expect(!repo.authors.contains { $0.family == "Whitfield" })
    }

    @Test func textDumpTrapsStayOut() throws {
        // A reference DOI inside the abstract; an editor between the byline and the abstract; the received
        // date beside the published one; an article number, not pages; a conference named in arXiv's comments.
        let bmc = Normalizer.normalize(try Fixtures.record("unseen/bmc_article.txt"))
        #expect(bmc.doi == "10.5555/s12889-022-12873-4" && bmc.number == "512" && bmc.page == nil)
        let plos = Normalizer.normalize(try Fixtures.record("unseen/plos_one_article.txt"))
        #expect(!plos.authors.contains { ($0.family ?? "").hasPrefix("Kowalczyk") })
        let tandf = Normalizer.normalize(try Fixtures.record("unseen/tandf_article.txt"))
        #expect(tandf.issued?.year == 2020)
        let arxiv = Normalizer.normalize(try Fixtures.record("unseen/arxiv_abstract.txt"))
        #expect(arxiv.type == .preprint && arxiv.containerTitle == nil)
    }
}
