import BibExport
import BibMatch
import BibMerge
import Foundation
import Yams

/// bibd's settings: where the store and the inbox folders are, how matching decides, which sources win.
/// The defaults here are the embedded defaults; `config/bibd.yaml` documents every key with the same values.
public struct Config: Sendable, Equatable {
    /// The store folder: `bibd.sqlite`, `library.bib`, `library.json`.
    public var store: String = "store"
    /// The folder the watcher and `refresh` ingest from.
    public var inbox: String = "inbox"
    /// Where ingested inbox files are moved.
    public var processed: String = "processed"
    /// Where inbox files that failed are moved, each with a `NAME.error.json` sidecar.
    public var failed: String = "failed"
    /// Quiet time after the last inbox event before a batch is processed and exports are rewritten.
    public var debounceMilliseconds: Int = 250
    /// How long a file found by a scan must have kept its size and mtime (with no process holding it open for
    /// writing) before it is read; younger files are left for the next pass.
    public var settleMilliseconds: Int = 2000
    /// What one file's extraction may take in the worker process of `watch`, `refresh` and `ingest`.
    public var extractBudget = ExtractBudget()
    /// trace, debug, info, notice, warning, error, critical.
    public var logLevel: String = "info"
    public var matching = MatchConfig()
    public var trustOrder = TrustOrder.default
    /// The citation-key formula (see Sources/BibExport/CITEKEYS.md).
    public var citekeyFormula: String = Config.defaultCitekeyFormula
    /// How `library.bib`, `library-biblatex`-style and CSL-JSON exports write journal names and which fields
    /// they leave out (`export: {journal: full|iso4|as-found, omit: [abstract, keywords]}`).
    public var export = ExportOptions()
    /// Where `bibd serve` listens and whether `bibd watch` serves too (`serve: {port, listen, allow_remote, in_watch}`).
    public var serve = ServeConfig()
    /// The file these settings were read from, if any (for error messages).
    public var origin: String = "(embedded defaults)"

    public static let defaultCitekeyFormula = CitekeyFormula.defaultSource

    /// The parsed citation-key formula (validated when the config is loaded).
    public var parsedCitekeyFormula: CitekeyFormula {
        (try? CitekeyFormula(parsing: citekeyFormula)) ?? .standard
    }

    public init() {}

    /// Every key the file may hold, with what it means; the loader refuses any other key.
    static let keys: [String: String] = [
        "store": "folder of the store", "inbox": "inbox folder", "processed": "folder for ingested inbox files",
        "failed": "folder for failed inbox files", "debounce_ms": "quiet milliseconds before a batch",
        "settle_ms": "milliseconds a scanned file must stay unchanged before it is read",
        "extract_seconds": "CPU seconds one file's extraction may take", "extract_memory_mb": "MiB one file's extraction may use",
        "log_level": "log level", "matching": "matching thresholds", "trust_order": "extractors, most trusted first",
        "citekey_formula": "citation-key formula", "export": "journal-name style and fields left out of exports",
        "serve": "the local web server of bibd serve",
    ]
    static let exportKeys: Set<String> = ["journal", "omit"]
    static let matchingKeys: Set<String> = ["merge_threshold", "review_threshold", "minimum_title_similarity",
                                             "abstract_containment", "max_block_size"]
    static let logLevels: Set<String> = ["trace", "debug", "info", "notice", "warning", "error", "critical"]

