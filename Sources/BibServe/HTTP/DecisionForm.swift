import Foundation

/// A decision form's fields (`application/x-www-form-urlencoded`, as a page form or `curl -d` sends them).
struct DecisionForm: Sendable {
    /// The name of the hidden field that carries the CSRF value derived from the token.
    static let csrfField = "csrf"

    var fields: [String: String]

    init(_ body: Data) {
        var out: [String: String] = [:]
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                String(s).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(s)
            }
            out[decode(parts[0])] = parts.count > 1 ? decode(parts[1]) : ""
        }
        fields = out
    }

    subscript(_ name: String) -> String? {
        fields[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
