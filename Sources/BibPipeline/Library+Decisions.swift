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
        try store.read { tx in
            var out: [ReviewItem] = []
            var seen: Set<String> = []
            let pairs = try tx.reviewPairs()
            let ids = pairs.flatMap { [$0.a, $0.b] }
            let decided = try tx.decidedPairs(touching: ids)
            let sources = try tx.sources(ids: ids)
            let works = try tx.works(ids: sources.values.compactMap(\.workID))
            for p in pairs {
                guard !decided.contains([p.a, p.b].sorted()),
                      let a = sources[p.a], let b = sources[p.b],
                      let wa = a.workID, let wb = b.workID, wa != wb,
                      seen.insert([wa, wb].sorted().joined(separator: "|")).inserted,
                      let workA = works[wa], let workB = works[wb] else { continue }
                out.append(ReviewItem(left: (workA, a.record), right: (workB, b.record), rule: p.rule, score: p.score))
            }
            return out
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

    public var description: String {
        switch self {
        case .noSuchWork(let k): return "no work with key or id '\(k)'"
        case .noSuchSource(let k, let f): return "work '\(k)' has no source file '\(f)'"
        case .onlySource(let k): return "work '\(k)' has only one source: nothing to split"
        case .sameWork(let a, let b): return "'\(a)' and '\(b)' are the same work"
        }
    }
}
