import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The library while the daemon runs: read commands never wait for it, and a person's decision (a merge) waits at
/// most for the file in hand; no inbox file is lost, and the daemon's later export rewrites keep the decision.
@Suite(.serialized) struct ConcurrentAccessTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures")

    /// The citation keys of the works in the store's CSL-JSON export, by DOI.
    static func keysByDOI(_ box: InboxSandbox) throws -> [String: String] {
        let data = try Data(contentsOf: box.store.appendingPathComponent("library.csl.json"))
        let items = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        var out: [String: String] = [:]
        for item in items { if let doi = item["DOI"] as? String, let key = item["id"] as? String { out[doi.lowercased()] = key } }
        return out
    }

    @Test func readCommandsAndAMergeRunDuringA300FileBurstWithoutBusyAndWithoutLoss() throws {
        let box = try InboxSandbox()
        let config = try box.writeConfig(debounceMs: 50)
        let stage = box.root.appendingPathComponent("stage")
        try FileManager.default.createDirectory(at: stage, withIntermediateDirectories: true)
        // Two works a person will merge, in the store before the daemon starts.
        let pair = (0..<2).map { stage.appendingPathComponent("pair\($0).txt") }
        for (n, url) in pair.enumerated() { try Data(SyntheticDumps.text("pair", n).utf8).write(to: url) }
        let ingest = try BibdProcess.run(["ingest", "--config", config.path] + pair.map(\.path), in: box.root)
        #expect(ingest.status == 0, "\(ingest.err)")
        for url in pair { try FileManager.default.removeItem(at: url) }
        let keys = try Self.keysByDOI(box)
        let kept = try #require(keys[SyntheticDumps.doi("pair", 0)]), merged = try #require(keys[SyntheticDumps.doi("pair", 1)])

        let names = (0..<300).map { "b\($0).txt" }
        for (n, name) in names.enumerated() { try Data(SyntheticDumps.text("burst", n).utf8).write(to: stage.appendingPathComponent(name)) }
        let watch = try BibdProcess.start(["watch", "--config", config.path], in: box.root, tag: "watch")
        defer { watch.killIfRunning() }
        #expect(InboxSandbox.eventually(within: 20) { watch.errors.contains("watching") || !watch.process.isRunning })
        // A first file, so that the daemon has written the exports once and holds them in memory when the merge lands.
        try Data(SyntheticDumps.text("warm", 0).utf8).write(to: box.inbox.appendingPathComponent("a-warm.txt"))
        #expect(InboxSandbox.eventually(within: 60) { box.names(in: box.processed) == ["a-warm.txt"] })
        #expect(InboxSandbox.eventually(within: 10) { (try? Self.keysByDOI(box))?[SyntheticDumps.doi("warm", 0)] != nil })
        for name in names { rename(stage.appendingPathComponent(name).path, box.inbox.appendingPathComponent(name).path) }

        let unseen = Self.fixtures.appendingPathComponent("unseen")
        let reads: [[String]] = [
            ["status", "--config", config.path],
            ["show", kept, "--config", config.path],
            ["review", "--config", config.path],
            ["export", "--config", config.path, "--format", "bibtex"],
            ["export", "--config", config.path, "--format", "csl-json", "--keys", kept],
            ["extract", unseen.appendingPathComponent("arxiv_abstract.txt").path],
            ["eval", "--gold", unseen.appendingPathComponent("gold.jsonl").path, unseen.path],
        ]
        // Each read command runs again and again on its own thread from the moment the files land until the inbox is
        // empty; the merge runs once the daemon has begun the burst. A run counts as during the burst when it started
        // before the inbox was seen empty.
        let failures = FailureList(), during = FailureList()
        let merge = ["merge", kept, merged, "--config", config.path]
        let group = DispatchGroup()
        for i in 0...reads.count { group.enter(); Thread { defer { group.leave() }
            if i == reads.count {
                guard InboxSandbox.eventually(within: 60, { !box.names(in: box.processed).isEmpty }) else { return }
            }
            repeat {
                let args = i == reads.count ? merge : reads[i]
                let started = Date()
                let inboxBusy = !box.names(in: box.inbox).isEmpty
                guard let r = try? BibdProcess.run(args, in: box.root) else { return failures.add("\(args[0]): did not start") }
                let seconds = Date().timeIntervalSince(started)
                if r.status != 0 || r.err.contains("busy") || seconds > 20 {
                    failures.add("\(args[0]): status \(r.status) after \(seconds) s: \(r.err.suffix(300))")
                }
                if inboxBusy { during.add(args[0] + (args.contains("--keys") ? " --keys" : "")) }
            } while i < reads.count && !box.names(in: box.inbox).isEmpty
        }.start() }
        group.wait()
        #expect(failures.all.isEmpty, "\(failures.all.joined(separator: "\n"))")
        let ran = Set(during.all)
        #expect(ran == Set(["merge", "status", "show", "review", "export", "export --keys", "extract", "eval"]),
                "commands that ran while the inbox still held files: \(ran.sorted())")
        #expect(InboxSandbox.eventually(within: 60) { box.names(in: box.inbox).isEmpty })
        #expect(watch.signal(SIGTERM, waitUpTo: 30) && watch.status == 0, "\(watch.errors.suffix(2000))")

        // No file lost: each is in processed/ once, and in the exports.
        #expect(box.names(in: box.processed) == (names + ["a-warm.txt"]).sorted())
        #expect(box.names(in: box.failed).isEmpty)
        let after = try Self.keysByDOI(box)
        for n in 0..<300 { #expect(after[SyntheticDumps.doi("burst", n)] != nil, "burst \(n) is not in library.csl.json") }
        // The merge holds in the exports the daemon wrote after it: both DOIs' records are one work, under the kept key.
        let bib = try String(contentsOf: box.store.appendingPathComponent("library.bib"), encoding: .utf8)
        #expect(bib.contains("{\(kept),"))
        #expect(!bib.contains("{\(merged),"), "the merged-away work came back in library.bib")
        let status = try BibdProcess.run(["status", "--config", config.path], in: box.root)
        #expect(status.out.contains("works: 302"), "expected 302 works after the merge: \(status.out)")
    }
}

/// Failures collected from commands run on several threads.
final class FailureList: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []

    func add(_ s: String) {
        lock.lock()
        items.append(s)
        lock.unlock()
    }

    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
