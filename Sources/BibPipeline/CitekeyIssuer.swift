import BibExport
import BibModel
import BibStore

/// Issues citation keys to works that have none, and lets keys converge. A key, once issued, is pinned:
/// later sources never change it, with one exception. A key issued while a field the formula reads was
/// missing (a mirror page without a year gives `rileyhardcore` where the formula asks for
/// `riley2023hardcore`) is reissued once the field arrives, and the old key stays as an alias (biblatex
/// `ids`), as a fused work's key does. A key that is not what the formula gives with a field missing (set
/// by a person, or from an older formula) is never changed. Keys are issued in a deterministic order
/// (formula result, then the work's smallest source hash), so the same store contents give the same keys
/// whatever order the files arrived in.
struct CitekeyIssuer {
    var formula: CitekeyFormula

    /// The fields a key formula may read; a key issued without one of them is incomplete.
    enum KeyField: CaseIterable {
        case year, authors, title, container

        func removed(from r: Record) -> Record {
            var r = r
            switch self {
            case .year: r.issued = nil
            case .authors: r.authors = []
            case .title: r.title = nil
            case .container: r.containerTitle = nil; r.containerTitleShort = nil
            }
            return r
        }
    }

    /// Issues the keys; returns the works it saved, as saved (so that the exports need not read them again).
    @discardableResult
    func issue(in tx: StoreTransaction) throws -> [Work] {
        let incomplete = try worksWithIncompleteKeys(in: tx)
        let pending = try tx.worksWithoutCitekey()
        guard !pending.isEmpty || !incomplete.isEmpty else { return [] }
        var allocator = CitekeyAllocator(taken: try tx.takenCitekeys())
        let ordered = (pending + incomplete)
            .map { (work: $0, base: formula.base(for: $0.record), order: $0.sources.map(\.sha256).min() ?? $0.id) }
            .sorted { ($0.base, $0.order) < ($1.base, $1.order) }
        var saved: [Work] = []
        saved.reserveCapacity(ordered.count)
        for p in ordered {
            var work = p.work
            if let old = work.citekey {
                work.aliases = Array(Set(work.aliases + [old])).sorted()
            }
            work.citekey = allocator.allocate(p.base)
            try tx.saveWork(work)
            saved.append(work)
        }
        return saved
    }

    /// Works changed in this batch whose key is what the formula gives with one field missing, while the
    /// field is now there.
    func worksWithIncompleteKeys(in tx: StoreTransaction) throws -> [Work] {
        try tx.dirtyWorksWithCitekey().filter { work in
            guard let key = work.citekey else { return false }
            let now = formula.base(for: work.record)
            if Self.isIssued(key, from: now) { return false }
            return KeyField.allCases.contains { field in
                let without = formula.base(for: field.removed(from: work.record))
                return without != now && Self.isIssued(key, from: without)
            }
        }
    }

    /// Whether `key` is `base` or `base` with an allocator suffix ("a", "b", …, "aa").
    static func isIssued(_ key: String, from base: String) -> Bool {
        guard key.hasPrefix(base) else { return false }
        let suffix = key.dropFirst(base.count)
        return suffix.count <= 2 && suffix.allSatisfy { ("a"..."z").contains($0) }
    }
}
