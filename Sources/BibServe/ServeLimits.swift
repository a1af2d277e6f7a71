/// Bounds on what one request may ask, so that a hostile or mistaken client gets a clear 4xx, never a server
/// that runs out of memory.
public struct ServeLimits: Sendable {
    /// Largest request body (an `.aux`, `.bcf`, Markdown manuscript or a decision form), in bytes.
    public var maxBodyBytes = 1 << 20
    /// Most citation keys one export request may select.
    public var maxKeys = 10_000
    /// Most search results one page lists.
    public var maxSearchResults = 200
    /// Bytes of an export file read and sent at a time when the whole library is served from its file.
    public var exportChunkBytes = 4 << 20
    /// Pairs in doubt one review page shows (`/review?all=1` shows every pair).
    public var reviewPairsPerPage = 50

    public init() {}
}
