import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decides whether a file found by a scan (not announced closed by inotify) is complete: its mtime is older than
/// the settle time (so neither its size nor its mtime changed for that long) and no process holds it open for
/// writing. A file that is not yet complete is left for the next pass.
public struct SettleCheck: Sendable {
    /// How long a file's size and mtime must have stayed unchanged.
    public var settleSeconds: Double

    public init(settleSeconds: Double) {
        self.settleSeconds = max(0, settleSeconds)
    }

    /// Why a file is not ready yet; nil when it is ready (or is not a regular file, which the classifier handles).
    /// `writers` is consulted only for a file old enough, so that a burst of fresh files costs no `/proc` scan.
    public func notReady(_ url: URL, writers: () -> OpenWriters) -> String? {
        var st = stat()
        guard stat(url.path, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { return nil }
        let modified = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
        let age = Date().timeIntervalSince1970 - modified
        // A modification time in the future (a server's clock ahead, an archive's dates) says nothing about a
        // writer: the open-writer check below decides, or the file would wait until the clock caught up.
        if age >= 0, age < settleSeconds {
            return "modified \(String(format: "%.1f", max(0, age))) s ago (settle time \(settleSeconds) s)"
        }
        if writers().holds(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)) {
            return "a process holds it open for writing"
        }
        return nil
    }
}

/// The files some process holds open for writing, read once from `/proc/*/fd` and `/proc/*/fdinfo`
/// (by device and inode, so any path to the file matches). Processes of other users cannot be inspected
/// without privileges; for them the settle time is the guard.
public struct OpenWriters: Sendable {
    struct FileID: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64
    }

    private let files: Set<FileID>

    public func holds(device: UInt64, inode: UInt64) -> Bool {
        files.contains(FileID(device: device, inode: inode))
    }

    /// Reads every readable process's descriptors now.
    public static func snapshot() -> OpenWriters {
        var found: Set<FileID> = []
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { $0.allSatisfy(\.isNumber) }
        for pid in pids {
            guard let fds = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/fd") else { continue }
            for fd in fds {
                guard isOpenForWriting(pid: pid, fd: fd) else { continue }
                var st = stat()
                guard stat("/proc/\(pid)/fd/\(fd)", &st) == 0, st.st_mode & S_IFMT == S_IFREG else { continue }
                found.insert(FileID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino)))
            }
        }
        return OpenWriters(files: found)
    }

    /// Whether the descriptor's access mode (the `flags:` line of fdinfo, in octal) allows writing.
    static func isOpenForWriting(pid: String, fd: String) -> Bool {
        guard let info = try? String(contentsOfFile: "/proc/\(pid)/fdinfo/\(fd)", encoding: .utf8),
              let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags:") }),
              let flags = Int32(line.dropFirst("flags:".count).trimmingCharacters(in: .whitespaces), radix: 8) else {
            return false
        }
        return flags & O_ACCMODE != O_RDONLY
    }
}
