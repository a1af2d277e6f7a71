import BibParse
import CLinux
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits for complete files in the inbox (inotify `IN_CLOSE_WRITE` and `IN_MOVED_TO`, never CREATE, so a file
/// still being written is not read; `IN_MODIFY` only marks a name busy until its next close) and for a stop
/// request: SIGTERM/SIGINT or `requestStop()`.
/// Shutdown is a normal event of the loop, so the file in hand is always finished.
///
/// Signals reach the loop two ways: the calling thread blocks them and reads them through a signalfd, and a
/// handler writes to a pipe the loop also polls, for a signal the kernel hands to another thread of the process
/// (one started before the watcher, which does not block them). Only `requestStop()` may be called from
/// another thread.
public final class InboxWatcher: @unchecked Sendable {
    /// What one wait returned.
    public enum Event: Equatable, Sendable {
        /// Names that became complete in the inbox.
        case files([String])
        /// The kernel's event queue overflowed: rescan the folder.
        case overflow
        /// Nothing happened before the timeout.
        case timeout
        /// SIGTERM or SIGINT arrived, or `requestStop()` was called.
        case stop
    }

    private let inotifyFD: Int32
    /// -1 when the watcher does not take the stop signals.
    private let signalFD: Int32
    private let stopPipe: (read: Int32, write: Int32)

    /// Watches `inbox`; with `stopSignals`, SIGTERM and SIGINT become `.stop` instead of ending the process.
    public init(inbox: URL, stopSignals: Bool = true) throws {
        inotifyFD = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotifyFD >= 0 else { throw InboxError.watch(inbox.path, String(cString: strerror(errno))) }
        guard inotify_add_watch(inotifyFD, inbox.path, UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MODIFY)) >= 0 else {
            let why = String(cString: strerror(errno))
            close(inotifyFD)
            throw InboxError.watch(inbox.path, why)
        }
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            let why = String(cString: strerror(errno))
            close(inotifyFD)
            throw InboxError.watch(inbox.path, "pipe: \(why)")
        }
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        stopPipe = (fds[0], fds[1])
        guard stopSignals else {
            signalFD = -1
            return
        }
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGTERM)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_BLOCK, &mask, nil)
        signalFD = signalfd(-1, &mask, Int32(SFD_NONBLOCK | SFD_CLOEXEC))
        guard signalFD >= 0 else {
            let why = String(cString: strerror(errno))
            close(inotifyFD); close(fds[0]); close(fds[1])
            throw InboxError.watch(inbox.path, "signalfd: \(why)")
        }
        StopSignalRelay.install(writingTo: stopPipe.write)
    }

    deinit {
        if signalFD >= 0 { StopSignalRelay.uninstall(writingTo: stopPipe.write) }
        close(inotifyFD)
        if signalFD >= 0 { close(signalFD) }
        close(stopPipe.read)
        close(stopPipe.write)
    }

    /// Asks the loop to stop as if SIGTERM had arrived; safe from any thread.
    public func requestStop() {
        var b: UInt8 = 1
        _ = write(stopPipe.write, &b, 1)
    }

    /// Whether a stop is pending (checked between files, so a batch can stop early and cleanly).
    public func stopRequested() -> Bool {
        var fds = [pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
        return poll(&fds, 2, 0) > 0
    }

    /// Whether `name` has been written to since it was last closed: a writer holds it (it may have closed it
    /// once already, as `touch` then append does), so reading it now could see half a file.
    public func isBeingWritten(_ name: String) -> Bool {
        drain()
        return writing.contains(name)
    }

    /// Waits up to `timeoutMs` for inbox events or a stop request. `.files` may be empty when only writes
    /// happened: the inbox was not quiet.
    public func wait(timeoutMs: Int32) -> Event {
        if let event = takeReady() { return event }
        var timeoutMs = timeoutMs
        // Writes alone wake the loop at most every `writeWakeMs`: a file written without end (a log in the
        // inbox) would otherwise wake it on every write. Meanwhile the kernel merges the repeated events.
        if wokeForWrites {
            wokeForWrites = false
            let pause = min(max(0, timeoutMs), InboxWatcher.writeWakeMs)
            var stopFDs = [pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
            if poll(&stopFDs, 2, pause) > 0 { return .stop }
            timeoutMs -= pause
        }
        // poll ignores a negative fd, so a watcher without signals simply never sees the first one fire.
        var fds = [pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)]
        let n = poll(&fds, 3, timeoutMs)
        if n <= 0 { return .timeout }
        if fds[0].revents & Int16(POLLIN) != 0 || fds[1].revents & Int16(POLLIN) != 0 { return .stop }
        drain()
        if let event = takeReady() { return event }
        wokeForWrites = true
        return .files([])
    }

    /// The shortest time between two wake-ups for writes alone (milliseconds).
    static let writeWakeMs: Int32 = 200
    private var wokeForWrites = false

    /// Complete names (or an overflow) read from the kernel and not yet returned.
    private var ready: [String] = []
    private var readySet: Set<String> = []
    private var overflowed = false
    /// Names written to and not closed since.
    private var writing: Set<String> = []

    private func takeReady() -> Event? {
        if overflowed {
            overflowed = false
            ready.removeAll()
            readySet.removeAll()
            return .overflow
        }
        guard !ready.isEmpty else { return nil }
        defer { ready.removeAll(); readySet.removeAll() }
        return .files(ready)
    }

    /// Reads every queued inotify event: a write marks its name busy, a close after writing or a rename into
    /// the inbox makes it ready.
    private func drain() {
        let size = 64 * 1024
        let buf = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buf.deallocate() }
        while true {
            let n = read(inotifyFD, buf, size)
            if n <= 0 { break }
            var off = 0
            // struct inotify_event { int wd; uint32_t mask; uint32_t cookie; uint32_t len; char name[len]; }
            while off + 16 <= n {
                let mask = buf.load(fromByteOffset: off + 4, as: UInt32.self)
                let len = Int(buf.load(fromByteOffset: off + 12, as: UInt32.self))
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    overflowed = true
                    writing.removeAll()
                }
                let raw = len > 0 ? Array(UnsafeRawBufferPointer(start: buf + off + 16, count: len).prefix { $0 != 0 }) : []
                // A name that is not valid UTF-8 cannot be opened through a Swift string: a rescan renames it.
                if !raw.isEmpty && !CharsetSniffer.isValidUTF8(raw) { overflowed = true }
                let name = CharsetSniffer.isValidUTF8(raw) ? String(decoding: raw, as: UTF8.self) : ""
                if !name.isEmpty && mask & UInt32(IN_MODIFY) != 0 {
                    writing.insert(name)
                } else if !name.isEmpty {
                    writing.remove(name)
                    if readySet.insert(name).inserted { ready.append(name) }
                }
                off += 16 + len
            }
        }
    }
}

/// The process-wide SIGTERM/SIGINT handler that forwards a signal to the watcher's pipe (async-signal-safe:
/// it only calls write(2) on a descriptor stored before the handler is installed).
enum StopSignalRelay {
    nonisolated(unsafe) static var target: Int32 = -1

    static func install(writingTo fd: Int32) {
        target = fd
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            var b: UInt8 = 1
            _ = write(StopSignalRelay.target, &b, 1)
        }
        action.sa_flags = SA_RESTART
        sigemptyset(&action.sa_mask)
        sigaction(SIGTERM, &action, nil)
        sigaction(SIGINT, &action, nil)
    }

    static func uninstall(writingTo fd: Int32) {
        guard target == fd else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_DFL
        sigaction(SIGTERM, &action, nil)
        sigaction(SIGINT, &action, nil)
        target = -1
    }
}
