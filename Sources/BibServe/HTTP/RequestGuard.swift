import Foundation
import HTTPTypes
import Hummingbird

/// Checks every request before it is routed. With the server on loopback, the Host must name this machine
/// (a page of another site cannot reach the server through a DNS name it controls). A POST is refused when its
/// Origin or Referer names another origin, and when its query string carries a token (tokens in URLs end up in
/// logs and histories; writes take the token in a header or a cookie).
struct RequestGuard<Context: RequestContext>: RouterMiddleware {
    var loopbackOnly: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let host = request.head.authority ?? ""
        if loopbackOnly, !ListenPolicy.isLoopback(Self.hostName(host)) {
            return Reply.refusal(.forbidden, "the Host '\(host)' is not this machine: bibd serve answers loopback names only")
        }
        if request.method == .post {
            if request.uri.queryParameters["token"] != nil {
                return Reply.refusal(.forbidden, "a token in the query string of a POST is refused: send it as X-Bibd-Token")
            }
            let claimed = request.headers[.origin] ?? request.headers[.referer].flatMap(Self.origin(of:))
            if let claimed, claimed != "http://" + host {
                return Reply.refusal(.forbidden, "a POST from another origin (\(claimed)) is refused")
            }
        }
        return try await next(request, context)
    }

    /// The host part of a Host header ("127.0.0.1:8765" → "127.0.0.1", "[::1]:8765" → "::1").
    static func hostName(_ host: String) -> String {
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") { return String(host[host.index(after: host.startIndex)..<end]) }
        return String(host.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// The origin ("scheme://host:port") of a Referer URL.
    static func origin(of referer: String) -> String? {
        guard let url = URLComponents(string: referer), let scheme = url.scheme, let host = url.host else { return nil }
        let h = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(h)" + (url.port.map { ":\($0)" } ?? "")
    }
}
