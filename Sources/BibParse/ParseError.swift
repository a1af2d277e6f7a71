/// Why a file could not be turned into a page.
public enum ParseError: Error, CustomStringConvertible, Sendable, Equatable {
    case empty
    case binary
    case undecodable(String)
    case markup(String)
    case tooLarge(Int)

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .binary: return "the file is binary, not a page or a record"
        case .undecodable(let enc): return "the file's text cannot be decoded (tried \(enc))"
        case .markup(let what): return "the markup cannot be parsed: \(what)"
        case .tooLarge(let n): return "the file is too large (\(n) bytes)"
        }
    }
}
