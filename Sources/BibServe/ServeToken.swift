import Crypto
import Foundation

/// The secret that authorizes writes: a `serve.token` file in the store folder (mode 0600), made from the system's
/// random number generator on first start. Scripts send it as `X-Bibd-Token`; a browser trades it once at
/// `/login?token=…` for a session cookie, and each page form carries a field derived from it (CSRF).
public struct ServeToken: Sendable {
    /// The token's file name inside the store folder.
    public static let fileName = "serve.token"

    public let value: String

    public init(value: String) { self.value = value }

    /// Reads the store's token, making it (mode 0600) if there is none yet.
    public static func loadOrCreate(in storeDirectory: URL) throws -> ServeToken {
        let url = storeDirectory.appendingPathComponent(fileName)
        let fm = FileManager.default
        if let data = fm.contents(atPath: url.path) {
            let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.count >= 32 else { throw ServeError.token(path: url.path, reason: "it holds no token; delete it to get a new one") }
            return ServeToken(value: text)
        }
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let token = ServeToken(value: hex(bytes))
        // Created with mode 0600 from the start: the token is never readable by others, not even briefly.
        let fd = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw ServeError.token(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        let line = Array((token.value + "\n").utf8)
        guard write(fd, line, line.count) == line.count else {
            throw ServeError.token(path: url.path, reason: String(cString: strerror(errno)))
        }
        return token
    }

    /// The value of the session cookie a browser gets at `/login`.
    public var sessionCookie: String { derived("session") }
    /// The hidden field every page form carries.
    public var formField: String { derived("form") }

    /// Whether `candidate` is the token (compared in constant time).
    public func matches(_ candidate: String?) -> Bool { Self.same(candidate, value) }
    public func matchesSession(_ candidate: String?) -> Bool { Self.same(candidate, sessionCookie) }
    public func matchesFormField(_ candidate: String?) -> Bool { Self.same(candidate, formField) }

    private func derived(_ purpose: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Data(purpose.utf8), using: SymmetricKey(data: Data(value.utf8)))
        return Self.hex(Array(mac))
    }

    private static func same(_ a: String?, _ b: String) -> Bool {
        guard let a else { return false }
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
}
