import CLinux
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Waits for complete files in the inbox (inotify `IN_CLOSE_WRITE` and `IN_MOVED_TO`, never CREATE or MODIFY,
/// so a file still being written is not read) and for SIGTERM/SIGINT (through a signalfd, so shutdown is a
/// normal event of the loop and the file in hand is always finished).
public final class InboxWatcher {
    /// What one wait returned.
    public enum Event: Equatable, Sendable {
        /// Names that became complete in the inbox.
        case files([String])
        /// The kernel's event queue overflowed: rescan the folder.
        case overflow
        /// Nothing happened before the timeout.
        case timeout
        /// SIGTERM or SIGINT arrived.
        case stop
    }

    private let inotifyFD: Int32
    private let signalFD: Int32

    public init(inbox: URL) throws {
        inotifyFD = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotifyFD >= 0 else { throw InboxError.watch(inbox.path, String(cString: strerror(errno))) }
        guard inotify_add_watch(inotifyFD, inbox.path, UInt32(IN_CLOSE_WRITE | IN_MOVED_TO)) >= 0 else {
            let why = String(cString: strerror(errno))
            close(inotifyFD)
            throw InboxError.watch(inbox.path, why)
        }
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGTERM)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_BLOCK, &mask, nil)
        signalFD = signalfd(-1, &mask, Int32(SFD_NONBLOCK | SFD_CLOEXEC))
        guard signalFD >= 0 else {
            let why = String(cString: strerror(errno))
            close(inotifyFD)
            throw InboxError.watch(inbox.path, "signalfd: \(why)")
        }
    }

    deinit {
        close(inotifyFD)
        close(signalFD)
    }

    /// Whether SIGTERM/SIGINT is pending (checked between files, so a batch can stop early and cleanly).
    public func stopRequested() -> Bool {
        var p = pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    /// Waits up to `timeoutMs` for inbox events or a stop signal.
    public func wait(timeoutMs: Int32) -> Event {
        var fds = [pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0),
                   pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)]
        let n = poll(&fds, 2, timeoutMs)
        if n <= 0 { return .timeout }
        if fds[0].revents & Int16(POLLIN) != 0 { return .stop }
        return readEvents()
    }

    private func readEvents() -> Event {
        let size = 64 * 1024
        let buf = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buf.deallocate() }
        var names: [String] = []
        var overflow = false
        while true {
            let n = read(inotifyFD, buf, size)
            if n <= 0 { break }
            var off = 0
            // struct inotify_event { int wd; uint32_t mask; uint32_t cookie; uint32_t len; char name[len]; }
            while off + 16 <= n {
                let mask = buf.load(fromByteOffset: off + 4, as: UInt32.self)
                let len = Int(buf.load(fromByteOffset: off + 12, as: UInt32.self))
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { overflow = true }
                if len > 0 {
                    let name = String(cString: (buf + off + 16).assumingMemoryBound(to: CChar.self))
                    if !name.isEmpty && !names.contains(name) { names.append(name) }
                }
                off += 16 + len
            }
        }
        return overflow ? .overflow : .files(names)
    }
}
