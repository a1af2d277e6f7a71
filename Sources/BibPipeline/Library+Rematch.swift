import BibMatch
import BibModel
import BibStore
import Foundation

extension Library {
    /// The version of the matching rules; raise it when a change to BibMatch should re-match existing stores.
    static let matchingRulesVersion = "match-2"

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
        let fingerprint = matchingFingerprint
        let changed = try store.write { tx -> Bool in
            let stored = try tx.meta("matching_fingerprint")
            let empty = try tx.count(.sources) == 0
            if stored == nil || empty {
                try tx.setMeta("matching_fingerprint", fingerprint)
                return false
            }
            guard force || stored != fingerprint else { return false }
            let oldWorks = try tx.works()
            try tx.resetMatching()
            for s in try tx.allSources() {
                _ = try ingestRecord(s.record, id: s.id, in: tx, alreadyStored: true)
            }
            try carryCitekeys(from: oldWorks, in: tx)
            try tx.setMeta("matching_fingerprint", fingerprint)
            try tx.setMeta("exports_stale", "1")
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
    /// sort order); a key goes to one work only. Works left without one get a new key in `finishBatch`.
    private func carryCitekeys(from oldWorks: [Work], in tx: StoreTransaction) throws {
        var oldKeyOfSource: [String: String] = [:]
        for w in oldWorks { if let k = w.citekey { for s in w.sources { oldKeyOfSource[s.sha256] = k } } }
        var claimed: Set<String> = []
        for var work in try tx.works() {
            var counts: [String: Int] = [:]
            for s in work.sources { if let k = oldKeyOfSource[s.sha256] { counts[k, default: 0] += 1 } }
            let best = counts.filter { !claimed.contains($0.key) }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.first?.key
            guard let key = best else { continue }
            claimed.insert(key)
            work.citekey = key
            try tx.saveWork(work)
        }
    }
}
