import BibPipeline
import Foundation

/// A fingerprint of the store's current state, cheap enough to take on every request: the identity (inode, size,
/// modification time) of each export file, valid only while the store says its exports are current. Every change
/// to the store rewrites the export files atomically (a new inode), so a new fingerprint means a change; `nil`
/// means the exports are being rewritten and the state cannot be named without rendering.
enum StoreGeneration {
    static func current(_ library: Library) -> String? {
        guard (try? library.store.read({ try $0.exportsAreStale() })) == false else { return nil }
        var parts: [String] = []
        for (_, url) in library.exportFiles {
            var st = stat()
            guard stat(url.path, &st) == 0 else { return nil }
            parts.append("\(st.st_ino)-\(st.st_size)-\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)")
        }
        return parts.joined(separator: "/")
    }
}
