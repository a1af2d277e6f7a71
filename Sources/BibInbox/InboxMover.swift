import BibPipeline
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Moves inbox files to `processed/` or `failed/` (never deleting anything), keeping the name and making it
/// unique on a clash ("page.html" → "page-1.html"). A failed file gets a `NAME.error.json` sidecar, written
/// before the file moves, so a crash in between leaves the file in the inbox to be tried again.
public struct InboxMover: Sendable {
    public var processed: URL
    public var failed: URL
    public var version: String

    public init(processed: URL, failed: URL, version: String) {
        self.processed = processed; self.failed = failed; self.version = version
    }

    /// Moves an ingested (or duplicate) file to `processed/`; returns where it went.
    @discardableResult
    public func markProcessed(_ file: URL) throws -> URL {
        try move(file, into: processed)
    }

    /// Writes the sidecar then moves the file to `failed/`; returns where it went.
    @discardableResult
    public func markFailed(_ file: URL, reason: String) throws -> URL {
        try InboxFolders.ensure(failed)
        let target = unique(file.lastPathComponent, in: failed, sidecar: InboxMover.sidecarSuffix)
        let sidecar = failed.appendingPathComponent(target.lastPathComponent + InboxMover.sidecarSuffix)
        let info: [String: Any] = [
            "file": file.lastPathComponent, "error": reason, "bibd_version": version,
            "failed_at": ISO8601DateFormatter().string(from: Date()),
        ]
        let data = try JSONSerialization.data(withJSONObject: info, options: [.prettyPrinted, .sortedKeys])
        // Written in place, not through a temporary name: a crash mid-write leaves a partial sidecar next to no
        // file (the file is still in the inbox), and it is overwritten when that file is set aside again.
        try data.write(to: sidecar)
        do {
            try rename(file, to: target)
        } catch {
            // The file stays in the inbox (a read-only inbox, say): a sidecar must not describe a file not there.
            try? FileManager.default.removeItem(at: sidecar)
            throw error
        }
        return target
    }

    private func move(_ file: URL, into dir: URL) throws -> URL {
        try InboxFolders.ensure(dir)
        let target = unique(file.lastPathComponent, in: dir)
        try rename(file, to: target)
        return target
    }

    private func rename(_ from: URL, to: URL) throws {
        if Glibc.rename(from.path, to.path) == 0 { return }
        let err = errno
        // Across file systems rename fails: copy under a hidden name, rename it into place, and only then remove
        // the original, so a crash never leaves a partial file under the final name (at worst both copies remain).
        guard err == EXDEV else { throw InboxError.move(from.path, to.path, String(cString: strerror(err))) }
        // A file that cannot be removed from its folder (a read-only inbox) is not copied: a copy would be made
        // again on every pass.
        guard access(from.deletingLastPathComponent().path, W_OK) == 0 else {
            throw InboxError.move(from.path, to.path, "the inbox is read-only (\(String(cString: strerror(errno))))")
        }
        // The hidden name is short whatever the final name's length; one left by a crash is replaced.
        let partial = to.deletingLastPathComponent()
            .appendingPathComponent(".bibd-" + ContentHash.sha256(Array(to.lastPathComponent.utf8)).prefix(16) + ".partial")
        do {
            try InboxMover.durableCopy(from, to: partial)
        } catch {
            unlink(partial.path)
            throw error
        }
        guard Glibc.rename(partial.path, to.path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(partial.path)
            throw InboxError.move(partial.path, to.path, why)
        }
        InboxMover.syncFolder(of: to)
        try FileManager.default.removeItem(at: from)
    }

    /// Copies `from` to a new file `to` (replacing one left by a crash) and flushes it to disk, so that the rename
    /// that follows never publishes a file whose bytes are not all there.
    static func durableCopy(_ from: URL, to: URL) throws {
        let fail = { (what: String) in InboxError.move(from.path, to.path, "\(what): \(String(cString: strerror(errno)))") }
        let src = open(from.path, O_RDONLY | O_CLOEXEC)
        guard src >= 0 else { throw fail("open") }
        defer { close(src) }
        unlink(to.path)
        let dst = open(to.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard dst >= 0 else { throw fail("create") }
        defer { close(dst) }
        let size = 1 << 20
        let buf = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buf.deallocate() }
        while true {
            let n = read(src, buf, size)
            if n < 0 { if errno == EINTR { continue }; throw fail("read") }
            if n == 0 { break }
            var done = 0
            while done < n {
                let w = write(dst, buf + done, n - done)
                if w < 0 { if errno == EINTR { continue }; throw fail("write") }
                done += w
            }
        }
        guard fsync(dst) == 0 else { throw fail("fsync") }
    }

    /// Flushes a folder's entries (a rename into it) to disk; best effort.
    static func syncFolder(of file: URL) {
        let fd = open(file.deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// The suffix of a failed file's sidecar.
    public static let sidecarSuffix = ".error.json"

    /// `name` in `dir`, or `stem-N.ext` with the smallest N that is free; shortened with a hash of the whole name
    /// when the name plus `sidecar` (a sidecar's suffix) would not fit in a file name. With a sidecar, the name
    /// is also taken when its sidecar's name is a set-aside file of its own (`x.pdf.error.json` that failed
    /// earlier has its own sidecar): writing the new sidecar would overwrite that file.
    func unique(_ name: String, in dir: URL, sidecar: String? = nil) -> URL {
        let reserve = sidecar?.utf8.count ?? 0
        let ext = (name as NSString).pathExtension
        let stem = ext.isEmpty ? name : String(name.dropLast(ext.count + 1))
        var candidate = dir.appendingPathComponent(FittedName.fit(stem: stem, suffix: "", ext: ext, original: name, reserve: reserve))
        var n = 1
        // Only a file makes a name taken: a sidecar alone is left by a crash between writing it and moving its
        // file, and is rewritten when that file is set aside again.
        func taken(_ url: URL) -> Bool {
            if FileManager.default.fileExists(atPath: url.path) { return true }
            guard let sidecar else { return false }
            return FileManager.default.fileExists(atPath: url.path + sidecar + sidecar)
        }
        while taken(candidate) {
            candidate = dir.appendingPathComponent(FittedName.fit(stem: stem, suffix: "-\(n)", ext: ext, original: name, reserve: reserve))
            n += 1
        }
        return candidate
    }
}

/// Errors of the inbox layer.
public enum InboxError: Error, CustomStringConvertible, Sendable {
    case move(String, String, String)
    case watch(String, String)

    public var description: String {
        switch self {
        case .move(let a, let b, let why): return "cannot move \(a) to \(b): \(why)"
        case .watch(let dir, let why): return "cannot watch \(dir): \(why)"
        }
    }
}
