import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file so that readers see either the old or the new content, never a half-written one:
/// a temporary file in the same folder, flushed to disk, then renamed over the target.
public enum AtomicFile {
    public static func write(_ text: String, to url: URL) throws {
        let dir = url.deletingLastPathComponent()
        let tmp = dir.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PipelineError.export(url.path, String(cString: strerror(errno))) }
        var text = text
        let failure: String? = text.withUTF8 { buf in
            var written = 0
            while written < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + written, buf.count - written)
                if n <= 0 { return String(cString: strerror(errno)) }
                written += n
            }
            return nil
        }
        if let failure {
            close(fd); unlink(tmp.path)
            throw PipelineError.export(url.path, failure)
        }
        fsync(fd)
        close(fd)
        guard rename(tmp.path, url.path) == 0 else {
            let why = String(cString: strerror(errno))
            unlink(tmp.path)
            throw PipelineError.export(url.path, why)
        }
    }
}
