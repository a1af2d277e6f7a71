import BibExport
import BibModel
import BibStore

/// Issues citation keys to works that have none. A key, once issued, is pinned: later sources never change it.
/// Keys are issued in a deterministic order (formula result, then the work's smallest source hash), so the same
/// store contents give the same keys whatever order the files arrived in within a batch.
struct CitekeyIssuer {
    var formula: CitekeyFormula

    func issue(in tx: StoreTransaction) throws {
        let pending = try tx.worksWithoutCitekey()
        guard !pending.isEmpty else { return }
        var allocator = CitekeyAllocator(taken: try tx.takenCitekeys())
        let ordered = pending
            .map { (work: $0, base: formula.base(for: $0.record), order: $0.sources.map(\.sha256).min() ?? $0.id) }
            .sorted { ($0.base, $0.order) < ($1.base, $1.order) }
        for p in ordered {
            var work = p.work
            work.citekey = allocator.allocate(p.base)
            try tx.saveWork(work)
        }
    }
}
