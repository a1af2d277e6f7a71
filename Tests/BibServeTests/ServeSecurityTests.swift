import BibPipeline
import BibServe
import Foundation
import Testing

/// What the server refuses, each with a 4xx and a reason, nothing changed: writes without the token, cross-origin
/// and token-in-URL POSTs, oversized bodies and key lists, paths with `../`, foreign Host names, remote binds;
/// and every value a page shows is escaped.
@Suite struct ServeSecurityTests {
    static let hostileTitle = "<script>alert(1)</script>"

    private func doubtfulStore() throws -> (URL, Library, (String, String)) {
        let dir = Fixtures.tempFolder()
        let lib = try Fixtures.seedLibrary(at: dir)
        let keys = try Fixtures.addPairInDoubt(to: lib, titles: ("A survey of flaky tests", "A survey of flaky test suites"))
        return (dir, lib, keys)
    }

    private func form(_ fields: [String: String]) -> Data {
        Data(fields.sorted { $0.key < $1.key }.map { "\($0.key)=\(HTML.urlComponent($0.value))" }.joined(separator: "&").utf8)
    }

    @Test func aDecisionWithoutTheTokenIsRefusedAndChangesNothing() async throws {
        let (dir, lib, (a, b)) = try doubtfulStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let before = try lib.reviewItems().count
        #expect(before >= 1)
        let body = form(["a": a, "b": b])
        let ct = ["Content-Type": "application/x-www-form-urlencoded"]
        let wrongToken = (server.token.first == "0" ? "1" : "0") + server.token.dropFirst()
        let none = try await server.post("/review/distinct", body: body, headers: ct)
        #expect(none.status == 403)
        #expect(none.text.contains("no token"))
        #expect(try await server.post("/review/distinct", body: body, headers: ct.merging(["X-Bibd-Token": wrongToken]) { $1 }).status == 403)
        let inQuery = try await server.post("/review/distinct?token=\(server.token)", body: body, headers: ct)
        #expect(inQuery.status == 403)
        #expect(inQuery.text.contains("query string"))
        let crossSite = try await server.post("/review/distinct", body: body,
                                        headers: ct.merging(["X-Bibd-Token": server.token, "Origin": "http://evil.example"]) { $1 })
        #expect(crossSite.status == 403)
        #expect(crossSite.text.contains("another origin"))
        // A session cookie without the form's CSRF field is not enough.
        let login = try await server.get("/login?token=\(server.token)")
        let cookie = try #require(login.header("set-cookie"))
        let noCSRF = try await server.post("/review/distinct", body: body,
                                     headers: ct.merging(["Cookie": String(cookie.split(separator: ";")[0])]) { $1 })
        #expect(noCSRF.status == 403)
        #expect(try lib.reviewItems().count == before)
    }

