import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a store folder, so two writers (two refreshes, or a refresh and the daemon) never
/// work on one store at once. Held until the lock object is released; the kernel drops it if the process dies.
public final class StoreLock: @unchecked Sendable {
    private let fd: Int32

    /// Takes the lock, waiting up to `wait` seconds; throws `PipelineError.storeBusy` when it stays taken.
    public init(directory: URL, wait: Double) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent(".lock").path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PipelineError.export(path, "cannot take the store lock: \(String(cString: strerror(errno)))") }
        let deadline = Date().addingTimeInterval(wait)
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if Date() >= deadline {
                close(fd)
                throw PipelineError.storeBusy(directory.path)
            }
            usleep(100_000)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
