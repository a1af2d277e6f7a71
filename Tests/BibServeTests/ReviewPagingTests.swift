import BibPipeline
import BibServe
import Foundation
import Testing

/// `/review` shows the pairs in doubt a page at a time (`ServeLimits.reviewPairsPerPage`), says how many there are
/// and which it shows, links the pages before and after, and shows every pair on one page with `?all=1`.
@Suite struct ReviewPagingTests {
    /// A seed store with `n` extra pairs in doubt; returns the library and the pairs' keys in review order.
    static func libraryWithPairs(_ n: Int, in dir: URL) throws -> (Library, [(String, String)]) {
        let lib = try Fixtures.seedLibrary(at: dir)
        for i in 0..<n {
            _ = try Fixtures.addPairInDoubt(to: lib, titles: ("Paged pair \(i) of a study", "Paged pair \(i) of a study, again"),
                                            ids: ("w-page-\(i)-a", "w-page-\(i)-b"))
        }
        let order = try lib.reviewItems().map { ($0.left.work.citekey ?? $0.left.work.id, $0.right.work.citekey ?? $0.right.work.id) }
        return (lib, order)
    }

    static func shownPairs(_ html: String) -> [String] {
        html.components(separatedBy: "<section class=\"pair\"").dropFirst().compactMap { part in
            guard let l = part.range(of: "data-left=\""), let r = part.range(of: "data-right=\"") else { return nil }
            let left = part[l.upperBound...].prefix { $0 != "\"" }, right = part[r.upperBound...].prefix { $0 != "\"" }
            return "\(left)|\(right)"
        }
    }

    @Test func pagesOfThreeShowEveryPairOnceInReviewOrderWithCountAndLinks() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lib, order) = try Self.libraryWithPairs(7, in: dir)
        let total = order.count
        #expect(total >= 7)
        #expect(try lib.reviewCount() == total)
        var limits = ServeLimits()
        limits.reviewPairsPerPage = 3
        let server = try await RunningServer(lib, limits: limits)
        defer { server.stop() }

        var seen: [String] = []
        let pages = (total + 2) / 3
        for page in 1...pages {
            let r = try await server.get(page == 1 ? "/review" : "/review?page=\(page)")
            #expect(r.status == 200)
            let shown = Self.shownPairs(r.text)
            #expect(shown.count == min(3, total - (page - 1) * 3))
            #expect(r.text.contains("<p id=\"pair-count\">\(total) pair(s) in doubt, showing \((page - 1) * 3 + 1)–\((page - 1) * 3 + shown.count)</p>"))
            #expect(r.text.contains("href=\"/review?page=\(page + 1)\"") == (page < pages))
            #expect(r.text.contains("href=\"/review?page=\(page - 1)\"") == (page > 1))
            #expect(r.text.contains("href=\"/review?all=1\""))
            seen += shown
        }
        #expect(seen == order.map { "\($0.0)|\($0.1)" })

        let all = try await server.get("/review?all=1")
        #expect(Self.shownPairs(all.text) == seen)
        #expect(all.text.contains("showing 1–\(total)</p>"))
        let home = try await server.get("/")
        #expect(home.text.contains("\(total) pair(s) in doubt"))
    }

    @Test func aPageThatIsNotAPositiveWholeNumberIsRefusedAndOnePastTheEndShowsNone() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (lib, order) = try Self.libraryWithPairs(2, in: dir)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        for bad in ["0", "-1", "two", "1.5"] {
            let r = try await server.get("/review?page=\(bad)")
            #expect(r.status == 400, "page=\(bad)")
            #expect(r.text.contains("not a page number"))
        }
        let past = try await server.get("/review?page=9")
        #expect(past.status == 200)
        #expect(Self.shownPairs(past.text).isEmpty)
        #expect(past.text.contains("<p id=\"pair-count\">\(order.count) pair(s) in doubt</p>"))
    }
}
