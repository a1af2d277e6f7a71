import BibMatch
import BibModel
import BibStore
import Foundation

extension Library {
    /// The version of the matching rules; raise it when a change to BibMatch should re-match existing stores.
    static let matchingRulesVersion = "match-4"

    /// What the store was matched with: the rules' version, the thresholds and the trust order.
    var matchingFingerprint: String {
        let m = config.matching
        return [Self.matchingRulesVersion, "\(m.mergeThreshold)", "\(m.reviewThreshold)", "\(m.minimumTitleSimilarity)",
                "\(m.abstractContainment)", "\(m.maxBlockSize)", config.trustOrder.extractors.joined(separator: ",")]
            .joined(separator: "|")
    }

    /// Re-runs matching over every stored source when the rules or the configuration changed since the store
    /// was last matched (or when `force`). People's merge/split/distinct decisions are kept and respected. A
    /// new work keeps the pinned citation key of the old work it shares the most sources with. Returns whether
    /// matching ran again.
    @discardableResult
    public func rematchIfRulesChanged(force: Bool = false) throws -> Bool {
        try exclusively { try rematchLocked(force: force) }
    }

    private func rematchLocked(force: Bool) throws -> Bool {
        let fingerprint = matchingFingerprint
        let changed = try store.write { tx -> Bool in
            let stored = try tx.meta(.matchingFingerprint)
            let empty = try tx.count(.sources) == 0
            if stored == nil || empty {
                try tx.setMeta(.matchingFingerprint, fingerprint)
                return false
            }
            guard force || stored != fingerprint else { return false }
            let oldWorks = try tx.works()
            try tx.resetMatching()
            for s in try tx.allSources() {
                _ = try ingestRecord(s.record, id: s.id, in: tx, alreadyStored: true)
            }
            try carryCitekeys(from: oldWorks, in: tx)
            try tx.setMeta(.matchingFingerprint, fingerprint)
            try tx.markExportsStale()
            return true
        }
        if changed {
            exportCache.reset()
            logger.notice("re-matched the store", metadata: ["reason": .string(force ? "asked" : "matching rules changed")])
            try finishBatch()
        }
        return changed
    }

    /// Gives each new work the key of the old work it shares the most sources with (ties: the older key in
    /// sort order); a key goes to one work only. Every other old key (a key no new work took, or an alias)
    /// becomes an alias of the new work holding most of its old work's sources, so cited keys keep resolving.
    /// Works left without a key get a new one in `finishBatch`.
    private func carryCitekeys(from oldWorks: [Work], in tx: StoreTransaction) throws {
        var oldKeyOfSource: [String: String] = [:]
        for w in oldWorks { if let k = w.citekey { for s in w.sources { oldKeyOfSource[s.sha256] = k } } }
        var newWorkOfSource: [String: String] = [:]
        var claimed: Set<String> = []
        var works: [String: Work] = [:]
        for var work in try tx.works() {
            for s in work.sources { newWorkOfSource[s.sha256] = work.id }
            var counts: [String: Int] = [:]
            for s in work.sources { if let k = oldKeyOfSource[s.sha256] { counts[k, default: 0] += 1 } }
            let best = counts.filter { !claimed.contains($0.key) }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
            if let key = best {
                claimed.insert(key)
                work.citekey = key
            }
            works[work.id] = work
        }
        var aliases: [String: Set<String>] = [:]
        for old in oldWorks {
            var counts: [String: Int] = [:]
            for s in old.sources { if let w = newWorkOfSource[s.sha256] { counts[w, default: 0] += 1 } }
            guard let heir = counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }).first?.key else { continue }
            for k in old.aliases + [old.citekey].compactMap({ $0 }) where !claimed.contains(k) { aliases[heir, default: []].insert(k) }
        }
        for (id, var work) in works.sorted(by: { $0.key < $1.key }) {
            work.aliases = (aliases[id] ?? []).sorted()
            if work.citekey != nil || !work.aliases.isEmpty { try tx.saveWork(work) }
        }
    }
}
