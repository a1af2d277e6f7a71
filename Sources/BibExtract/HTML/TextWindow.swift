import Foundation
import BibModel

/// The visible text the text rules read, prepared once for all of them: its UTF-8 bytes, the same bytes with
/// ASCII letters lower-cased (where anchors are looked for), and whether case-insensitive anchors can be
/// trusted on it (see `PatternAnchor.caseInsensitive`).
struct TextWindow {
    let text: String
    private let bytes: [UInt8]
    private let lowered: [UInt8]
    private let holdsFoldTrap: Bool

    /// How far past an anchor a first try reads, in UTF-8 bytes. A match that needs more (the matcher reached
    /// the end of the piece) is tried again on the rest of the window, so the bound never changes a result.
    static let piece = 1024

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        lowered = bytes.map(PatternAnchor.asciiLower)
        holdsFoldTrap = bytes.withUnsafeBufferPointer(PatternAnchor.holdsFoldTrap)
    }

    /// The first match of `re` (the leftmost, as `firstMatch` over the whole window finds it) and the text its
    /// ranges refer to: the window, or the piece of it that starts at the anchor.
    func firstMatch(_ re: NSRegularExpression, anchor: PatternAnchor?) -> (match: NSTextCheckingResult, in: String)? {
        guard let anchor, !(anchor.caseInsensitive && holdsFoldTrap) else {
            return re.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)).map { ($0, text) }
        }
        var from = 0
        while let at = ByteSearch.firstIndex(of: anchor.literal, in: lowered, from: from) {
            from = at + 1
            if anchor.wordBoundary, let previous = scalar(before: at), PatternAnchor.isWordScalar(previous) { continue }
            var end = min(at + Self.piece, bytes.count)
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }  // not inside a scalar
            var piece = String(decoding: bytes[at..<end], as: UTF8.self)
            var (match, hitEnd) = Self.anchoredMatch(re, in: piece)
            if hitEnd, end < bytes.count {
                piece = String(decoding: bytes[at...], as: UTF8.self)
                match = Self.anchoredMatch(re, in: piece).match
            }
            if let match { return (match, piece) }
        }
        return nil
    }

    /// The scalar that ends just before byte offset `at`.
    private func scalar(before at: Int) -> Unicode.Scalar? {
        guard at > 0 else { return nil }
        var start = at - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return String(decoding: bytes[start..<at], as: UTF8.self).unicodeScalars.first
    }

    /// A match of `re` starting at the start of `text`, and whether the matcher looked at the end of `text`
    /// (then a longer text could have matched differently).
    static func anchoredMatch(_ re: NSRegularExpression, in text: String) -> (match: NSTextCheckingResult?, hitEnd: Bool) {
        var found: NSTextCheckingResult?
        var hitEnd = false
        re.enumerateMatches(in: text, options: [.anchored, .reportCompletion],
                            range: NSRange(location: 0, length: text.utf16.count)) { match, flags, stop in
            if let match {
                found = match
                stop.pointee = true
            }
            if flags.contains(.hitEnd) { hitEnd = true }
        }
        return (found, hitEnd)
    }
}
