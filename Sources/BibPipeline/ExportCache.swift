import BibExport
import BibModel
import BibStore

/// The export files' entries, kept in memory for the life of a `Library` (the daemon's), backed by the store's
/// render cache. A batch re-renders only the works that changed, so rewriting `library.bib` for a store of
/// 100,000 works costs a sort, a join and a file write, not 100,000 renders.
final class ExportCache: @unchecked Sendable {
    private var entries: [ExportFormat: [String: (citekey: String, text: String?)]] = [:]

    /// The file text for `format`, after bringing the entries up to date with the store.
    func text(for format: ExportFormat, in tx: StoreTransaction, render: (Work, String, [String: String]) -> String?) throws -> String {
        var current = entries.removeValue(forKey: format) ?? [:]
        if !current.isEmpty {
            let keys = try tx.citekeysByID()
            let gone = current.compactMap { keys[$0.key] == $0.value.citekey ? nil : $0.key }
            for id in gone { current.removeValue(forKey: id) }
            for (id, key) in try tx.unrenderedWorks(format: format.rawValue) {
                guard let work = try tx.work(id: id) else { continue }
                let text = render(work, key, keys)
                try tx.cacheRendered(workID: id, format: format.rawValue, text: text)
                current[id] = (key, text)
            }
        } else {
            var keys: [String: String]? = nil
            for e in try tx.renderedEntries(format: format.rawValue) {
                var text = e.text
                if !e.cached {
                    if keys == nil { keys = try tx.citekeysByID() }
                    guard let work = try tx.work(id: e.workID) else { continue }
                    text = render(work, e.citekey, keys ?? [:])
                    try tx.cacheRendered(workID: e.workID, format: format.rawValue, text: text)
                }
                current[e.workID] = (e.citekey, text)
            }
        }
        entries[format] = current
        let ordered = current.sorted { ($0.value.citekey, $0.key) < ($1.value.citekey, $1.key) }.compactMap(\.value.text)
        return Exporter.assemble(ordered, as: format)
    }

    /// Forgets every entry (after a change that touches many works' entries, such as a rekey).
    func reset() { entries.removeAll() }
}
