import Foundation
import BibModel

/// Compiled regular expressions of the rules, by pattern (its bytes): each pattern is compiled once per process.
final class RegexCache: @unchecked Sendable {
    static let shared = RegexCache()

    private let lock = NSLock()
    private var compiled: [UTF8Key: NSRegularExpression?] = [:]

    /// The compiled `pattern`, or nil when it does not compile.
    func regex(_ pattern: String) -> NSRegularExpression? {
        lock.lock()
        defer { lock.unlock() }
        if let known = compiled[UTF8Key(pattern)] { return known }
        let made = try? NSRegularExpression(pattern: pattern)
        compiled[UTF8Key(pattern)] = made
        return made
    }
}
