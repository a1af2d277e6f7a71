import BibModel

/// `/work/{key-or-id}`: one work, each field's value with the files it came from, its sources, relations and aliases.
enum WorkPage {
    static func render(_ work: Work, keyOf: (String) -> String) -> HTML {
        let r = work.record
        let rows: [HTML] = FieldRow.all.compactMap { row in
            guard let value = row.value(r), !value.isEmpty else { return nil }
            return "<tr id=\"field-\(row.field.rawValue)\"><th>\(row.label)</th><td><span class=\"value\">\(value)</span>\(provenance(work, row.field))</td></tr>"
        }
        let sources: [HTML] = work.sources.map { s in
            "<tr><td class=\"file\">\(s.file)</td><td>\(s.extractor)</td><td>\(s.position.map { String($0) } ?? "")</td><td><code>\(String(s.sha256.prefix(16)))…</code></td></tr>"
        }
        let relations: [HTML] = work.relations.map { rel in
            let key = keyOf(rel.target)
            return "<li>\(rel.kind.rawValue) <a href=\"/work/\(url: key)\">\(key)</a></li>"
        }
        let aliases: [HTML] = work.aliases.map { "<li><code>\($0)</code></li>" }
        return PageLayout.document(title: work.citekey ?? work.id, """
            <p class="note">id <code>\(work.id)</code></p>
            <table>\(rows)</table>
            <h2>Sources</h2>
            <table><tr><th>file</th><th>extractor</th><th>record</th><th>SHA-256</th></tr>\(sources)</table>
            <h2>Relations</h2>
            \(relations.isEmpty ? PageLayout.none : "<ul>\(relations)</ul>")
            <h2>Aliases</h2>
            \(aliases.isEmpty ? PageLayout.none : "<ul>\(aliases)</ul>")
            """)
    }

    /// The files (and rules) a field's value came from.
    static func provenance(_ work: Work, _ field: Field) -> HTML {
        let entries = (work.provenance[field.rawValue] ?? []).map { p in
            (file: p.file + (p.position.map { "#\($0)" } ?? ""), detail: "[\(p.rule)]")
        }
        return PageLayout.provenance(entries)
    }
}
