import Foundation

/// A piece of HTML markup. Literals in an `HTML` string are trusted markup; every interpolated `String` is
/// escaped by `HTML.escape`, the one escaping function of the server, so a value from a source file can never
/// become markup.
public struct HTML: Sendable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var markup: String

    public init(stringLiteral value: String) { markup = value }
    public init(stringInterpolation: Interpolation) { markup = stringInterpolation.markup }
    public init(joining parts: [HTML]) { markup = parts.map(\.markup).joined() }

    public var description: String { markup }

    /// Text made safe for element content and quoted attribute values. Works on UTF-8 bytes: every character
    /// replaced is ASCII, and text without one is returned as it is.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { entity($0) != nil }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let e = entity(byte) { out.append(contentsOf: e.utf8) } else { out.append(byte) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return "&#39;"
        default: return nil
        }
    }

    /// A path segment or query value made safe for a URL (then escaped for HTML).
    public static func urlComponent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: urlUnreserved) ?? ""
    }

    private static let urlUnreserved = CharacterSet(charactersIn:
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    public struct Interpolation: StringInterpolationProtocol {
        var markup = ""

        public init(literalCapacity: Int, interpolationCount: Int) { markup.reserveCapacity(literalCapacity * 2) }
        public mutating func appendLiteral(_ literal: String) { markup += literal }
        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) { markup += HTML.escape(text) }
        /// A number.
        public mutating func appendInterpolation(_ number: Int) { markup += String(number) }
        /// Markup already made safe.
        public mutating func appendInterpolation(_ html: HTML) { markup += html.markup }
        public mutating func appendInterpolation(_ list: [HTML]) { for h in list { markup += h.markup } }
        /// A URL path segment or query value: percent-encoded, then escaped.
        public mutating func appendInterpolation(url text: String) { markup += HTML.escape(HTML.urlComponent(text)) }
    }
}
