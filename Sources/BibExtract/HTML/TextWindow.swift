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
    static let piece = 256

    init(_ text: String) {
        self.text = text
        bytes = Array(text.utf8)
        lowered = bytes.map(PatternAnchor.asciiLower)
        holdsFoldTrap = bytes.withUnsafeBufferPointer(PatternAnchor.holdsFoldTrap)
    }

    /// How much text before an anchor a piece keeps at least, in UTF-8 bytes: `\b` and other tests at the
    /// anchor see it (the matcher's bounds are transparent), as they would see it in the whole window.
    static let context = 16

    /// The first match of `re` (the leftmost, as `firstMatch` over the whole window finds it) and the text its
    /// ranges refer to: the window, or the piece of it around the anchor.
    func firstMatch(_ re: NSRegularExpression, anchor: PatternAnchor?) -> (match: NSTextCheckingResult, in: String)? {
        guard let anchor, !(anchor.caseInsensitive && holdsFoldTrap) else {
            return re.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)).map { ($0, text) }
        }
        var from = 0
        while let at = ByteSearch.firstIndex(of: anchor.literal, in: lowered, from: from) {
            from = at + 1
            let start = contextStart(before: at)
            let offset = String(decoding: bytes[start..<at], as: UTF8.self).utf16.count
            let end = pieceEnd(after: at)
            var piece = String(decoding: bytes[start..<end], as: UTF8.self)
            var (match, hitEnd) = Self.anchoredMatch(re, in: piece, at: offset)
            if hitEnd, end < bytes.count {
                piece = String(decoding: bytes[start...], as: UTF8.self)
                match = Self.anchoredMatch(re, in: piece, at: offset).match
            }
            if let match { return (match, piece) }
        }
        return nil
    }

    /// Where the piece for an anchor at `at` starts: `context` bytes back, then further back over the scalars
    /// ICU's `\b` looks through (combining marks, format characters, and unassigned ones to be safe) and one
    /// more, so that the character a boundary test reads lies inside the piece.
    private func contextStart(before at: Int) -> Int {
        var start = at
        while start > 0 {
            var s = start - 1
            while s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
            let scalar = String(decoding: bytes[s..<start], as: UTF8.self).unicodeScalars.first
            start = s
            if at - start >= Self.context, let scalar, !PatternAnchor.isSeenThrough(scalar) { break }
        }
        return start
    }

    /// Where the piece for an anchor at `at` ends: `piece` bytes on, moved back to a scalar boundary and off a
    /// carriage return (a CR LF cut in two would read as a lone CR without the matcher noticing the end).
    private func pieceEnd(after at: Int) -> Int {
        var end = min(at + Self.piece, bytes.count)
        while end < bytes.count, end > at, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        while end < bytes.count, end > at + 1, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }

    /// A match of `re` starting at UTF-16 offset `at` of `text` (the text before it seen as context), and
    /// whether the matcher looked at the end of `text` (then a longer text could have matched differently).
    static func anchoredMatch(_ re: NSRegularExpression, in text: String, at: Int) -> (match: NSTextCheckingResult?, hitEnd: Bool) {
        var found: NSTextCheckingResult?
        var hitEnd = false
        re.enumerateMatches(in: text, options: [.anchored, .reportCompletion, .withTransparentBounds],
                            range: NSRange(location: at, length: text.utf16.count - at)) { match, flags, stop in
            if let match {
                found = match
                stop.pointee = true
            }
            if flags.contains(.hitEnd) { hitEnd = true }
        }
        return (found, hitEnd)
    }
}
