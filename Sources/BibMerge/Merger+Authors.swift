import BibModel

extension Merger {
    /// Authors: a complete list beats a truncated one, a longer complete list beats a shorter one; then,
    /// where the chosen list and another list name the same family at the same position, a fuller given
    /// name ("Hannah Louise") replaces an initial or a shorter form ("H", "Hannah") it is compatible with.
    func mergeAuthors(_ rs: [Record], into out: inout Record, prov: inout [String: [Provenance]]) {
        let withAuthors = rs.filter { !$0.authors.isEmpty }
        guard !withAuthors.isEmpty else { return }
        let base = withAuthors.enumerated().sorted { a, b in
            let ka = (a.element.authorsTruncated ? 0 : 1, a.element.authors.count)
            let kb = (b.element.authorsTruncated ? 0 : 1, b.element.authors.count)
            return ka != kb ? ka > kb : a.offset < b.offset
        }[0].element
        var authors = base.authors
        var sources: [Record] = [base]
        for other in withAuthors where other.source != base.source {
            var used = false
            for (i, p) in other.authors.enumerated() where i < authors.count {
                guard sameFamily(authors[i], p) else { continue }
                if let g = p.given, isFuller(g, than: authors[i].given) {
                    authors[i].given = g
                    used = true
                }
                for a in p.affiliations where !authors[i].affiliations.contains(a) {
                    authors[i].affiliations.append(a)
                    used = true
                }
            }
            if used { sources.append(other) }
        }
        out.authors = authors
        out.authorsTruncated = base.authorsTruncated
        prov[Field.author.rawValue] = sources.enumerated().map { i, r in
            let extraction = r.evidence[Field.author.rawValue] ?? (r.source?.extractor ?? "unknown")
            let rule = i == 0 ? "merge:most-complete-list" : "merge:fuller-given-names"
            return Provenance(file: r.source?.file ?? "", sha256: r.source?.sha256 ?? "", rule: extraction + " + " + rule,
                              position: r.source?.position)
        }
    }

    private func sameFamily(_ a: Person, _ b: Person) -> Bool {
        guard let fa = a.family ?? a.literal, let fb = b.family ?? b.literal else { return false }
        return fold(fa) == fold(fb)
    }

    /// `candidate` is fuller than `current` when it has more letters and agrees with it on every initial
    /// the two share ("Hannah Louise" ⊇ "H. L." ⊇ "H"; "Helen J." ⊇ "Helen"), never when they conflict.
    private func isFuller(_ candidate: String, than current: String?) -> Bool {
        guard let current, !current.isEmpty else { return !candidate.isEmpty }
        let c = words(candidate), k = words(current)
        guard c.count >= k.count || letters(candidate) > letters(current) else { return false }
        for (x, y) in zip(c, k) {
            guard let fx = x.first, let fy = y.first, fx == fy else { return false }
            if x.count > 1, y.count > 1, x != y { return false }
        }
        return letters(candidate) > letters(current)
    }

    private func words(_ s: String) -> [String] {
        s.lowercased().split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" }).map(String.init)
    }

    private func letters(_ s: String) -> Int { s.filter(\.isLetter).count }
}
