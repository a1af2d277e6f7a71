import BibParse

/// Reads COinS: OpenURL key/value pairs in the `title` of `<span class="Z3988">`.
public enum COinSLayer {
    static let keys: [String: Slot] = [
        "rft.atitle": .title, "rft.title": .journal, "rft.jtitle": .journal, "rft.stitle": .journalShort,
        "rft.au": .author, "rft.date": .date, "rft.volume": .volume, "rft.issue": .issue, "rft.spage": .firstPage,
        "rft.epage": .lastPage, "rft.pages": .pages, "rft.issn": .issn, "rft_id": .doi, "rft.pub": .publisher,
    ]

    /// Candidates from the page's own COinS span. Pages often carry one span per cited reference, so a span
    /// counts only when it is the only one, or when its article title matches `knownTitles` (folded keys).
    public static func candidates(_ doc: MarkupDocument, knownTitles: Set<String>) -> [Candidate] {
        let spans = doc.attributeValues("//span[contains(concat(' ', normalize-space(@class), ' '), ' Z3988 ')]", "title")
        if spans.count == 1 { return read(spans[0]) }
        for span in spans {
            let c = read(span)
            if let t = c.first(where: { $0.slot == .title }), knownTitles.contains(FieldResolver.key(.title, t.value)) {
                return c
            }
        }
        return []
    }

    static func read(_ span: String) -> [Candidate] {
        var out: [Candidate] = []
        var authorParts: (last: String?, first: String?) = (nil, nil)
        for pair in span.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { continue }
            let key = kv[0].lowercased()
            let value = (kv[1].replacingPlus.removingPercentEncodingSafe)
            if key == "rft.aulast" { authorParts.last = value; continue }
            if key == "rft.aufirst" { authorParts.first = value; continue }
            guard let slot = keys[key], let v = TextCleaner.clean(value) else { continue }
            if slot == .doi, !v.containsBytes("10.") { continue }
            out.append(Candidate(slot, v, layer: .coins, rule: "coins:" + key))
        }
        if !out.contains(where: { $0.slot == .author }), let last = authorParts.last {
            let name = authorParts.first.map { "\(last), \($0)" } ?? last
            out.append(Candidate(.author, name, layer: .coins, rule: "coins:rft.aulast"))
        }
        return out
    }
}

extension String {
    var replacingPlus: String { String(map { $0 == "+" ? " " : $0 }) }

    /// `%XX` escapes decoded; the text unchanged when an escape is malformed.
    var removingPercentEncodingSafe: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var it = Array(utf8)[...]
        while let b = it.popFirst() {
            if b == UInt8(ascii: "%"), it.count >= 2,
               let v = UInt8(String(decoding: it.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(v); it = it.dropFirst(2)
            } else { bytes.append(b) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
