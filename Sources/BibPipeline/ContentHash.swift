import Crypto

/// The identity of an input file: the SHA-256 of its bytes (same bytes → same file, whatever its name).
public enum ContentHash {
    /// Lower-case hex SHA-256 of `bytes`.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined()
    }
}
