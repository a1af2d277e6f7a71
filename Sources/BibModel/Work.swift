/// One work in the store: the merged record of all the sources that describe it.
public struct Work: Codable, Sendable, Equatable {
    /// Stable identifier within the store.
    public var id: String
    /// The citation key; `nil` until one has been issued, then pinned.
    public var citekey: String?
    /// The merged metadata.
    public var record: Record
    /// Every file that contributed, in a deterministic order.
    public var sources: [SourceRef]
    /// Field name → where each value of the merged record came from.
    public var provenance: [String: [Provenance]]
    public var relations: [Relation]
    /// Citation keys of works fused into this one, sorted: issued once, they keep naming this work (biblatex
    /// writes them as `ids`, and `--keys`/`--cited-in` resolve them).
    public var aliases: [String]

    public init(id: String, citekey: String? = nil, record: Record, sources: [SourceRef],
                provenance: [String: [Provenance]] = [:], relations: [Relation] = [], aliases: [String] = []) {
        self.id = id; self.citekey = citekey; self.record = record; self.sources = sources
        self.provenance = provenance; self.relations = relations; self.aliases = aliases
    }

    private enum CodingKeys: String, CodingKey { case id, citekey, record, sources, provenance, relations, aliases }

    /// Works stored before aliases existed have none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), citekey: try c.decodeIfPresent(String.self, forKey: .citekey),
                  record: try c.decode(Record.self, forKey: .record), sources: try c.decode([SourceRef].self, forKey: .sources),
                  provenance: try c.decode([String: [Provenance]].self, forKey: .provenance),
                  relations: try c.decode([Relation].self, forKey: .relations),
                  aliases: try c.decodeIfPresent([String].self, forKey: .aliases) ?? [])
    }

    /// Whether `key` names this work: its citation key or one of its aliases.
    public func isNamed(_ key: String) -> Bool { citekey == key || aliases.contains(key) }
}

/// Where one field value of a work came from: which file, and which rule inside bibd chose it.
public struct Provenance: Codable, Sendable, Equatable, Hashable {
    public var file: String
    public var sha256: String
    /// The extraction rule (e.g. "meta:citation_doi") and the merge rule (e.g. "merge:longest") joined by " + ".
    public var rule: String
    /// 1-based position of the record in its file, for a file of many records.
    public var position: Int?

    public init(file: String, sha256: String, rule: String, position: Int? = nil) {
        self.file = file; self.sha256 = sha256; self.rule = rule; self.position = position
    }
}
