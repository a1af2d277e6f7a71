import BibPipeline
import Foundation
import Testing

/// `serve.in_watch: true`: the `bibd watch` binary serves the library over HTTP while it watches the inbox, and
/// stops serving when it stops.
@Suite struct ServeInWatchTests {
    @Test func bibdWatchWithServeInWatchAnswersTheHomePageAndStopsCleanlyOnSIGTERM() async throws {
        let dir = Fixtures.tempFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Fixtures.seedLibrary(at: dir)
        let inbox = dir.appendingPathComponent("inbox"), processed = dir.appendingPathComponent("processed")
        for d in [inbox, processed] { try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true) }
        let port = try FreePort.pick()
        let config = dir.appendingPathComponent("bibd.yaml")
        try """
            store: \(lib.store.directory.path)
            inbox: \(inbox.path)
            processed: \(processed.path)
            failed: \(dir.appendingPathComponent("failed").path)
            serve:
              in_watch: true
              port: \(port)

            """.write(to: config, atomically: true, encoding: .utf8)

        let watch = try BibdServerProcess.start(["watch", "--config", config.path], in: dir, tag: "watch")
        defer { watch.killIfRunning() }
        let served = try #require(await watch.servedPort(within: 180), "bibd watch did not serve: \(watch.diagnosis)")
        #expect(served == port)
        let home = try await RawHTTP.request("GET", "/", port: port)
        #expect(home.status == 200)
        #expect(home.text.contains("href=\"/review\""))
        #expect(watch.process.isRunning, "the daemon still watches while it serves")

        #expect(await watch.terminate(waitingUpTo: 30) == 0, "\(watch.errors.suffix(2000))")
        #expect((try? await RawHTTP.request("GET", "/", port: port)) == nil, "nothing answers once watch has stopped")
    }
}
