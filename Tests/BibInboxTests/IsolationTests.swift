import BibInbox
import BibPipeline
import Foundation
import Testing

/// Extraction in a worker process under a budget: the same records as in-process for a real page; a page that
/// would take libxml2 far longer than the CPU budget, or more memory than the memory budget, fails with that
/// reason and the next file is read.
@Suite struct IsolationTests {
    static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/seeds")

    func isolation(seconds: Int = 10, megabytes: Int = 512) throws -> IsolatedExtraction {
        let bibd = try #require(BibdProcess.binary, "the bibd binary was not built next to the tests")
        return IsolatedExtraction(worker: bibd, budget: ExtractBudget(seconds: seconds, megabytes: megabytes))
    }

    /// A page whose one tag carries `n` attributes: libxml2 2.9's HTML parser takes time quadratic in `n`.
    static func attributeBomb(_ n: Int) -> [UInt8] {
        var s = "<html><head><title>Bomb</title></head><body><div"
        for i in 0..<n { s += " a\(i)=\"x\"" }
        s += ">text</div></body></html>"
        return Array(s.utf8)
    }

    @Test func aRealPageGivesTheSameRecordsInTheWorker() throws {
        let iso = try isolation()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).sorted()
        #expect(!names.isEmpty)
        for name in names {
            let bytes = Array(try Data(contentsOf: Self.seeds.appendingPathComponent(name)))
            let local = try ExtractStage.run(bytes: bytes, fileName: name, sha256: "s")
            let isolated = try iso.run(bytes: bytes, fileName: name, sha256: "s")
            #expect(isolated.records == local.records && isolated.extractor == local.extractor, "\(name)")
        }
    }

    @Test func theExtractorsOwnErrorComesBackAsIs() throws {
        let page = "<html><head><title>Log in</title></head><body><nav>Home | About</nav></body></html>"
        var local = ""
        do { _ = try ExtractStage.run(bytes: Array(page.utf8), fileName: "login.html", sha256: "s") } catch { local = "\(error)" }
        #expect(!local.isEmpty)
        #expect(throws: IsolationError.self) { try self.isolation().run(bytes: Array(page.utf8), fileName: "login.html", sha256: "s") }
        do { _ = try isolation().run(bytes: Array(page.utf8), fileName: "login.html", sha256: "s") } catch { #expect("\(error)" == local) }
    }

    @Test func aPageOverTheTimeBudgetFailsWithThatReason() throws {
        let started = Date()
        do {
            _ = try isolation(seconds: 1).run(bytes: Self.attributeBomb(60_000), fileName: "bomb.html", sha256: "s")
            Issue.record("a page of 60,000 attributes was extracted within 1 s of CPU time")
        } catch {
            #expect("\(error)".contains("more than 1 s of CPU time"), "\(error)")
        }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aPageOverTheMemoryBudgetFailsWithThatReason() throws {
        // The same budget is ample for a real page: what fails below is the page, not the worker's start.
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).sorted().first)
        let real = Array(try Data(contentsOf: Self.seeds.appendingPathComponent(name)))
        #expect(throws: Never.self) { try self.isolation(megabytes: 64).run(bytes: real, fileName: name, sha256: "s") }
        // 40 MB of text in one element: parsing it needs several times its size.
        let page = Array(("<html><body><p>" + String(repeating: "word ", count: 8_000_000) + "</p></body></html>").utf8)
        do {
            _ = try isolation(megabytes: 64).run(bytes: page, fileName: "huge.html", sha256: "s")
            Issue.record("a 40 MB page was extracted within 64 MiB")
        } catch {
            #expect("\(error)".contains("memory budget of 64 MiB"), "\(error)")
        }
    }

    @Test func aRefreshSetsAPageOverBudgetAsideAndGoesOn() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig(extra: "extract_seconds: 1")
        try Data(Self.attributeBomb(60_000)).write(to: box.inbox.appendingPathComponent("bomb.html"))
        try box.drop(SyntheticDumps.text("budget", 1), as: "good.txt")
        let r = try BibdProcess.run(["refresh", "--config", config.path], in: box.root)
        #expect(r.status == 1, "\(r.err)")
        #expect(box.failedFiles == ["bomb.html"])
        #expect(try box.sidecar("bomb.html")["error"]?.contains("extraction budget") == true)
        #expect(box.names(in: box.processed) == ["good.txt"])
    }
}
