import Foundation

/// Values decoded from stored JSON, kept by the exact text they were decoded from, for a reader that shows the
/// same rows again and again (the review page). A row whose text changed since is decoded anew, so a hit is
/// always what decoding the current text gives, whoever wrote the store meanwhile. At `capacity` entries the cache
/// is emptied and fills again.
public final class DecodeCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [StoredText: Value] = [:]
    public let capacity: Int

    public init(capacity: Int) { self.capacity = capacity }

    /// The values of the texts decoded before, by position in `texts`.
    func hits(_ texts: [String]) -> [Int: Value] {
        lock.lock()
        defer { lock.unlock() }
        var out: [Int: Value] = [:]
        for (i, t) in texts.enumerated() { if let v = values[StoredText(t)] { out[i] = v } }
        return out
    }

    /// Empties the cache.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        values.removeAll()
    }

    func keep(_ pairs: [(text: String, value: Value)]) {
        lock.lock()
        defer { lock.unlock() }
        if values.count + pairs.count > capacity { values.removeAll(keepingCapacity: true) }
        for (t, v) in pairs.prefix(capacity) { values[StoredText(t)] = v }
    }
}

/// Stored JSON as a dictionary key, hashed and compared as its UTF-8 bytes: the text is the row as written, so
/// byte equality is the equality that matters, and it skips the Unicode normalization `String` hashing does.
private struct StoredText: Hashable {
    var text: String

    init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    func hash(into hasher: inout Hasher) {
        var t = text
        t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: StoredText, b: StoredText) -> Bool {
        var x = a.text, y = b.text
        return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
    }
}
