import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// An export file held open to be sent: the descriptor keeps the inode, so a file the daemon replaces meanwhile is
/// still sent whole, as it was when opened. The response streams it in chunks read on the work queue: no buffer
/// ever holds the whole file (a hundred megabytes for a large library), and the first bytes leave at once.
final class OpenExportFile: Sendable {
    private let fd: Int32
    /// Bytes read and sent at a time.
    let chunkBytes: Int
    let size: Int
    /// The file's identity as `StoreGeneration` names it, taken from the open descriptor.
    let identity: String

    /// The file at `url` opened for reading, to be sent `chunkBytes` at a time; nil when it cannot be opened.
    init?(_ url: URL, chunkBytes: Int) {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0 else { close(fd); return nil }
        self.fd = fd
        self.chunkBytes = max(1, chunkBytes)
        size = Int(st.st_size)
        identity = StoreGeneration.identity(st)
    }

    deinit { close(fd) }

    /// The whole file as a response body of known length. The next chunk is read while the last one is written.
    var body: ResponseBody {
        ResponseBody(contentLength: size) { writer in
            var next = self.size > 0 ? self.readAhead(at: 0) : nil
            while let pending = next {
                let chunk = try await pending.value
                next = chunk.end < self.size ? self.readAhead(at: chunk.end) : nil
                try await writer.write(chunk.bytes)
            }
            try await writer.finish(nil)
        }
    }

    /// The chunk at `offset`, being read on the work queue; with the offset after it.
    private func readAhead(at offset: Int) -> Task<(bytes: ByteBuffer, end: Int), Error> {
        let count = min(chunkBytes, size - offset)
        return Task { (try await Offload.run { try self.read(at: offset, count: count) }, offset + count) }
    }

    /// `count` bytes from `offset`; a file shorter than its size when opened is an error, never a short response.
    func read(at offset: Int, count: Int) throws -> ByteBuffer {
        var buffer = ByteBufferAllocator().buffer(capacity: count)
        while buffer.readableBytes < count {
            let want = count - buffer.readableBytes
            let at = off_t(offset + buffer.readableBytes)
            var failure: Int32 = 0
            let n = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: want) { raw in
                let got = pread(fd, raw.baseAddress!, want, at)
                if got < 0 { failure = errno }
                return max(got, 0)
            }
            if failure != 0 { throw ReadFailure(reason: String(cString: strerror(failure))) }
            if n == 0 { throw ReadFailure(reason: "the file ended before its size") }
        }
        return buffer
    }
}

/// Why an open export file could not be read to its end (the response is cut off; the client sees a short body).
struct ReadFailure: Error, CustomStringConvertible {
    var reason: String
    var description: String { "reading the export file failed: \(reason)" }
}
