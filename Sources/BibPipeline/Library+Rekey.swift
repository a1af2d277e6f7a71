import BibExport
import BibModel
import BibStore

extension Library {
    /// Gives works new citation keys from the configured formula, deliberately (keys are otherwise pinned).
    /// `keys` names the works to rekey (all when empty). Returns the old → new map of the keys that changed.
    public func rekey(_ keys: [String] = []) throws -> [(old: String, new: String)] {
        try exclusively { try rekeyLocked(keys) }
    }

    private func rekeyLocked(_ keys: [String]) throws -> [(old: String, new: String)] {
        let formula = config.parsedCitekeyFormula
        let changes: [(old: String, new: String)] = try store.write { tx in
            let works = try tx.works()
            let chosen = keys.isEmpty ? works : works.filter { w in keys.contains { w.isNamed($0) || $0 == w.id } }
            let missing = keys.filter { k in !works.contains { $0.isNamed(k) || $0.id == k } }
            if let k = missing.first { throw DecisionError.noSuchWork(k) }
            let moving = Set(chosen.map(\.id))
            // Aliases stay taken: they keep naming the works they were fused into.
            var allocator = CitekeyAllocator(taken: Set(works.filter { !moving.contains($0.id) }.compactMap(\.citekey)
                                                        + works.flatMap(\.aliases)))
            var out: [(old: String, new: String)] = []
            let ordered = chosen.map { (work: $0, base: formula.base(for: $0.record), order: $0.sources.map(\.sha256).min() ?? $0.id) }
                .sorted { ($0.base, $0.order) < ($1.base, $1.order) }
            // Free every moving key first, so that two works can swap keys without a unique-index clash.
            for p in ordered {
                var w = p.work
                w.citekey = nil
                try tx.saveWork(w)
            }
            for p in ordered {
                var w = p.work
                let new = allocator.allocate(p.base)
                if let old = p.work.citekey, old != new { out.append((old, new)) }
                w.citekey = new
                try tx.saveWork(w)
            }
            try tx.clearRenderCache()
            try tx.markExportsStale()
            return out.sorted { $0.old < $1.old }
        }
        exportCache.reset()
        try finishBatch()
        return changes
    }
}