    /// Reads a YAML config file; an unknown key, a wrong type or an impossible value names the key and the file.
    public static func load(path: String) throws -> Config {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineError.badConfig(file: path, key: "-", problem: "cannot read the file")
        }
        let node: Any?
        do { node = try Yams.load(yaml: String(decoding: data, as: UTF8.self)) } catch {
            throw PipelineError.badConfig(file: path, key: "-", problem: "not valid YAML: \(error)")
        }
        var c = Config()
        c.origin = path
        guard let node else { return c }
        guard let map = node as? [String: Any] else {
            throw PipelineError.badConfig(file: path, key: "-", problem: "the file must be a mapping of keys to values")
        }
        func bad(_ key: String, _ problem: String) -> PipelineError { .badConfig(file: path, key: key, problem: problem) }
        func string(_ key: String) throws -> String? {
            guard let v = map[key] else { return nil }
            guard let s = v as? String, !s.trimmingCharacters(in: .whitespaces).isEmpty else { throw bad(key, "must be a non-empty text") }
            return s
        }
        for key in map.keys where keys[key] == nil {
            throw bad(key, "unknown key (known: \(keys.keys.sorted().joined(separator: ", ")))")
        }
        if let v = try string("store") { c.store = v }
        if let v = try string("inbox") { c.inbox = v }
        if let v = try string("processed") { c.processed = v }
        if let v = try string("failed") { c.failed = v }
        if let v = try string("citekey_formula") {
            do { _ = try CitekeyFormula(parsing: v) } catch { throw bad("citekey_formula", "\(error)") }
            c.citekeyFormula = v
        }
        if let v = try string("log_level") {
            guard logLevels.contains(v) else { throw bad("log_level", "must be one of \(logLevels.sorted().joined(separator: ", "))") }
            c.logLevel = v
        }
        if let v = map["debounce_ms"] {
            guard let n = v as? Int, (0...600_000).contains(n) else { throw bad("debounce_ms", "must be a whole number from 0 to 600000") }
            c.debounceMilliseconds = n
        }
        if let v = map["extract_seconds"] {
            guard let n = v as? Int, (1...3600).contains(n) else { throw bad("extract_seconds", "must be a whole number from 1 to 3600") }
            c.extractBudget.seconds = n
        }
        if let v = map["extract_memory_mb"] {
            guard let n = v as? Int, (64...65536).contains(n) else { throw bad("extract_memory_mb", "must be a whole number from 64 to 65536") }
            c.extractBudget.megabytes = n
        }
        if let v = map["settle_ms"] {
            guard let n = v as? Int, (0...3_600_000).contains(n) else { throw bad("settle_ms", "must be a whole number from 0 to 3600000") }
            c.settleMilliseconds = n
        }
        if let v = map["trust_order"] {
            guard let list = v as? [String], !list.isEmpty else { throw bad("trust_order", "must be a non-empty list of extractor ids") }
            c.trustOrder = TrustOrder(list)
        }
        if let v = map["export"] {
            guard let m = v as? [String: Any] else { throw bad("export", "must be a mapping") }
            for k in m.keys where !exportKeys.contains(k) { throw bad("export.\(k)", "unknown key") }
            if let j = m["journal"] {
                guard let name = j as? String, let style = JournalStyle(rawValue: name) else {
                    throw bad("export.journal", "must be one of \(JournalStyle.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                c.export.journal = style
            }
            if let o = m["omit"] {
                guard let list = o as? [String] else { throw bad("export.omit", "must be a list of field names") }
                do { c.export.omit = try ExportOptions.omitList(list.joined(separator: ",")) } catch {
                    throw bad("export.omit", "\(error)")
                }
            }
        }
        if let v = map["serve"] { c.serve = try ServeConfig.parse(v, bad: bad) }
        if let v = map["matching"] {
            guard let m = v as? [String: Any] else { throw bad("matching", "must be a mapping") }
            for k in m.keys where !matchingKeys.contains(k) { throw bad("matching.\(k)", "unknown key") }
            func threshold(_ k: String) throws -> Double? {
                guard let x = m[k] else { return nil }
                guard let d = (x as? Double) ?? (x as? Int).map(Double.init), (0...1).contains(d) else {
                    throw bad("matching.\(k)", "must be a number from 0 to 1")
                }
                return d
            }
            if let d = try threshold("merge_threshold") { c.matching.mergeThreshold = d }
            if let d = try threshold("review_threshold") { c.matching.reviewThreshold = d }
            if let d = try threshold("minimum_title_similarity") { c.matching.minimumTitleSimilarity = d }
            if let d = try threshold("abstract_containment") { c.matching.abstractContainment = d }
            if let x = m["max_block_size"] {
                guard let n = x as? Int, (2...100_000).contains(n) else {
                    throw bad("matching.max_block_size", "must be a whole number from 2 to 100000")
                }
                c.matching.maxBlockSize = n
            }
            guard c.matching.reviewThreshold <= c.matching.mergeThreshold else {
                throw bad("matching.review_threshold", "must not be above matching.merge_threshold")
            }
        }
        return c
    }

    /// The config to use: an explicit file, else `$BIBD_CONFIG`, else `config/bibd.yaml` in the current
    /// folder when present, else the embedded defaults.
    public static func resolve(explicit: String?) throws -> Config {
        if let explicit { return try load(path: explicit) }
        if let env = ProcessInfo.processInfo.environment["BIBD_CONFIG"], !env.isEmpty { return try load(path: env) }
        if FileManager.default.fileExists(atPath: "config/bibd.yaml") { return try load(path: "config/bibd.yaml") }
        return Config()
    }
}
