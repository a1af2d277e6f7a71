import BibExport
import BibStore

extension Library {
    /// The render cache's current entries in `format` for these works (work id → entry), read without writing:
    /// empty when the cache was rendered by another renderer version or with other export options than this
    /// library's (a writer will empty it), and without the works whose entry is not cached. An entry was rendered
    /// with the work's stored citation key.
    public func cachedEntries(workIDs: [String], format: ExportFormat, in tx: StoreTransaction) throws -> [String: String] {
        guard try tx.meta(.exportFingerprint) == exportFingerprint else { return [:] }
        return try tx.renderedEntries(workIDs: workIDs, format: format.rawValue)
    }
}
