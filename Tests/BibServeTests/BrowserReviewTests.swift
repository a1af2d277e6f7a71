import BibPipeline
import Foundation
import Testing

/// The review and work pages in a real browser: headless Chromium, driven by Selenium
/// (`scripts/serve-browser-check.py`), decides a pair in doubt "different works" and reads a field's provenance.
/// Screenshots of each page go to `.build/test-output/serve/`. Outside CI a missing tool skips with a message; in CI
/// (`CI=true`) it fails.
@Suite struct BrowserReviewTests {
    @Test func differentWorksClickedInChromiumLeavesTheReviewListAndAWorkShowsItsProvenance() async throws {
        let ready = ServeRecipeTests.toolsReady(["chromium", "/usr/bin/chromedriver"])
            && ServeRecipeTests.toolsReady(["python3"]) && Self.seleniumReady()
        guard ready else { return }
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let (a, b) = try Fixtures.addPairInDoubt(to: lib, titles: ("Flaky tests in continuous integration",
                                                                   "Flaky tests in continuous integration pipelines"))
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let out = Fixtures.root.appendingPathComponent(".build/test-output/serve")
        let script = Fixtures.root.appendingPathComponent("scripts/serve-browser-check.py")
        let result = try await ServeRecipeTests.runAsync("python3", [script.path, "http://127.0.0.1:\(server.port)", server.token,
                                                                     a, b, "riley2023hardcore", out.path], in: dir)
        #expect(result.status == 0, "\(result.output.suffix(3000))")
        let line = try #require(result.output.split(separator: "\n").last)
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(seen["pairs_before"] as? Int == 1)
        #expect(seen["pairs_after"] as? Int == 0)
        // What `bibd review` lists agrees.
        #expect(!(try lib.reviewItems()).contains { Set([$0.left.work.citekey, $0.right.work.citekey]) == Set([a, b]) })
        let work = try #require(try lib.works().first { $0.citekey == "riley2023hardcore" })
        #expect(seen["title"] as? String == work.record.title)
        let files = (work.provenance["title"] ?? []).map { $0.file + ($0.position.map { "#\($0)" } ?? "") }
        #expect(!files.isEmpty)
        #expect(seen["title_from"] as? [String] == files)
        for shot in ["home", "status", "review-before", "review-after", "search", "work"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(shot).png").path))
        }
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
