import Foundation
import Hummingbird

/// Reads a request body up to a bound: nil when the body is larger (the caller answers 413), so a 50 MB upload is
/// never held in memory.
enum RequestBody {
    static func read(_ request: Request, limit: Int) async throws -> Data? {
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit { return nil }
        var data = Data()
        for try await buffer in request.body {
            guard data.count + buffer.readableBytes <= limit else { return nil }
            data.append(contentsOf: buffer.readableBytesView)
        }
        return data
    }

    /// The body within `limit`, or the refusal to answer with (413 over the bound, 400 when it cannot be read).
    static func bounded(_ request: Request, limit: Int) async -> Result<Data, Refusal> {
        do {
            guard let data = try await read(request, limit: limit) else { return .failure(Refusal(response: tooLarge(limit))) }
            return .success(data)
        } catch {
            return .failure(Refusal(response: Reply.refusal(.badRequest, "could not read the request body: \(error)")))
        }
    }

    /// A response refusing a request, carried where an error is expected.
    struct Refusal: Error {
        let response: Response
    }

    static func tooLarge(_ limit: Int) -> Response {
        Reply.refusal(.contentTooLarge, "request body over \(limit) bytes (\(limit / 1024) KiB): send only the manuscript's .aux, .bcf or Markdown file")
    }
}
