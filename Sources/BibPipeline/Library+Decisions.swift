import BibModel
import BibStore
import Foundation

/// A person's decisions about works: merge two works, split a source out of one, declare two works distinct,
/// and the list of pairs bibd held for review. Decisions are stored per pair of sources, so later ingests and
/// refreshes respect them.
extension Library {
    /// A pair matching held for review, with both sides' works.
    public struct ReviewItem: Sendable {
        public var left: (work: Work, source: Record)
        public var right: (work: Work, source: Record)
        public var rule: String
        public var score: Double
    }

    /// Pairs bibd could not decide, between sources that are in two different works and that no person has
    /// decided about yet.
    public func reviewItems() throws -> [ReviewItem] {
        try reviewItems(page: nil).items
    }

    /// The pairs in doubt at `page` (positions in the list `reviewItems()` gives; nil: all) and how many there are
    /// in all, read in one transaction. Only the works and sources of the page are read whole: the list and its
    /// count need the pairs and the work of each source, not their stored JSON. Works and records whose stored
    /// text the caches hold (a page shown again) are not decoded again.
    public func reviewItems(page: Range<Int>?, works workCache: DecodeCache<Work>? = nil,
                            records recordCache: DecodeCache<Record>? = nil) throws -> (items: [ReviewItem], total: Int) {
        try store.read { tx in
            let pending = try pendingReviewPairs(tx)
            let shown = page.map { pending[min($0.lowerBound, pending.count)..<min($0.upperBound, pending.count)] } ?? pending[...]
            let sources = try tx.sources(ids: shown.flatMap { [$0.a, $0.b] }, cache: recordCache)
            let works = try tx.works(ids: shown.flatMap { [$0.workA, $0.workB] }, cache: workCache)
            let items = shown.compactMap { p -> ReviewItem? in
                guard let a = sources[p.a], let b = sources[p.b], let workA = works[p.workA], let workB = works[p.workB] else { return nil }
                return ReviewItem(left: (workA, a.record), right: (workB, b.record), rule: p.rule, score: p.score)
            }
            return (items, pending.count)
        }
    }

    /// How many pairs are in doubt (the length of `reviewItems()`), without reading any work.
    public func reviewCount() throws -> Int {
        try store.read { try pendingReviewPairs($0).count }
    }

    /// A pair held for review that is still to decide: its two sources, their two works, and how it was held.
    private struct PendingPair {
        var a: String, b: String, workA: String, workB: String, rule: String, score: Double
    }

    /// The stored pairs in doubt, strongest first, less those a person decided, those whose sources are now in one
    /// work, and repeats of a pair of works.
    private func pendingReviewPairs(_ tx: StoreTransaction) throws -> [PendingPair] {
        let pairs = try tx.reviewPairs()
        let ids = pairs.flatMap { [$0.a, $0.b] }
        let decided = try tx.decidedPairs(touching: ids)
        let workOf = try tx.workIDs(ofSources: ids)
        var seen: Set<String> = []
        return pairs.compactMap { p in
            guard !decided.contains([p.a, p.b].sorted()), let wa = workOf[p.a], let wb = workOf[p.b], wa != wb,
                  seen.insert([wa, wb].sorted().joined(separator: "|")).inserted else { return nil }
            return PendingPair(a: p.a, b: p.b, workA: wa, workB: wb, rule: p.rule, score: p.score)
        }
    }

    /// Merges work `b` into work `a` (both named by citation key or id); `a` keeps its key and `b`'s key
    /// becomes an alias of `a`.
    public func merge(_ a: String, _ b: String) throws -> Work {
        try decide(a, b) { tx, wa, wb, sa, sb in
            for x in sa { for y in sb { try tx.addOverride(x.id, y.id, decision: .same) } }
            try tx.fuse(wb.id, into: wa.id)
            for w in try rebuild(wa.id, in: tx) { try rebuild(w, in: tx) }
            return wa.id
        }
    }

    /// Declares two works different: they are never merged, and no longer shown for review.
    public func markDistinct(_ a: String, _ b: String) throws -> Work {
        try decide(a, b) { tx, wa, wb, sa, sb in
            for x in sa { for y in sb { try tx.addOverride(x.id, y.id, decision: .distinct) } }
            try rebuild(wa.id, in: tx)
            try rebuild(wb.id, in: tx)
            return wa.id
        }
    }

    /// Takes the source file `file` out of work `key` into a work of its own, and keeps them apart from then on.
    public func split(_ key: String, file: String) throws -> Work {
        try exclusively { try splitLocked(key, file: file) }
    }

    private func splitLocked(_ key: String, file: String) throws -> Work {
        let id: String = try store.write { tx in
            let w = try resolve(key, in: tx)
            let sources = try tx.sources(ofWork: w.id)
            guard let out = sources.first(where: { $0.record.source?.file == file || $0.id.hasPrefix(file) }) else {
                throw DecisionError.noSuchSource(key, file)
            }
            guard sources.count > 1 else { throw DecisionError.onlySource(key) }
            // The split-off source may be the one the work was named after: then the new work takes a fresh name.
            var newID = "w-" + String(out.id.prefix(16))
            var n = 1
            while try tx.work(id: newID) != nil { newID = "w-" + String(out.id.prefix(16)) + "-\(n)"; n += 1 }
            for other in sources where other.id != out.id { try tx.addOverride(out.id, other.id, decision: .distinct) }
            try tx.setWork(ofSource: out.id, to: newID)
            try rebuild(w.id, in: tx)
            try rebuild(newID, in: tx)
            try tx.markExportsStale()
            return newID
        }
        try finishBatch()
        return try store.read { try $0.work(id: id) } ?? { throw DecisionError.noSuchWork(id) }()
    }

    private func decide(_ a: String, _ b: String,
                        _ body: (StoreTransaction, Work, Work, [StoredSource], [StoredSource]) throws -> String) throws -> Work {
        try exclusively { try decideLocked(a, b, body) }
    }

    private func decideLocked(_ a: String, _ b: String,
                              _ body: (StoreTransaction, Work, Work, [StoredSource], [StoredSource]) throws -> String) throws -> Work {
        let id: String = try store.write { tx in
            let wa = try resolve(a, in: tx), wb = try resolve(b, in: tx)
            guard wa.id != wb.id else { throw DecisionError.sameWork(a, b) }
            let result = try body(tx, wa, wb, try tx.sources(ofWork: wa.id), try tx.sources(ofWork: wb.id))
            try tx.markExportsStale()
            return result
        }
        try finishBatch()
        return try store.read { try $0.work(id: id) } ?? { throw DecisionError.noSuchWork(id) }()
    }

    private func resolve(_ key: String, in tx: StoreTransaction) throws -> Work {
        if let w = try tx.work(id: key) { return w }
        if let w = try tx.work(citekey: key) { return w }
        throw DecisionError.noSuchWork(key)
    }
}

/// Why a decision could not be applied.
public enum DecisionError: Error, CustomStringConvertible, Sendable {
    case noSuchWork(String)
    case noSuchSource(String, String)
    case onlySource(String)
    case sameWork(String, String)
    /// A decision (`PersonAction`) given without one of its fields.
    case missingField(String, String)

    public var description: String {
        switch self {
        case .noSuchWork(let k): return "no work with key or id '\(k)'"
        case .noSuchSource(let k, let f): return "work '\(k)' has no source file '\(f)'"
        case .onlySource(let k): return "work '\(k)' has only one source: nothing to split"
        case .sameWork(let a, let b): return "'\(a)' and '\(b)' are the same work"
        case .missingField(let action, let field): return "\(action) needs the field '\(field)'"
        }
    }
}
