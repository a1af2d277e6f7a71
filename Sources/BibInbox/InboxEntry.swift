import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What a name in the inbox is, decided with `lstat` before anything opens it (opening a FIFO would block).
public enum InboxEntry: Equatable, Sendable {
    /// A regular file ready to ingest, with its size in bytes.
    case file(size: Int)
    /// A name still being written or a temporary name (`.part`, `.tmp`, `~`, dotfiles): wait for its rename.
    case temporary
    /// A symbolic link whose target is outside the inbox: set aside, never followed.
    case linkOutside(String)
    /// A link to a regular file inside the inbox: ingested like the file.
    case linkInside(size: Int)
    /// A directory, FIFO, socket or device: skipped with a reason, left where it is.
    case special(String)
    /// The name went away before it could be read.
    case vanished

    /// Temporary names that downloaders and copy tools use before renaming a file into place.
    static let temporarySuffixes = [".part", ".tmp", ".crdownload", ".partial", ".download", "~", ".swp"]

    public static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") || temporarySuffixes.contains { name.lowercased().hasSuffix($0) }
    }

    /// Classifies `name` inside `inbox`.
    public static func classify(_ name: String, in inbox: URL) -> InboxEntry {
        if isTemporaryName(name) { return .temporary }
        let path = inbox.appendingPathComponent(name).path
        var st = stat()
        guard lstat(path, &st) == 0 else { return .vanished }
        switch st.st_mode & S_IFMT {
        case S_IFREG:
            return .file(size: Int(st.st_size))
        case S_IFLNK:
            guard let real = realpath(path, nil) else { return .linkOutside("a dangling symbolic link") }
            defer { free(real) }
            let target = String(cString: real)
            let root = (inbox.resolvingSymlinksInPath().path as NSString).standardizingPath
            guard target.hasPrefix(root + "/") else { return .linkOutside("a symbolic link to \(target), outside the inbox") }
            var tst = stat()
            guard stat(target, &tst) == 0, tst.st_mode & S_IFMT == S_IFREG else {
                return .special("a symbolic link to something that is not a regular file")
            }
            return .linkInside(size: Int(tst.st_size))
        case S_IFDIR: return .special("a directory")
        case S_IFIFO: return .special("a FIFO")
        case S_IFSOCK: return .special("a socket")
        case S_IFCHR, S_IFBLK: return .special("a device file")
        default: return .special("not a regular file")
        }
    }
}
