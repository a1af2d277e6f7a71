import Foundation

/// A first-byte test in front of a table of line prefixes (or whole lines) compared as characters: a line
/// whose first byte is ASCII can start with an entry only when that byte begins the entry's canonical
/// decomposition (upper or lower case alike when the line is lower-cased before the comparison). A line that
/// starts outside ASCII, or is empty, is always let through to the full comparison; the test only spares the
/// lower-casing and the comparisons on lines that cannot match.
struct LeadBytes: Sendable {
    private var admitted = [Bool](repeating: false, count: 128)
    /// Whether the line is lower-cased before it is compared with the entries.
    private let lowercasedLines: Bool

    /// `trimmed`: characters the comparison strips from the line's start before it compares, besides white
    /// space (`nil` when it strips nothing); a line starting with one is let through.
    init<S: Sequence<String>>(_ entries: S, lowercasedLines: Bool, trimmed: String? = nil) {
        self.lowercasedLines = lowercasedLines
        if let trimmed {
            for b in 0...0x20 { admitted[b] = true }
            for b in trimmed.utf8 where b < 0x80 { admitted[Int(b)] = true }
        }
        for entry in entries {
            guard let first = entry.decomposedStringWithCanonicalMapping.utf8.first else {
                // An empty entry starts every line.
                admitted = [Bool](repeating: true, count: 128)
                continue
            }
            if first < 0x80 { admitted[Int(first)] = true }
        }
    }

    /// Whether the line may start with an entry (`false` only when it cannot).
    func admits<S: StringProtocol>(_ line: S) -> Bool {
        guard let b = line.utf8.first, b < 0x80 else { return true }
        let key = lowercasedLines && b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b + 0x20 : b
        return admitted[Int(key)]
    }
}

extension StringProtocol {
    /// `false` when `hasPrefix(prefix)` is false for certain from the first bytes: both ASCII and different. An
    /// ASCII scalar opens its character and is no part of any other ASCII character's decomposition, so two
    /// characters that open with different ASCII scalars are never canonically equivalent. `true` (undecided)
    /// otherwise.
    ///
    /// A prefix whose first character is one ASCII scalar (its second byte, if any, ASCII too) cannot start a text
    /// that opens outside ASCII either, unless that text opens with a character whose whole canonical
    /// decomposition is one ASCII scalar (`asciiSingletons`).
    func mayHavePrefix<P: StringProtocol>(_ prefix: P) -> Bool {
        guard let a = utf8.first, let b = prefix.utf8.first, b < 0x80 else { return true }
        if a < 0x80 { return a == b }
        guard b != 0x0D, prefix.utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true, let first = unicodeScalars.first else { return true }
        return asciiSingletons.contains(first.value)
    }
}

/// The characters whose canonical decomposition is one ASCII scalar: KELVIN SIGN (K), GREEK QUESTION MARK (;) and
/// GREEK VARIA (`).
private let asciiSingletons: Set<UInt32> = [0x212A, 0x037E, 0x1FEF]
