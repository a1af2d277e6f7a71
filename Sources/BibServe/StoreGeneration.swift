import BibExport
import BibPipeline
import Foundation

/// A fingerprint of the store's current state, cheap enough to take on every request: the identity (inode, size,
/// modification time) of each export file, valid only while the store says its exports are current. Every change
/// to the store rewrites the export files atomically (a new inode), so a new fingerprint means a change; `nil`
/// means the exports are being rewritten and the state cannot be named without rendering.
enum StoreGeneration {
    static func current(_ library: Library) -> String? { snapshot(library)?.name }

    /// The fingerprint and the identity of each export file it was taken from, by format.
    static func snapshot(_ library: Library) -> (name: String, files: [ExportFormat: String])? {
        guard (try? library.store.read({ try $0.exportsAreStale() })) == false else { return nil }
        var parts: [String] = []
        var files: [ExportFormat: String] = [:]
        for (format, url) in library.exportFiles {
            var st = stat()
            guard stat(url.path, &st) == 0 else { return nil }
            files[format] = identity(st)
            parts.append(identity(st))
        }
        return (parts.joined(separator: "/"), files)
    }

    /// A file's identity: a file replaced (renamed over) or rewritten gets another.
    static func identity(_ st: stat) -> String {
        "\(st.st_ino)-\(st.st_size)-\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }
}
