import Foundation
import HTTPTypes
import Hummingbird

/// The responses the server sends, built in one place: plain-text refusals that say why, pages, and exports.
enum Reply {
    static let tokenHeader = HTTPField.Name("X-Bibd-Token")!
    static let missingKeysHeader = HTTPField.Name("X-Bibd-Missing-Keys")!
    static let missingCountHeader = HTTPField.Name("X-Bibd-Missing-Count")!
    static let renamedKeysHeader = HTTPField.Name("X-Bibd-Renamed-Keys")!
    static let omittedKeysHeader = HTTPField.Name("X-Bibd-Omitted-Keys")!
    static let unreadInputsHeader = HTTPField.Name("X-Bibd-Unread-Inputs")!
    /// At most this many keys are named in a header; the count header says how many there were.
    static let keysNamedInHeader = 100

    /// A status with its reason as plain text.
    static func refusal(_ status: HTTPResponse.Status, _ reason: String) -> Response {
        text(status, reason)
    }

    static func text(_ status: HTTPResponse.Status, _ text: String, headers: HTTPFields = [:]) -> Response {
        var h = headers
        h[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }

    static func page(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                 body: .init(byteBuffer: ByteBuffer(string: html.markup)))
    }

    static func redirect(to location: String, message: String) -> Response {
        text(.seeOther, message, headers: [.location: location])
    }

    /// A list of keys for a header: percent-encoded where a key holds anything but visible ASCII or a comma.
    static func keyList(_ keys: [String]) -> String {
        keys.prefix(keysNamedInHeader).map { $0.addingPercentEncoding(withAllowedCharacters: headerSafe) ?? "" }
            .joined(separator: ",")
    }

    private static let headerSafe = CharacterSet(charactersIn: UnicodeScalar(0x21)...UnicodeScalar(0x7E))
        .subtracting(CharacterSet(charactersIn: ",%"))
}
