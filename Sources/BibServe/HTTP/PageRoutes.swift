import Foundation
import Hummingbird

/// The pages: `/`, `/search?q=`, `/work/{key-or-id}`, `/status`, `/review`, and `/login?token=…`, which trades the
/// token for a session cookie and sends the browser on to the review page. No route serves a file by its path.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, _ served: ServedLibrary) {
        router.get("/") { _, _ in await page { try served.homePage() } }
        router.get("/search") { request, _ in
            let q = request.uri.queryParameters["q"].map { String($0).replacingOccurrences(of: "+", with: " ") } ?? ""
            return await page { try served.searchPage(q) }
        }
        router.get("/work/:key") { _, context in
            let raw = context.parameters.get("key") ?? ""
            let key = raw.removingPercentEncoding ?? raw
            return await page {
                guard let html = try served.workPage(key) else {
                    return PageLayout.document(title: "Not found", "<p>No work has the key or id “\(key)”.</p>")
                }
                return html
            } status: { $0.markup.contains("<title>Not found") ? .notFound : .ok }
        }
        router.get("/status") { _, _ in await page { try served.statusPage() } }
        router.get("/review") { request, _ in
            let forms = WriteAuthorization.hasSession(request, token: served.token)
            let query = request.uri.queryParameters
            let window: ReviewPage.Window
            do {
                window = try ReviewPage.Window.parse(page: query["page"].map(String.init), all: query["all"].map { $0 != "0" } ?? false,
                                                     perPage: served.limits.reviewPairsPerPage)
            } catch { return Reply.refusal(.badRequest, "\(error)") }
            return await page { try served.reviewPage(withForms: forms, window: window) }
        }
        router.get("/login") { request, _ -> Response in
            guard served.token.matches(request.uri.queryParameters["token"].map(String.init)) else {
                return Reply.refusal(.forbidden, "wrong or missing token: use the login URL bibd serve printed")
            }
            var r = Reply.redirect(to: "/review", message: "logged in")
            r.headers[.setCookie] = WriteAuthorization.sessionCookieHeader(served.token)
            return r
        }
    }

    private static func page(_ make: @escaping @Sendable () throws -> HTML,
                             status: @escaping @Sendable (HTML) -> HTTPResponse.Status = { _ in .ok }) async -> Response {
        do {
            let html = try await Offload.run(make)
            return Reply.page(html, status: status(html))
        } catch {
            return Reply.refusal(.internalServerError, "the page could not be made: \(error)")
        }
    }
}
