import BibExport
import BibPipeline
import Foundation
import HTTPTypes
import Hummingbird

/// Pull export: `GET /export?format=…[&keys=a,b]`, `POST /export/aux` (a `.aux` or `.bcf` body) and
/// `POST /export/markdown` (a Pandoc Markdown body). ETag and If-None-Match give a polling build 304 while nothing
/// changed. Cited keys the store lacks do not fail the request: the entries found are sent (200) and
/// `X-Bibd-Missing-Keys` names the others, so that LaTeX or Pandoc reports each as an undefined citation.
enum ExportRoutes {
    static func add(to router: Router<BasicRequestContext>, _ served: ServedLibrary) {
        router.get("/export") { request, _ -> Response in
            let params = request.uri.queryParameters
            let format: ExportFormat
            do { format = try parseFormat(params["format"].map(String.init)) } catch { return refusal(error) }
            var selection = Selection.all
            if let keys = params["keys"] {
                let list = keys.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                guard list.count <= served.limits.maxKeys else {
                    return Reply.refusal(.uriTooLong, ExportRefusal.tooManyKeys(count: list.count, limit: served.limits.maxKeys).description)
                }
                selection = .keys(list)
            }
            return await respond(ExportQuery(format: format, selection: selection), request, served, unread: [])
        }
        router.post("/export/aux") { request, _ -> Response in
            await manuscript(request, served) { PullExport.looksLikeBcf($0) ? .bcf : .aux }
        }
        router.post("/export/markdown") { request, _ -> Response in
            await manuscript(request, served) { _ in .pandoc }
        }
    }

    private static func manuscript(_ request: Request, _ served: ServedLibrary,
                                   kind: (Data) -> ManuscriptKind) async -> Response {
        let format: ExportFormat
        do { format = try parseFormat(request.uri.queryParameters["format"].map(String.init)) } catch { return refusal(error) }
        let body: Data
        switch await RequestBody.bounded(request, limit: served.limits.maxBodyBytes) {
        case .success(let data): body = data
        case .failure(let refusal): return refusal.response
        }
        do {
            let (selection, unread) = try PullExport.selection(manuscript: body, kind: kind(body))
            if case .keys(let keys) = selection, keys.count > served.limits.maxKeys {
                throw ExportRefusal.tooManyKeys(count: keys.count, limit: served.limits.maxKeys)
            }
            return await respond(ExportQuery(format: format, selection: selection), request, served, unread: unread)
        } catch {
            return refusal(error)
        }
    }

    private static func respond(_ query: ExportQuery, _ request: Request, _ served: ServedLibrary, unread: [String]) async -> Response {
        let asked = request.headers[.ifNoneMatch]
        if let asked, let tag = served.currentETag(query), matches(asked, tag) {
            return Response(status: .notModified, headers: [.eTag: tag])
        }
        let reply: ExportReply
        do { reply = try await Offload.run { try served.export(query) } } catch { return refusal(error) }
        if let asked, matches(asked, reply.etag) { return Response(status: .notModified, headers: [.eTag: reply.etag]) }
        var headers: HTTPFields = [.contentType: query.format.mediaType, .eTag: reply.etag, .cacheControl: "no-cache"]
        if !reply.missing.isEmpty {
            headers[Reply.missingKeysHeader] = Reply.keyList(reply.missing)
            headers[Reply.missingCountHeader] = String(reply.missing.count)
        }
        if !reply.renamed.isEmpty {
            headers[Reply.renamedKeysHeader] = Reply.keyList(reply.renamed.map { "\($0.alias)=\($0.key)" })
        }
        if !reply.omitted.isEmpty { headers[Reply.omittedKeysHeader] = Reply.keyList(reply.omitted) }
        if !unread.isEmpty { headers[Reply.unreadInputsHeader] = Reply.keyList(unread) }
        return Response(status: .ok, headers: headers, body: reply.body.responseBody)
    }

    /// Whether an If-None-Match value names `tag` (a list of tags, weak or strong, or `*`).
    static func matches(_ header: String, _ tag: String) -> Bool {
        header.split(separator: ",").contains { part in
            let t = part.trimmingCharacters(in: .whitespaces)
            return t == "*" || t == tag || t == "W/" + tag
        }
    }

    static func parseFormat(_ name: String?) throws -> ExportFormat {
        guard let name else { return .bibtex }
        guard let f = ExportFormat(rawValue: name) else { throw ExportRefusal.unknownFormat(name) }
        return f
    }

    private static func refusal(_ error: Error) -> Response {
        if let e = error as? ExportRefusal { return Reply.refusal(.badRequest, e.description) }
        return Reply.refusal(.internalServerError, "export failed: \(error)")
    }
}
