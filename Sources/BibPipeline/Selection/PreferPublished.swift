import BibModel

/// Replaces preprints by the published versions they are linked to, for a researcher who wants to cite the
/// version of record. A preprint with no linked published work stays; nothing is invented.
public func preferPublished(_ selected: [Work], from all: [Work]) -> (works: [Work], replaced: [(preprint: String, published: String)]) {
    let byID = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var out: [Work] = []
    var seen: Set<String> = []
    var replaced: [(String, String)] = []
    for w in selected {
        let published = w.relations.filter { $0.kind == .possiblePreprintOf }.compactMap { byID[$0.target] }
            .sorted { $0.id < $1.id }.first
        let chosen = published ?? w
        if let published { replaced.append((w.citekey ?? w.id, published.citekey ?? published.id)) }
        if seen.insert(chosen.id).inserted { out.append(chosen) }
    }
    return (out, replaced)
}
