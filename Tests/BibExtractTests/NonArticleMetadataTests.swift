import BibParse
import Testing
@testable import BibExtract

/// Pages refused from what their own tags and titles say: a news item typed as news with no citation tags, an
/// issue's table of contents titled by its designation, a search page titled as one in the site's language.
@Suite struct NonArticleMetadataTests {
    static func refusal(_ html: String) -> String? {
        do {
            _ = try Registry.extract(try Page.load(bytes: Array(html.utf8)))
            return nil
        } catch let ExtractError.noArticle(why) {
            return why
        } catch {
            return "\(error)"
        }
    }

    static let body = String(repeating: "<p>Researchers measured methane fluxes from thawing ground over two summers and found hot spots. </p>", count: 8)

    @Test func aNewsItemTypedAsNewsWithoutCitationTagsIsRefused() {
        let page = """
            <html><head><title>Sea ice thins faster than thought | Science Weekly</title>
            <meta name="dc.Title" content="Sea ice thins faster than thought"><meta name="dc.Creator" content="Ana Reporter">
            <meta name="dc.Type" content="News"><meta property="article:section" content="News">
            </head><body><h1>Sea ice thins faster than thought</h1>\(Self.body)
            <p>The study: <a href="https://doi.org/10.5555/ice.2023.1">doi:10.5555/ice.2023.1</a></p></body></html>
            """
        #expect(Self.refusal(page)?.contains("news") == true)
    }

    @Test func anArticleWithCitationTagsIsNotRefusedForItsSection() {
        let page = """
            <html><head><title>Sea ice thins faster than thought</title>
            <meta name="citation_title" content="Sea ice thins faster than thought"><meta name="citation_author" content="Ana Lund">
            <meta name="citation_journal_title" content="Polar Letters"><meta name="citation_doi" content="10.5555/ice.2023.1">
            <meta property="article:section" content="News"></head><body>\(Self.body)</body></html>
            """
        #expect(Self.refusal(page) == nil)
    }

    @Test func anIssueDesignationIsNoArticleTitle() {
        for title in ["PNAS: Vol 120, No 25", "Volume 120 | Issue 25", "Journal of X: Vol. 12, No. 3, March 2021", "Том 5, выпуск 2"] {
            #expect(NonArticleDetector.isIssueDesignation(title), "\(title)")
        }
        for title in ["Volume changes of 12 glaciers", "Issue 25: a study of volume", "COVID-19: 3 lessons", "Part 2"] {
            #expect(!NonArticleDetector.isIssueDesignation(title), "\(title)")
        }
    }

    @Test func anIssueTableOfContentsTitledByItsDesignationIsRefused() {
        let page = """
            <html><head><title>Polar Letters: Vol 12, No 3</title><meta name="dc.Title" content="Polar Letters: Vol 12, No 3">
            <meta name="citation_journal_title" content="Polar Letters"><meta name="citation_volume" content="12">
            </head><body><h1>Volume 12 | Issue 3</h1>\(Self.body)</body></html>
            """
        #expect(Self.refusal(page)?.contains("table of contents") == true)
    }

    @Test func aSearchPageTitledInItsOwnLanguageIsRefused() {
        let page = """
            <html><head><title>Поиск: вечная мерзлота — Библиотека</title><meta property="og:title" content="Поиск: вечная мерзлота">
            </head><body><h1>Результаты поиска</h1>\(Self.body)</body></html>
            """
        #expect(Self.refusal(page)?.contains("search result") == true)
    }
}
