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

    static func tooLarge(_ limit: Int) -> Response {
        Reply.refusal(.contentTooLarge, "request body over \(limit) bytes (\(limit / 1024) KiB): send only the manuscript's .aux, .bcf or Markdown file")
    }
}
