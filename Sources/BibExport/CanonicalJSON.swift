import BibModel

/// bibd's own JSON export: each work with its CSL item, sources, provenance and relations.
///
/// Shape: `{"id", "citekey", "csl", "sources": [{"file", "sha256", "extractor", "position"?, "line"?}],
/// "provenance": {field: [file names]}, "provenance_rules": {field: [rules]}, "relations": [{"kind", "target"}]}`.
/// A relation's `target` is the citekey of the related work (its id when that work is not exported).
enum CanonicalJSON {
    static func object(for work: Work, key: String, sanitized: Record, keysByID: [String: String]) -> JSONValue {
        let sources: [JSONValue] = work.sources.map {
            var source: [String: JSONValue] = ["file": .string($0.file), "sha256": .string($0.sha256), "extractor": .string($0.extractor)]
            if let position = $0.position { source["position"] = .int(position) }
            if let line = $0.line { source["line"] = .int(line) }
            return .object(source)
        }
        var provenance: [String: JSONValue] = [:]
        var rules: [String: JSONValue] = [:]
        for (field, entries) in work.provenance where !entries.isEmpty {
            provenance[field] = .array(unique(entries.map(\.file)).map(JSONValue.string))
            rules[field] = .array(unique(entries.map(\.rule)).map(JSONValue.string))
        }
        let relations: [JSONValue] = work.relations
            .map { (kind: $0.kind.rawValue, target: keysByID[$0.target] ?? $0.target) }
            .sorted { ($0.kind, $0.target) < ($1.kind, $1.target) }
            .map { .object(["kind": .string($0.kind), "target": .string($0.target)]) }
        return .object([
            "id": .string(work.id),
            "citekey": .string(key),
            "csl": CSLJSON.item(forSanitized: sanitized, id: key),
            "sources": .array(sources),
            "provenance": .object(provenance),
            "provenance_rules": .object(rules),
            "relations": .array(relations),
        ])
    }

    /// First occurrences, in order.
    private static func unique(_ items: [String]) -> [String] {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
