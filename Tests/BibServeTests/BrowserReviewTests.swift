import BibPipeline
import Foundation
import Testing

/// The review and work pages in a real browser: headless Chromium, driven by Selenium
/// (`scripts/serve-browser-check.py`), decides a pair in doubt "different works" and reads a field's provenance;
/// once against the server in this process, once against the built `bibd serve` binary. Screenshots of each page
/// go to `.build/test-output/serve/` and `.build/test-output/serve-binary/`. Outside CI a missing tool skips with a
/// message; in CI (`CI=true`) it fails.
@Suite struct BrowserReviewTests {
    static let pairTitles = ("Flaky tests in continuous integration", "Flaky tests in continuous integration pipelines")
    static let workKey = "riley2023hardcore"

    @Test func differentWorksClickedInChromiumLeavesTheReviewListAndAWorkShowsItsProvenance() async throws {
        guard Self.browserReady() else { return }
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let (a, b) = try Fixtures.addPairInDoubt(to: lib, titles: Self.pairTitles)
        let server = try await RunningServer(lib)
        defer { server.stop() }
        try await Self.decideAndRead(port: server.port, token: server.token, pair: (a, b), lib: lib, in: dir, shots: "serve")
    }

    @Test func theBibdServeBinaryDoesTheSameInChromiumAndBibdReviewAgrees() async throws {
        guard Self.browserReady() else { return }
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let (a, b) = try Fixtures.addPairInDoubt(to: lib, titles: Self.pairTitles)
        let store = lib.store.directory.path
        let serve = try BibdServerProcess.start(["serve", "--store", store, "--port", "0"], in: dir, tag: "serve")
        defer { serve.killIfRunning() }
        let port = try #require(await serve.servedPort(within: 180), "bibd serve did not start: \(serve.diagnosis)")
        let token = try String(contentsOf: lib.store.directory.appendingPathComponent("serve.token"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try await Self.decideAndRead(port: port, token: token, pair: (a, b), lib: lib, in: dir, shots: "serve-binary")
        #expect(await serve.terminate(waitingUpTo: 30) == 0, "\(serve.errors.suffix(2000))")

        // `bibd review`, another process, lists the pairs still in doubt: not this one.
        let review = try await BibdServerProcess.run(["review", "--store", store], in: dir)
        #expect(review.status == 0)
        #expect(!review.output.split(separator: "\n").contains { $0.hasPrefix("key") && $0.contains(a) && $0.contains(b) })
        #expect(review.output.hasSuffix("\(try lib.reviewCount()) pair(s) to review\n"), "\(review.output.suffix(300))")
    }

    /// Runs the browser script against the server on `port`: the pair is shown, "different works" is clicked, the
    /// reloaded page no longer shows it and the library agrees; the work page shows the title's files.
    static func decideAndRead(port: Int, token: String, pair: (String, String), lib: Library, in dir: URL, shots: String) async throws {
        let out = Fixtures.root.appendingPathComponent(".build/test-output/\(shots)")
        let script = Fixtures.root.appendingPathComponent("scripts/serve-browser-check.py")
        let result = try await ServeRecipeTests.runAsync("python3", [script.path, "http://127.0.0.1:\(port)", token,
                                                                     pair.0, pair.1, workKey, out.path], in: dir)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        let line = try #require(result.output.split(separator: "\n").last)
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(seen["pairs_before"] as? Int == 1)
        #expect(seen["pairs_after"] as? Int == 0)
        #expect(!(try lib.reviewItems()).contains { Set([$0.left.work.citekey, $0.right.work.citekey]) == Set([pair.0, pair.1]) })
        let work = try #require(try lib.works().first { $0.citekey == workKey })
        #expect(seen["title"] as? String == work.record.title)
        let files = (work.provenance["title"] ?? []).map { $0.file + ($0.position.map { "#\($0)" } ?? "") }
        #expect(!files.isEmpty)
        #expect(seen["title_from"] as? [String] == files)
        for shot in ["home", "status", "review-before", "review-after", "search", "work"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(shot).png").path))
        }
    }

    /// Chromium, its driver, Python and Selenium are all there (else a skip outside CI, a failure in CI).
    static func browserReady() -> Bool {
        ServeRecipeTests.toolsReady(["chromium", "/usr/bin/chromedriver"]) && ServeRecipeTests.toolsReady(["python3"])
            && seleniumReady()
    }

    static func seleniumReady() -> Bool {
        guard (try? ServeRecipeTests.run("python3", ["-c", "import selenium"], in: nil).status) == 0 else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("the browser test needs the Python module selenium, which .ci/run must install")
            } else {
                print("SKIPPED browser test: the Python module selenium is not installed (CI installs it)")
            }
            return false
        }
        return true
    }
}
