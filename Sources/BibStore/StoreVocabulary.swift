/// What became of an input file, as the store's `file` table keeps it.
public enum StoredFileOutcome: String, Sendable, CaseIterable {
    /// Its records are in the store; the same bytes again are a duplicate.
    case ingested
    /// It could not be ingested (the reason is kept beside it); the same bytes are tried again when they return.
    case failed
}

/// The keys of the store's `meta` table.
public enum StoreMetaKey: String, Sendable, CaseIterable {
    /// "0" when library.bib, library.json and library.csl.json show the store; anything else (or none) when a
    /// write since the last export left them behind.
    case exportsStale = "exports_stale"
    /// The export settings and renderer version the cached entries were rendered with.
    case exportFingerprint = "export_fingerprint"
    /// Counts export rewrites, so that a process caching exports sees another writer's rewrite.
    case exportGeneration = "export_generation"
    /// The matching rules' version the stored pair decisions were made with.
    case matchingFingerprint = "matching_fingerprint"
    /// When the last batch ended, and its summary.
    case lastRun = "last_run"
}
