import BibPipeline
import Foundation

/// File names that fit the file system's limit (255 bytes, NAME_MAX on Linux): a name too long once a de-clash
/// suffix or a sidecar suffix is added keeps its extension, loses the end of its stem (at a character boundary)
/// and gains `~` and 12 hex digits of the SHA-256 of the whole original name, so two long names that differ only
/// at the end stay apart.
enum FittedName {
    static let maxBytes = 255
    /// Extensions longer than this are not kept apart from the stem when shortening.
    static let maxExtensionBytes = 16

    static func fit(stem: String, suffix: String, ext: String, original: String, reserve: Int) -> String {
        let dotExt = ext.isEmpty ? "" : "." + ext
        let whole = stem + suffix + dotExt
        let limit = maxBytes - reserve
        if whole.utf8.count <= limit { return whole }
        let keptExt = dotExt.utf8.count <= maxExtensionBytes ? dotExt : ""
        let base = keptExt.isEmpty ? stem + dotExt : stem
        let mark = "~" + ContentHash.sha256(Array(original.utf8)).prefix(12)
        let room = max(0, limit - mark.utf8.count - suffix.utf8.count - keptExt.utf8.count)
        return prefix(base, bytes: room) + mark + suffix + keptExt
    }

    /// The longest prefix of `text` of at most `bytes` UTF-8 bytes, cut between characters.
    static func prefix(_ text: String, bytes: Int) -> String {
        var out = ""
        var used = 0
        for ch in text {
            let n = ch.utf8.count
            if used + n > bytes { break }
            out.append(ch)
            used += n
        }
        return out
    }
}
