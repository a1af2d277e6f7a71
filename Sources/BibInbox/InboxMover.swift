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
        try rename(file, to: target)
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
        // The hidden name is short whatever the final name's length.
        let partial = to.deletingLastPathComponent()
            .appendingPathComponent(".bibd-" + ContentHash.sha256(Array(to.lastPathComponent.utf8)).prefix(16) + ".partial")
        try? FileManager.default.removeItem(at: partial)
        try FileManager.default.copyItem(at: from, to: partial)
        guard Glibc.rename(partial.path, to.path) == 0 else {
            throw InboxError.move(partial.path, to.path, String(cString: strerror(errno)))
        }
        try FileManager.default.removeItem(at: from)
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
