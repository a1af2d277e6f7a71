import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The store folder's write lock, so two writers (two refreshes, the daemon and a `bibd merge`) never work on one
/// store at once. Readers never take it (they read SQLite WAL snapshots); a writer holds it only for one short
/// unit of work (one inbox file, one decision, one export rewrite), so no writer waits longer than that.
/// Held until the lock object is released; the kernel drops it if the process dies.
public final class StoreLock: @unchecked Sendable {
    private let fd: Int32

    /// Takes the lock, waiting up to `wait` seconds; throws `PipelineError.storeBusy` when it stays taken.
    /// Waiters take turns: a writer first passes a turnstile (`.lock-queue`) and holds it while it waits, so a
    /// writer that gives the lock up between two files cannot take it straight back while another waits.
    public init(directory: URL, wait: Double) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let deadline = Date().addingTimeInterval(wait)
        let turnstile = try StoreLock.take(directory.appendingPathComponent(".lock-queue").path, until: deadline, in: directory)
        defer { flock(turnstile, LOCK_UN); close(turnstile) }
        fd = try StoreLock.take(directory.appendingPathComponent(".lock").path, until: deadline, in: directory)
    }

    /// An open descriptor of `path` holding an exclusive flock, polled until `deadline`.
    private static func take(_ path: String, until deadline: Date, in directory: URL) throws -> Int32 {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PipelineError.export(path, "cannot take the store lock: \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if Date() >= deadline {
                close(fd)
                throw PipelineError.storeBusy(directory.path)
            }
            usleep(20_000)
        }
        return fd
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}

/// The store's write lock as one process uses it: re-entrant (a unit of work may call another), shared by the
/// process's threads (a server's requests and the daemon's batches take turns), and holding the folder's
/// `StoreLock` only while some thread is inside `exclusively`.
final class WriteLock: @unchecked Sendable {
    private let directory: URL
    private let wait: Double
    private let mutex = NSRecursiveLock()
    private var depth = 0
    private var held: StoreLock?

    init(directory: URL, wait: Double) {
        self.directory = directory
        self.wait = wait
    }

    /// Runs `body` holding the lock; throws `PipelineError.storeBusy` when another process keeps it past the wait
    /// (`wait`, or the lock's own when nil).
    func exclusively<T>(wait: Double? = nil, _ body: () throws -> T) throws -> T {
        mutex.lock()
        defer { mutex.unlock() }
        if depth == 0 { held = try StoreLock(directory: directory, wait: wait ?? self.wait) }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { held = nil }
        }
        return try body()
    }
}
