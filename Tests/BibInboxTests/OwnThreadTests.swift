import BibInbox
import BibPipeline
import Foundation
import Testing

/// `OwnThread` releases its work, and what the work holds, on its thread before `wait()` returns: never in the
/// thread's exit handlers, where a library closing its store once corrupted the heap (after libdispatch had freed
/// the thread's state).
@Suite struct OwnThreadTests {
    final class Token: Sendable {}

    @Test func whatTheWorkCapturedIsReleasedBeforeTheWaitEnds() {
        for _ in 0..<50 {
            weak var released: Token?
            let thread: OwnThread
            do {
                let token = Token()
                released = token
                thread = OwnThread { _ = token }
            }
            thread.wait()
            #expect(released == nil)
        }
    }

    @Test func aDaemonHandedToItsThreadClosesItsLibraryThereBeforeTheWaitEnds() throws {
        let box = try InboxSandbox()
        weak var library: Library?
        weak var daemon: Daemon?
        let thread: OwnThread
        do {
            let p = try box.processor()
            library = p.library
            let d = try Daemon(processor: p, debounceMs: 50, logger: box.log.logger, stopSignals: false)
            daemon = d
            thread = OwnThread { d.run() }
        }
        try box.drop(SyntheticDumps.text("own", 1), as: "own.txt")
        #expect(InboxSandbox.eventually(within: 10) { box.names(in: box.processed) == ["own.txt"] })
        daemon?.stop()
        thread.wait()
        #expect(daemon == nil)
        #expect(library == nil)
    }
}
