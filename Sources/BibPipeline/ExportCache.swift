import BibExport
import BibModel
import BibStore

/// The export files' entries, kept in memory in file order for the life of a `Library` (the daemon's), backed
/// by the store's render cache. After the first export, a batch touches only the works saved or deleted since
/// the last one (the store's dirty list): it re-renders those and moves them within the ordered list, so
/// rewriting `library.bib` for 100,000 works costs a join and a file write, not 100,000 renders or a full scan.
final class ExportCache: @unchecked Sendable {
    /// One entry of an export file.
    struct Entry {
        var citekey: String
        var workID: String
        var text: String?
    }

    private var entries: [ExportFormat: [Entry]] = [:]
    private var keyOf: [String: String] = [:]
    private var loaded = false
    /// The store's export generation when this cache last took the dirty list. Another process that writes the
    /// exports (a `bibd merge` beside the daemon) takes the dirty list and moves the generation on: then the
    /// changes it took are not in this cache's memory, and the cache loads again from the store.
    private var generation: String?

    /// The meta key counting how often a writer of the export files took the dirty list.
    static let generationKey = StoreMetaKey.exportGeneration

    /// Renders one work's entry (work, format, citation key, keys of related works by work id). Called from several
    /// threads at once when many entries are rendered together.
    typealias Render = @Sendable (Work, ExportFormat, String, [String: String]) -> ExportEntry
    /// Hears the warnings of each entry rendered, in file order (format by format), on the calling thread.
    typealias Warn = ([ExportWarning], ExportFormat) -> Void

    /// The entries of each format's file, in file order, after bringing them up to date with the store.
    /// Assembling the file text is left to the caller, outside the store transaction.
    /// `consumeDirty`: this cache follows the store from now on (the library's own export files); a one-off
    /// export (another format) leaves the dirty list to them.
    /// `known`: works as the caller saved them in this unit of work, taken instead of reading them again.
    func entries(for formats: [ExportFormat], in tx: StoreTransaction, consumeDirty: Bool, known: [String: Work] = [:],
                 warn: Warn = { _, _ in }, render: Render) throws -> [ExportFormat: [String]] {
        do {
            let current = try tx.meta(Self.generationKey)
            if loaded, consumeDirty, current != generation { reset() }
            if loaded {
                try applyChanges(formats, tx, known, render, warn)
            } else {
                try load(formats, tx, known, render, warn, consumeDirty: consumeDirty)
            }
            if consumeDirty {
                let next = String((current.flatMap { Int($0) } ?? 0) + 1)
                try tx.setMeta(Self.generationKey, next)
                generation = next
            }
        } catch {
            reset()
            throw error
        }
        var out: [ExportFormat: [String]] = [:]
        for f in formats { out[f] = (entries[f] ?? []).compactMap(\.text) }
        return out
    }

    /// Forgets every entry (after a change that touches many works' entries, such as a rekey).
    func reset() {
        entries.removeAll()
        keyOf.removeAll()
        loaded = false
    }

    private func load(_ formats: [ExportFormat], _ tx: StoreTransaction, _ known: [String: Work], _ render: Render,
                      _ warn: Warn, consumeDirty: Bool) throws {
        if consumeDirty { _ = try tx.takeDirtyWorks() }
        var keys: [String: String]? = nil
        let listed = try formats.map { try tx.renderedEntries(format: $0.rawValue) }
        // Each work to render is read from the store once for every format, in one bulk read.
        let uncached = Set(listed.joined().lazy.filter { !$0.cached }.map(\.workID))
        var works = try tx.works(ids: uncached.filter { known[$0] == nil })
        for id in uncached { if let w = known[id] { works[id] = w } }
        if listed.joined().contains(where: { !$0.cached && works[$0.workID] != nil }) { keys = try tx.citekeysByID() }
        // The entries to render, rendered on every core; cached and logged in file order.
        let jobs = zip(formats, listed).flatMap { f, rows in
            rows.filter { !$0.cached }.compactMap { e in works[e.workID].map { (work: $0, format: f, citekey: e.citekey) } }
        }
        let allKeys = keys ?? [:]
        var rendered = ParallelMap.map(jobs) { render($0.work, $0.format, $0.citekey, allKeys) }.makeIterator()
        for (f, rows) in zip(formats, listed) {
            var list: [Entry] = []
            for e in rows {
                var text = e.text
                if !e.cached {
                    guard works[e.workID] != nil, let entry = rendered.next() else { continue }
                    warn(entry.warnings, f)
                    text = entry.text
                    try tx.cacheRendered(workID: e.workID, format: f.rawValue, text: text)
                }
                list.append(Entry(citekey: e.citekey, workID: e.workID, text: text))
                keyOf[e.workID] = e.citekey
            }
            entries[f] = list
        }
        loaded = true
    }

    private func applyChanges(_ formats: [ExportFormat], _ tx: StoreTransaction, _ known: [String: Work], _ render: Render,
                              _ warn: Warn) throws {
        for id in try tx.takeDirtyWorks() {
            let work = try known[id] ?? tx.work(id: id)
            let old = keyOf.removeValue(forKey: id)
            for f in formats {
                if let old { remove(Entry(citekey: old, workID: id, text: nil), from: f) }
            }
            guard let work, let key = work.citekey else { continue }
            let keys = try tx.citekeys(of: work.relations.map(\.target))
            for f in formats {
                let entry = render(work, f, key, keys)
                warn(entry.warnings, f)
                let text = entry.text
                try tx.cacheRendered(workID: id, format: f.rawValue, text: text)
                insert(Entry(citekey: key, workID: id, text: text), into: f)
            }
            keyOf[id] = key
        }
    }

    /// Position of the first entry not ordered before `e` (file order: citation key, then work id).
    private func position(of e: Entry, in list: [Entry]) -> Int {
        var lo = 0, hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if (list[mid].citekey, list[mid].workID) < (e.citekey, e.workID) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private func insert(_ e: Entry, into f: ExportFormat) {
        var list = entries.removeValue(forKey: f) ?? []
        list.insert(e, at: position(of: e, in: list))
        entries[f] = list
    }

    private func remove(_ e: Entry, from f: ExportFormat) {
        guard var list = entries.removeValue(forKey: f) else { return }
        let i = position(of: e, in: list)
        if i < list.count, list[i].workID == e.workID { list.remove(at: i) }
        entries[f] = list
    }
}
