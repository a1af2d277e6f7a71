import BibModel
import BibStore

/// Issues citation keys to works that have none. A key, once issued, is pinned: later sources never change it.
/// Keys are issued in a deterministic order (formula result, then the work's smallest source hash), so the same
/// store contents give the same keys whatever order the files arrived in within a batch.
struct CitekeyIssuer {
    var formula: String

    func issue(in tx: StoreTransaction) throws {
        var taken = try tx.takenCitekeys()
        let pending = try tx.worksWithoutCitekey()
            .map { (work: $0, base: baseKey(for: $0.record), order: $0.sources.map(\.sha256).min() ?? $0.id) }
            .sorted { ($0.base, $0.order) < ($1.base, $1.order) }
        for p in pending {
            var work = p.work
            var key = p.base
            var n = 0
            while taken.contains(key) {
                key = p.base + Self.suffix(n)
                n += 1
            }
            taken.insert(key)
            work.citekey = key
            try tx.saveWork(work)
        }
    }

    /// a, b, … z, aa, ab, … as Better BibTeX does.
    static func suffix(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = n
        var s = ""
        repeat {
            s = String(letters[n % 26]) + s
            n = n / 26 - 1
        } while n >= 0
        return s
    }

    /// Placeholder formula until the export stage's formula language is wired: family + first title word + year.
    func baseKey(for r: Record) -> String {
        let family = r.authors.first.flatMap { $0.family ?? $0.literal } ?? "anon"
        let word = (r.title ?? "").split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        let raw = family.lowercased() + (r.issued.map { String($0.year) } ?? "") + word.lowercased()
        return String(raw.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
            .map(Character.init))
    }
}
