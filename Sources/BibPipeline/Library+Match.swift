import BibMatch
import BibModel
import BibStore

/// A record made ready for matching and storing before its transaction: its match features and its stored JSON.
/// Both depend on the record alone, so the records of a file are prepared on every core.
struct PreparedRecord: Sendable {
    let subject: Matcher.Subject
    let encoded: EncodedRecord

    init(_ record: Record, matcher: Matcher) throws {
        subject = matcher.subject(record)
        encoded = try EncodedRecord(record)
    }
}

extension Library {
    /// Files one record: compares it with the stored sources that share a block key, joins (or founds)
    /// its work, attaches fragments it completes, and rebuilds every work whose content or relations changed.
    /// Returns the ids of the works touched. `prepared`: the record's features and JSON, computed beforehand;
    /// `subjects`: the features of sources met before in the same transaction (this record's are added).
    func ingestRecord(_ record: Record, id: String, in tx: StoreTransaction, alreadyStored: Bool = false,
                      prepared: PreparedRecord? = nil, subjects: MatchSubjects? = nil) throws -> [String] {
        let subject = prepared?.subject ?? matcher.subject(record)
        let subjects = subjects ?? MatchSubjects(matcher: matcher)
        subjects.keep(subject, for: id)
        let blocks = StoredBlockKeys(subject)
        // The blocks are searched as the batch index searches them (`BlockSearch`); the store only lists members.
        let found = try BlockSearch.candidates(for: subject, own: alreadyStored ? id : nil, in: StoreBlocks(tx: tx),
                                               config: matcher.config)
        let candidates = try tx.candidateSources(ids: Array(found))
            .filter { $0.id != id && !(alreadyStored && $0.workID == nil && $0.id > id) }
        // A person's decision about a pair takes the matcher's place, both ways.
        let people = try candidates.map { try tx.override(id, $0.id) }
        let judged = matcher.decide(subject, againstSubjects: candidates.map(subjects.subject(of:)), people: people)
        let decided = zip(candidates, judged).map { (source: $0, decision: $1) }.filter { $0.decision.outcome != .distinct }
        let same = decided.filter { $0.decision.outcome == .same }
        let fragment = Library.isFragment(record)
        // Join the work of the strongest match; other matched works are fused into it only when none of their
        // sources is decided distinct from the new record (a weak chain must not fuse two clear works).
        let ranked = same.filter { $0.source.workID != nil }
            .sorted { ($0.decision.score, $1.source.workID ?? "") > ($1.decision.score, $0.source.workID ?? "") }
        var workID = ranked.first?.source.workID
        var fused: [String] = []
        if let target = workID, !fragment {
            for other in Set(ranked.compactMap(\.source.workID)) where other != target {
                let members = try tx.sources(ofWork: other)
                let targetMembers = try tx.sources(ofWork: target)
                let keptApart = try members.contains { m in try targetMembers.contains { try tx.override(m.id, $0.id) == .distinct } }
                if !keptApart, members.allSatisfy({ matcher.decide(subject, subjects.subject(of: $0)).outcome != .distinct }) { fused.append(other) }
            }
        }
        if workID == nil && !fragment { workID = Library.newWorkID(forSource: id) }
        if alreadyStored {
            try tx.replaceBlockKeys(ofSource: id, with: blocks)
            try tx.setWork(ofSource: id, to: workID)
        } else {
            try tx.insertSource(id: id, record: try prepared?.encoded ?? EncodedRecord(record), workID: workID, blockKeys: blocks)
        }
        for d in decided {
            try tx.recordPair(id, d.source.id, outcome: d.decision.outcome, rule: d.decision.rule, score: d.decision.score)
        }
        guard let target = workID else { return [] }

        for other in fused.sorted() { try tx.fuse(other, into: target) }
        if !fragment {
            for f in same where f.source.workID == nil { try tx.setWork(ofSource: f.source.id, to: target) }
        }
        var touched = [target]
        touched += try rebuild(target, in: tx)
        // Works related to a fused work are related through its sources, which now belong to `target`:
        // rebuilding `target` returned them.
        for w in Set(touched) where w != target { _ = try rebuild(w, in: tx) }
        return Array(Set(touched)).sorted()
    }

    /// A record that cannot stand as a work of its own: no title and no identifier (a bare abstract).
    static func isFragment(_ r: Record) -> Bool {
        r.title == nil && r.doi == nil && r.pmid == nil && r.pmcid == nil && r.arxiv == nil
    }

    /// Re-merges a work from its sources and recomputes its relations; returns the works it relates to
    /// (they need their inverse relation refreshed). Deletes the work if no source is left.
    @discardableResult
    func rebuild(_ workID: String, in tx: StoreTransaction) throws -> [String] {
        let sources = try tx.sources(ofWork: workID)
        guard !sources.isEmpty else {
            try tx.deleteWork(id: workID)
            return []
        }
        let (record, provenance) = merger.merge(sources.map(\.record))
        let refs = sources.compactMap(\.record.source).sorted { ($0.file, $0.sha256) < ($1.file, $1.sha256) }
        let relations = try relations(of: workID, sources: sources, in: tx)
        let existing = try tx.work(id: workID)
        try tx.saveWork(Work(id: workID, citekey: existing?.citekey, record: record, sources: refs,
                             provenance: provenance, relations: relations, aliases: existing?.aliases ?? []))
        return relations.map(\.target)
    }

    /// Relations follow from stored pair decisions between this work's sources and other works' sources.
    func relations(of workID: String, sources: [StoredSource], in tx: StoreTransaction) throws -> [Relation] {
        let ids = Set(sources.map(\.id))
        var out: Set<Relation> = []
        var workOf: [String: String?] = [:]
        for p in try tx.pairs(touching: Array(ids)) {
            let mineIsA = ids.contains(p.a)
            let otherSource = mineIsA ? p.b : p.a
            if ids.contains(otherSource) { continue }
            if workOf[otherSource] == nil {
                workOf[otherSource] = try tx.workID(ofSource: otherSource)
            }
            guard let otherWork = workOf[otherSource] ?? nil, otherWork != workID else { continue }
            if try tx.override(p.a, p.b) == .distinct { continue }
            let kind: RelationKind
            switch p.outcome {
            case .preprintOf: kind = mineIsA ? .possiblePreprintOf : .possiblePublishedVersionOf
            case .publishedVersionOf: kind = mineIsA ? .possiblePublishedVersionOf : .possiblePreprintOf
            case .review: kind = .possibleDuplicateOf
            case .same, .distinct: continue
            }
            out.insert(Relation(kind: kind, target: otherWork))
        }
        return out.sorted { ($0.target, $0.kind.rawValue) < ($1.target, $1.kind.rawValue) }
    }
}
