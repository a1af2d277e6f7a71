/// A string used as a dictionary key by its UTF-8 bytes: hashing and comparing need no Unicode normalization,
/// which `String` keys pay for on every lookup of a non-ASCII string. For caches keyed by fixed rule texts
/// (patterns, XPaths), where two spellings of one text may simply be two entries.
public struct UTF8Key: Hashable, Sendable {
    public let text: String

    public init(_ text: String) { self.text = text }

    public func hash(into hasher: inout Hasher) {
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public static func == (a: UTF8Key, b: UTF8Key) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }
}
