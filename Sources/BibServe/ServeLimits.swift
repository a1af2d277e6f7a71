/// Bounds on what one request may ask, so that a hostile or mistaken client gets a clear 4xx, never a server
/// that runs out of memory.
public struct ServeLimits: Sendable {
    /// Largest request body (an `.aux`, `.bcf`, Markdown manuscript or a decision form), in bytes.
    public var maxBodyBytes = 1 << 20
    /// Most citation keys one export request may select.
    public var maxKeys = 10_000
    /// Most search results one page lists.
    public var maxSearchResults = 200

    public init() {}
}