    @Test func aDecisionWithTheTokenIsTheCLIsDecisionAndLeavesTheReviewList() async throws {
        let (dir, lib, (a, b)) = try doubtfulStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try await RunningServer(lib)
        defer { server.stop() }
        // A browser's way: login cookie, then forms with the CSRF field.
        let cookie = try #require(try await server.get("/login?token=\(server.token)").header("set-cookie"))
        #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
        let page = try await server.get("/review", headers: ["Cookie": String(cookie.split(separator: ";")[0])])
        #expect(page.text.contains("name=\"csrf\""))
        #expect(!(try await server.get("/review").text.contains("name=\"csrf\"")), "no forms without a session")
        let before = try lib.reviewItems().count
        let r = try await server.post("/review/distinct", body: form(["a": a, "b": b]),
                                headers: ["Content-Type": "application/x-www-form-urlencoded", "X-Bibd-Token": server.token])
        #expect(r.status == 303)
        #expect(r.header("location") == "/review")
        #expect(r.text.contains("kept apart"))
        let after = try lib.reviewItems()
        #expect(after.count == before - 1)
        #expect(!after.contains { Set([$0.left.work.citekey, $0.right.work.citekey]) == Set([a, b]) })
        // The override `bibd distinct` records between the two works' sources.
        #expect(try lib.store.read { tx in try tx.override(Fixtures.work(id: "w-doubt-a", title: "").sources[0].sha256,
                                                          Fixtures.work(id: "w-doubt-b", title: "").sources[0].sha256) } == .distinct)
        #expect(try await server.get("/login?token=wrong").status == 403)
    }

    @Test func theTokenFileIsMadeOnceWithMode0600() async throws {
        let (dir, lib, _) = try doubtfulStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try await RunningServer(lib)
        server.stop()
        let path = lib.store.directory.appendingPathComponent(ServeToken.fileName).path
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        #expect(mode.intValue == 0o600)
        #expect(server.token.count == 64)
        #expect(try ServeToken.loadOrCreate(in: lib.store.directory).value == server.token)
    }

    @Test func bodiesAndKeyListsOverTheirBoundsAreRefusedWithAReason() async throws {
        let (dir, lib, _) = try doubtfulStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let big = Data(repeating: UInt8(ascii: "%"), count: (1 << 20) + 1)
        let r = try await server.post("/export/aux", body: big)
        #expect(r.status == 413)
        #expect(r.text.contains("over 1048576 bytes"))
        let tooMany = (0...10_000).map { "k\($0)" }
        let viaURL = try await server.get("/export?keys=" + tooMany.joined(separator: ","))
        #expect(viaURL.status == 414)
        #expect(viaURL.text.contains("10001 keys asked for"))
        let aux = tooMany.map { "\\citation{\($0)}" }.joined(separator: "\n")
        let viaAux = try await server.post("/export/aux", body: Data(aux.utf8))
        #expect(viaAux.status == 400)
        #expect(viaAux.text.contains("at most 10000 keys"))
    }

    @Test(arguments: ["/../../../../etc/passwd", "/export/../../../../etc/passwd", "/work/..%2F..%2F..%2Fetc%2Fpasswd",
                      "/work/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/serve.token", "/bibd.sqlite", "/library.bib"])
    func aPathNeverReachesTheFileSystem(path: String) async throws {
        let (dir, lib, _) = try doubtfulStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let r = try await server.get(path)
        #expect(r.status == 404)
        #expect(!r.text.contains("root:"))
        #expect(!r.text.contains(server.token))
        #expect(!r.text.contains("SQLite format"))
    }

    @Test func aHostileTitleShowsAsTextOnEveryPage() async throws {
        let (dir, lib, _) = try doubtfulStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (a, _) = try Fixtures.addPairInDoubt(to: lib, titles: (Self.hostileTitle, Self.hostileTitle + " \"quoted\" & 'single'"),
                                                 ids: ("w-hostile-a", "w-hostile-b"))
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let cookie = try #require(try await server.get("/login?token=\(server.token)").header("set-cookie"))
        let pages = [try await server.get("/search?q=alert"), try await server.get("/work/\(a)"),
                     try await server.get("/review", headers: ["Cookie": String(cookie.split(separator: ";")[0])]),
                     try await server.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
        for page in pages {
            #expect(page.status == 200)
            #expect(page.header("content-type") == "text/html; charset=utf-8")
            #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!page.text.contains("<script>"))
        }
        #expect(HTML.escape("\"'&<>") == "&quot;&#39;&amp;&lt;&gt;")
    }

    @Test func aForeignHostNameAndARemoteBindAreRefused() async throws {
        let (dir, lib, _) = try doubtfulStore()
        defer { try? FileManager.default.removeItem(at: dir) }
        let server = try await RunningServer(lib)
        defer { server.stop() }
        let r = try await RawHTTP.request("GET", "/", port: server.port, headers: ["Host": "rebind.evil.example"])
        #expect(r.status == 403)
        #expect(throws: ServeError.self) { _ = try LibraryServer(library: lib, listen: "0.0.0.0", port: 0) }
        #expect(throws: ServeError.self) { _ = try LibraryServer(library: lib, listen: "192.168.1.20", port: 0) }
        _ = try LibraryServer(library: lib, listen: "::1", port: 0)
        _ = try LibraryServer(library: lib, listen: "localhost", port: 0)
    }
}
