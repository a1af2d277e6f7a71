import Foundation
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// Reads a whole export file straight into the buffer a response sends: one copy from the page cache, where
/// reading into `Data` and then into a buffer made two of a file that may hold a hundred megabytes.
enum ExportFileReader {
    /// The file's bytes as they were when it was opened (a file replaced meanwhile is read whole from the old
    /// inode); nil when it cannot be opened or read whole.
    static func read(_ url: URL) -> ByteBuffer? {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let size = Int(st.st_size)
        var buffer = ByteBufferAllocator().buffer(capacity: size)
        var failed = false
        while !failed && buffer.readableBytes < size {
            let want = size - buffer.readableBytes
            let offset = off_t(buffer.readableBytes)
            let n = buffer.writeWithUnsafeMutableBytes(minimumWritableBytes: want) { raw in
                let got = pread(fd, raw.baseAddress!, want, offset)
                if got <= 0 { failed = got < 0 }
                return max(got, 0)
            }
            if n == 0 { break }
        }
        return failed || buffer.readableBytes != size ? nil : buffer
    }
}
