/// Hands out unique citation keys: a base key as it is when free, else the base with the first free
/// suffix in the order a, b, …, z, aa, ab, … (as Better BibTeX does). Deterministic for a given set of
/// taken keys and order of requests.
public struct CitekeyAllocator: Sendable {
    /// Keys already in use (pinned keys of stored works, and every key this allocator issued).
    public private(set) var taken: Set<String>

    public init(taken: Set<String> = []) {
        self.taken = taken
    }

    /// A key not in `taken`, built from `base`; it is added to `taken`.
    public mutating func allocate(_ base: String) -> String {
        // Keys are never given back, so the suffixes already found taken for a base stay taken: the search
        // starts where the last one for this base ended (10,000 works of one base cost 10,000 probes, not 50
        // million).
        var n = probed[base] ?? 0
        var key = n == 0 ? base : base + Self.suffix(n)
        while taken.contains(key) {
            n += 1
            key = base + Self.suffix(n)
        }
        taken.insert(key)
        if n > 0 { probed[base] = n }
        return key
    }

    /// Base → the suffix number of the last key issued for it with a suffix.
    private var probed: [String: Int] = [:]

    /// 1 → "a", 26 → "z", 27 → "aa", 28 → "ab" (bijective base 26).
    static func suffix(_ n: Int) -> String {
        var n = n
        var out: [Character] = []
        while n > 0 {
            n -= 1
            out.append(Character(Unicode.Scalar(UInt8(97 + n % 26))))
            n /= 26
        }
        return String(out.reversed())
    }
}
