import BibModel

/// Renders works in a format.
///
/// Output is byte-for-byte deterministic: works are sorted by citekey (then id), JSON keys are sorted,
/// and every entry is a pure function of its work, key and the id → key map (`renderEntry`), so the
/// caller may cache entries and `assemble` them.
public enum Exporter {
    /// The file text for `works` in `format`. Works without a citekey get one from `formula`.
    public static func render(_ works: [Work], as format: ExportFormat, formula: CitekeyFormula = .standard,
                              options: ExportOptions = .standard) -> String {
        export(works, as: format, formula: formula, options: options).text
    }

    /// The file text and the warnings met on the way; `omitted` names every work the format could not hold.
    /// Each record is sanitized once, for its key and its entry; entries are rendered on every core.
    public static func export(_ works: [Work], as format: ExportFormat, formula: CitekeyFormula = .standard,
                              options: ExportOptions = .standard) -> ExportResult {
        let sanitized = ParallelMap.indices(works.count) { RecordSanitizer.sanitize(works[$0].record) }
        // Formula keys only for works without a usable pinned key.
        let bases = ParallelMap.indices(works.count) { i -> String? in
            if let pinned = works[i].citekey, !safeKey(pinned).isEmpty { return nil }
            return formula.base(forSanitized: sanitized[i].record)
        }
        let keys = citekeys(for: works) { bases[$0] ?? formula.base(forSanitized: sanitized[$0].record) }
        // Every work has a key (`citekeys` gives one to each); the id stands in only to keep this total.
        let keyOf = works.map { keys[$0.id] ?? $0.id }
        let order = works.indices.sorted { (keyOf[$0], works[$0].id) < (keyOf[$1], works[$1].id) }
        let entries = ParallelMap.indices(order.count) { n in
            let i = order[n]
            let key = keyOf[i]
            return renderEntry(works[i], sanitized: sanitized[i], citekey: key, as: format, citekeysByID: keys, options: options)
        }
        var texts: [String] = []
        texts.reserveCapacity(entries.count)
        var warnings: [ExportWarning] = []
        var omitted: [String] = []
        for (n, entry) in entries.enumerated() {
            // The two fields read, not a copy of the whole work.
            let id = works[order[n]].id
            let key = keyOf[order[n]]
            if let pinned = works[order[n]].citekey, pinned != key {
                warnings.append(ExportWarning(workID: id, citekey: key,
                                              message: "citekey \"\(pinned)\" is not safe or not unique; exported as \(key)"))
            }
            if let text = entry.text { texts.append(text) } else { omitted.append(key) }
            warnings += entry.warnings
        }
        return ExportResult(text: assemble(texts, as: format), warnings: warnings, omitted: omitted)
    }

    /// Version of the renderers: cached entries rendered by another version (or other options) are rendered again.
    public static let rendererVersion = "exports-2"

    /// One work in one format. `citekey` must be a safe key (see `citekeys(for:)`); `citekeysByID` turns
    /// relation targets into keys for the canonical JSON.
    public static func renderEntry(_ work: Work, citekey: String, as format: ExportFormat,
                                   citekeysByID: [String: String] = [:], options: ExportOptions = .standard) -> ExportEntry {
        renderEntry(work, sanitized: RecordSanitizer.sanitize(work.record), citekey: citekey, as: format,
                    citekeysByID: citekeysByID, options: options)
    }

    /// `renderEntry` for a work whose record is already sanitized (`RecordSanitizer.sanitize(work.record)`).
    static func renderEntry(_ work: Work, sanitized: (record: Record, notes: [String]), citekey: String, as format: ExportFormat,
                            citekeysByID: [String: String], options: ExportOptions) -> ExportEntry {
        let notes = sanitized.notes
        var warnings = notes.map { ExportWarning(workID: work.id, citekey: citekey, message: $0) }
        // The canonical JSON keeps every field; its CSL item names the journal as library.csl.json does.
        let record = (format == .json ? ExportOptions(journal: options.journal) : options).apply(to: sanitized.record)
        var text: String?
        switch format {
        case .bibtex:
            text = BibWriter.entry(for: record, key: citekey, format: .bibtex)?.text
        case .biblatex:
            text = BibWriter.entry(for: record, key: citekey, format: .biblatex, aliases: work.aliases)?.text
        case .cslJSON:
            text = "  " + CSLJSON.item(forSanitized: record, id: citekey).serialized(indentLevel: 1)
        case .json:
            let object = CanonicalJSON.object(for: work, key: citekey, sanitized: record, keysByID: citekeysByID)
            text = "  " + object.serialized(indentLevel: 1)
        case .ris:
            text = RISWriter.entry(for: record, key: citekey)
        }
        if text == nil {
            warnings.append(ExportWarning(workID: work.id, citekey: citekey,
                                          message: "left out of the \(format.rawValue) file: no entry type of the format can hold it"))
        }
        return ExportEntry(text: text, warnings: warnings)
    }

    /// The file made of rendered entries (already in citekey order).
    public static func assemble(_ entries: [String], as format: ExportFormat) -> String {
        switch format {
        case .bibtex, .biblatex, .ris:
            return entries.joined(separator: "\n")
        case .cslJSON, .json:
            return entries.isEmpty ? "[]\n" : "[\n" + entries.joined(separator: ",\n") + "\n]\n"
        }
    }

    /// Work id → the key it is exported under: its pinned citekey when that is safe and unique, else a key
    /// from the default formula. Deterministic: works are taken in (citekey, id) order.
    public static func citekeys(for works: [Work], formula: CitekeyFormula = .standard) -> [String: String] {
        citekeys(for: works) { formula.base(for: works[$0].record) }
    }

    /// `citekeys(for:formula:)` with each work's formula key given by its index in `works`.
    static func citekeys(for works: [Work], base: (Int) -> String) -> [String: String] {
        var allocator = CitekeyAllocator()
        var keys: [String: String] = [:]
        let pinned = works.indices.filter { works[$0].citekey != nil }
            .sorted { (works[$0].citekey ?? "", works[$0].id) < (works[$1].citekey ?? "", works[$1].id) }
        for i in pinned {
            let safe = safeKey(works[i].citekey ?? "")
            keys[works[i].id] = allocator.allocate(safe.isEmpty ? base(i) : safe)
        }
        for i in works.indices.filter({ works[$0].citekey == nil }).sorted(by: { works[$0].id < works[$1].id }) {
            keys[works[i].id] = allocator.allocate(base(i))
        }
        return keys
    }

    /// The key with every character BibTeX, biber or pandoc could misread removed.
    static func safeKey(_ key: String) -> String {
        String(key.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "-_:./+".contains($0)) })
    }
}
