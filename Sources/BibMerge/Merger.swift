import BibModel

/// Merges the records of one work field by field, remembering for every field which source and rule supplied it.
///
/// The result depends only on the set of records, never on their order: records are first sorted by
/// `TrustOrder`, and every rule breaks ties the same way.
public struct Merger: Sendable {
    public var trust: TrustOrder

    public init(trust: TrustOrder = .default) { self.trust = trust }

    /// The merged record and its provenance (field → contributing sources with rules).
    public func merge(_ records: [Record]) -> (record: Record, provenance: [String: [Provenance]]) {
        let rs = trust.sorted(records)
        var out = Record()
        var prov: [String: [Provenance]] = [:]

        func take<T>(_ field: Field, _ rule: String, _ pick: (Record) -> T?, into set: (inout Record, T) -> Void,
                     from candidates: [Record]? = nil) {
            for r in candidates ?? rs {
                if let v = pick(r) {
                    set(&out, v)
                    prov[field.rawValue] = [provenance(r, field, rule)]
                    return
                }
            }
        }

        // Type: a journal article beats a vaguer kind; a preprint stays a preprint only if no source says otherwise.
        take(.type, "merge:most-specific-type", { $0.type }, into: { $0.type = $1 },
             from: rs.sorted { typeRank($0.type) < typeRank($1.type) })
        take(.title, "merge:majority-then-trust", { $0.title }, into: { $0.title = $1 }, from: byMajority(rs) { $0.title.map(fold) })
        mergeAuthors(rs, into: &out, prov: &prov)
        for (field, path) in Merger.scalarFields {
            take(field, "merge:majority-then-trust", { $0[keyPath: path] }, into: { $0[keyPath: path] = $1 },
                 from: byMajority(rs) { $0[keyPath: path].map(fold) })
        }
        take(.issued, "merge:most-precise-date", { $0.issued }, into: { $0.issued = $1 }, from: byDatePrecision(rs, \.issued))
        take(.availableOnline, "merge:most-precise-date", { $0.availableOnline }, into: { $0.availableOnline = $1 },
             from: byDatePrecision(rs, \.availableOnline))
        take(.abstract, "merge:longest", { $0.abstract }, into: { $0.abstract = $1 },
             from: rs.enumerated().sorted { ($0.element.abstract?.count ?? 0, -$0.offset) > ($1.element.abstract?.count ?? 0, -$1.offset) }
                .map(\.element))
        mergeUnion(.keyword, rs, \.keywords, into: &out.keywords, prov: &prov)
        mergeUnion(.issn, rs, \.issn, into: &out.issn, prov: &prov)
        return (out, prov)
    }

    /// Single-valued string fields merged by majority of sources, then trust.
    static var scalarFields: [(Field, WritableKeyPath<Record, String?>)] { [
        (.containerTitle, \.containerTitle), (.containerTitleShort, \.containerTitleShort), (.publisher, \.publisher),
        (.volume, \.volume), (.issue, \.issue), (.page, \.page), (.number, \.number), (.doi, \.doi),
        (.pmid, \.pmid), (.pmcid, \.pmcid), (.arxiv, \.arxiv), (.language, \.language), (.url, \.url),
    ] }

    private func provenance(_ r: Record, _ field: Field, _ rule: String) -> Provenance {
        let extraction = r.evidence[field.rawValue] ?? (r.source?.extractor ?? "unknown")
        return Provenance(file: r.source?.file ?? "", sha256: r.source?.sha256 ?? "", rule: extraction + " + " + rule,
                              position: r.source?.position)
    }

    private func typeRank(_ t: WorkType?) -> Int {
        switch t {
        case .some(.other), .none: return 2
        case .some(.preprint): return 1
        default: return 0
        }
    }

    /// Records ordered so that those agreeing with the most common value come first (stable within groups).
    /// Each record's value is folded once (a lone record is its own order).
    private func byMajority(_ rs: [Record], _ key: (Record) -> String?) -> [Record] {
        guard rs.count > 1 else { return rs }
        let keys = rs.map(key)
        var counts: [String: Int] = [:]
        for k in keys { if let k { counts[k, default: 0] += 1 } }
        let support = keys.map { $0.map { counts[$0] ?? 0 } ?? 0 }
        return rs.indices.sorted { a, b in
            support[a] != support[b] ? support[a] > support[b] : a < b
        }.map { rs[$0] }
    }

    private func byDatePrecision(_ rs: [Record], _ path: KeyPath<Record, PartialDate?>) -> [Record] {
        rs.enumerated().sorted { a, b in
            let pa = a.element[keyPath: path]?.precision ?? 0, pb = b.element[keyPath: path]?.precision ?? 0
            return pa != pb ? pa > pb : a.offset < b.offset
        }.map(\.element)
    }

    private func mergeUnion(_ field: Field, _ rs: [Record], _ path: KeyPath<Record, [String]>, into out: inout [String],
                            prov: inout [String: [Provenance]]) {
        var seen: Set<String> = []
        for r in rs {
            var contributed = false
            for v in r[keyPath: path] where seen.insert(fold(v)).inserted {
                out.append(v)
                contributed = true
            }
            if contributed { prov[field.rawValue, default: []].append(provenance(r, field, "merge:union")) }
        }
    }
}

/// Case-, space- and punctuation-insensitive form used to compare values across sources.
func fold(_ s: String) -> String {
    String(s.lowercased().unicodeScalars.filter { CharacterSetLite.isAlnum($0) || $0 == " " })
        .collapsingSpaces
}

enum CharacterSetLite {
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
