import BibParse

/// Reads `<meta>` tags through a table of `MetaRule`s into candidates (and citation-line tags through
/// `CitationLines`).
public enum MetaLayer {
    /// Candidates for every tag whose key a rule names, in document order within each rule.
    public static func candidates(_ metas: [(key: String, content: String)], rules: [MetaRule]) -> [Candidate] {
        var byKey: [String: [String]] = [:]
        for m in metas { byKey[m.key, default: []].append(m.content) }
        var out: [Candidate] = []
        for rule in rules {
            guard let values = byKey[rule.key] else { continue }
            for raw in values {
                guard let v = TextCleaner.clean(raw) else { continue }
                let slot = rule.slot == .date && rule.weak ? Slot.onlineDate : rule.slot
                out.append(Candidate(slot, v, layer: rule.layer, rule: "meta:" + rule.key, weak: rule.weak))
            }
        }
        return out + CitationLines.metaCandidates(metas)
    }
}
