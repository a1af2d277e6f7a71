import Foundation

/// The settings of `bibd serve` (config key `serve`): where the local web server listens and whether
/// `bibd watch` runs it too.
public struct ServeConfig: Sendable, Equatable {
    /// The TCP port (`serve.port`).
    public var port: Int = 8765
    /// The address to bind (`serve.listen`); a non-loopback address needs `allowRemote`.
    public var listen: String = "127.0.0.1"
    /// Whether a non-loopback `listen` address is allowed (`serve.allow_remote`).
    public var allowRemote = false
    /// Whether `bibd watch` also serves (`serve.in_watch`).
    public var inWatch = false

    public init() {}

    /// The keys of the `serve` mapping.
    static let keys: Set<String> = ["port", "listen", "allow_remote", "in_watch"]

    /// Reads the `serve` mapping; a wrong key, type or value names the key.
    static func parse(_ value: Any, bad: (String, String) -> PipelineError) throws -> ServeConfig {
        guard let m = value as? [String: Any] else { throw bad("serve", "must be a mapping") }
        for k in m.keys where !keys.contains(k) { throw bad("serve.\(k)", "unknown key (known: \(keys.sorted().joined(separator: ", ")))") }
        var c = ServeConfig()
        if let v = m["port"] {
            guard let n = v as? Int, (1...65535).contains(n) else { throw bad("serve.port", "must be a whole number from 1 to 65535") }
            c.port = n
        }
        if let v = m["listen"] {
            guard let s = v as? String, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw bad("serve.listen", "must be a non-empty address such as 127.0.0.1")
            }
            c.listen = s
        }
        if let v = m["allow_remote"] {
            guard let b = v as? Bool else { throw bad("serve.allow_remote", "must be true or false") }
            c.allowRemote = b
        }
        if let v = m["in_watch"] {
            guard let b = v as? Bool else { throw bad("serve.in_watch", "must be true or false") }
            c.inWatch = b
        }
        return c
    }
}
