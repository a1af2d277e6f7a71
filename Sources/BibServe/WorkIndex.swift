import BibModel
import BibPipeline
import Foundation

/// The works of the store with the text a search looks in (key, aliases, id, title, authors, DOI), kept while
/// the store generation stays the same and rebuilt after any change.
final class WorkIndex: @unchecked Sendable {
    private struct Entry {
        var work: Work
        var haystack: String
    }

    private let lock = NSLock()
    private var generation: String?
    private var entries: [Entry] = []

    /// Works whose key, alias, id, title, author names or DOI contain every word of `query` (case-insensitive),
    /// in citation-key order, at most `limit`; and how many matched in all.
    func search(_ query: String, in library: Library, limit: Int) throws -> (works: [Work], total: Int) {
        let words = Self.fold(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return ([], 0) }
        let current = try snapshot(library)
        var out: [Work] = []
        var total = 0
        for e in current where words.allSatisfy({ e.haystack.contains($0) }) {
            total += 1
            if out.count < limit { out.append(e.work) }
        }
        return (out, total)
    }

    /// Every work, in citation-key order.
    func all(in library: Library) throws -> [Work] { try snapshot(library).map(\.work) }

    private func snapshot(_ library: Library) throws -> [Entry] {
        let generation = StoreGeneration.current(library)
        lock.lock()
        if let generation, generation == self.generation {
            defer { lock.unlock() }
            return entries
        }
        lock.unlock()
        let fresh = try library.works()
            .sorted { ($0.citekey ?? $0.id, $0.id) < ($1.citekey ?? $1.id, $1.id) }
            .map { Entry(work: $0, haystack: Self.haystack($0)) }
        lock.lock()
        self.generation = generation
        entries = fresh
        lock.unlock()
        return fresh
    }

    private static func haystack(_ w: Work) -> String {
        let r = w.record
        let names = r.authors.map { [$0.given, $0.fullFamily, $0.literal].compactMap { $0 }.joined(separator: " ") }
        return fold(([w.citekey ?? "", w.id, r.title ?? "", r.doi ?? ""] + w.aliases + names).joined(separator: " \u{1F} "))
    }

    /// Lower case, diacritics removed, so "muller" finds "Müller".
    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
