/// Why `bibd serve` could not start.
public enum ServeError: Error, CustomStringConvertible, Sendable {
    /// The listen address is not a loopback address and the config does not allow remote clients.
    case remoteNotAllowed(String)
    /// The token file could not be made or read.
    case token(path: String, reason: String)

    public var description: String {
        switch self {
        case .remoteNotAllowed(let address):
            return "refusing to listen on \(address): not a loopback address (127.0.0.1, ::1, localhost). "
                + "Set serve.allow_remote: true in the config to serve other machines"
        case .token(let path, let reason):
            return "cannot use the write token \(path): \(reason)"
        }
    }
}
