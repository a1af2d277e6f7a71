import BibInbox
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The watcher reports a name only once its file is complete: closed after writing, or renamed into place.
/// These watchers do not take the stop signals, so they are safe to run beside other tests.
@Suite struct InboxWatcherTests {
    /// Collects the names reported within `ms` milliseconds.
    func names(from watcher: InboxWatcher, within ms: Int32) -> [String] {
        var out: [String] = []
        let deadline = Date().addingTimeInterval(Double(ms) / 1000)
        while Date() < deadline {
            if case .files(let n) = watcher.wait(timeoutMs: 50) { out += n }
        }
        return out
    }

    @Test func aCopiedFileIsReportedWhenTheCopyCloses() throws {
        let box = try InboxSandbox()
        let watcher = try InboxWatcher(inbox: box.inbox, stopSignals: false)
        let source = box.root.appendingPathComponent("source.txt")
        try Data(SyntheticDumps.text("copy", 1).utf8).write(to: source)
        try FileManager.default.copyItem(at: source, to: box.inbox.appendingPathComponent("copied.txt"))
        #expect(names(from: watcher, within: 300) == ["copied.txt"])
    }

    @Test func aFileRenamedIntoPlaceIsReported() throws {
        let box = try InboxSandbox()
        let source = box.root.appendingPathComponent("elsewhere.txt")
        try Data(SyntheticDumps.text("move", 1).utf8).write(to: source)
        let watcher = try InboxWatcher(inbox: box.inbox, stopSignals: false)
        #expect(rename(source.path, box.inbox.appendingPathComponent("moved.txt").path) == 0)
        #expect(names(from: watcher, within: 300) == ["moved.txt"])
    }

    @Test func aSlowlyWrittenFileIsReportedOnlyAfterItsWriterCloses() throws {
        let box = try InboxSandbox()
        let watcher = try InboxWatcher(inbox: box.inbox, stopSignals: false)
        let url = box.inbox.appendingPathComponent("slow.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        _ = names(from: watcher, within: 100)  // the create itself closes an empty file
        let handle = try FileHandle(forWritingTo: url)
        for part in SyntheticDumps.text("slow", 1).split(separator: "\n", omittingEmptySubsequences: false) {
            try handle.write(contentsOf: Data((part + "\n").utf8))
            #expect(names(from: watcher, within: 200).isEmpty, "reported while still being written")
        }
        try handle.close()
        #expect(names(from: watcher, within: 300) == ["slow.txt"])
    }

    @Test func aFileReopenedForWritingAfterItsFirstCloseIsBusyUntilClosedAgain() throws {
        let box = try InboxSandbox()
        let watcher = try InboxWatcher(inbox: box.inbox, stopSignals: false)
        let url = box.inbox.appendingPathComponent("touched.txt")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data("Title: half".utf8))
        #expect(watcher.isBeingWritten("touched.txt"))
        try handle.close()
        #expect(!watcher.isBeingWritten("touched.txt"))
        #expect(names(from: watcher, within: 200) == ["touched.txt"])
    }

    @Test func temporaryNamesAreReportedButClassifiedAsTemporaryUntilRenamed() throws {
        let box = try InboxSandbox()
        let watcher = try InboxWatcher(inbox: box.inbox, stopSignals: false)
        let part = box.inbox.appendingPathComponent("article.txt.part")
        try Data(SyntheticDumps.text("tmp", 1).utf8).write(to: part)
        let early = names(from: watcher, within: 200)
        #expect(early.allSatisfy { InboxEntry.classify($0, in: box.inbox) == .temporary })
        #expect(rename(part.path, box.inbox.appendingPathComponent("article.txt").path) == 0)
        #expect(names(from: watcher, within: 300) == ["article.txt"])
    }

    @Test func aStopRequestEndsTheWait() throws {
        let box = try InboxSandbox()
        let watcher = try InboxWatcher(inbox: box.inbox, stopSignals: false)
        #expect(!watcher.stopRequested())
        #expect(watcher.wait(timeoutMs: 20) == .timeout)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.1) { watcher.requestStop() }
        #expect(watcher.wait(timeoutMs: 5000) == .stop)
        #expect(watcher.stopRequested())
    }

    @Test func watchingAMissingFolderIsAClearError() throws {
        let box = try InboxSandbox()
        #expect {
            _ = try InboxWatcher(inbox: box.root.appendingPathComponent("nope"), stopSignals: false)
        } throws: { error in
            String(describing: error).contains("cannot watch") && String(describing: error).contains("nope")
        }
    }
}
