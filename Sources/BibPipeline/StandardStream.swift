import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes to the process's standard output and error with write(2). bibd ignores SIGPIPE (a worker that died
/// must not end it), so a reader that went away (`bibd ingest … | head -1`) shows as EPIPE; Foundation's
/// `FileHandle.write` turns that, and an interrupted call, into a crash. Here an interrupted or partial write is
/// resumed; a closed standard output ends a command quietly with the status a SIGPIPE death gives (141), after the
/// unit of work it reported was done; a daemon (`watch`, `serve`) sets `closedOutputEndsProcess` off and keeps
/// working. A closed standard error is ignored: losing diagnostics never stops the work.
public enum StandardStream {
    nonisolated(unsafe) public static var closedOutputEndsProcess = true

    /// The exit status of a command whose reader closed its standard output (128 + SIGPIPE, as shells report it).
    public static let closedOutputStatus: Int32 = 141

    public static func out(_ data: Data) { write(data, to: STDOUT_FILENO) }
    public static func err(_ data: Data) { write(data, to: STDERR_FILENO) }
    public static func out(_ s: String) { out(Data(s.utf8)) }
    public static func err(_ s: String) { err(Data(s.utf8)) }

    static func write(_ data: Data, to fd: Int32) {
        guard case .closed = writeAll(data, to: fd) else { return }
        if fd == STDOUT_FILENO, closedOutputEndsProcess { exit(closedOutputStatus) }
    }

    /// What became of a write.
    public enum Outcome: Equatable { case written, closed, failed(Int32) }

    /// Writes every byte of `data` to `fd`, resuming after EINTR and partial writes.
    public static func writeAll(_ data: Data, to fd: Int32) -> Outcome {
        data.withUnsafeBytes { raw -> Outcome in
            guard var p = raw.baseAddress else { return .written }
            var left = raw.count
            while left > 0 {
                let n = Glibc.write(fd, p, left)
                if n > 0 { p += n; left -= n; continue }
                if n < 0, errno == EINTR { continue }
                if n < 0, errno == EAGAIN {
                    // A non-blocking descriptor that is full: wait until it takes bytes again.
                    var w = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                    _ = poll(&w, 1, -1)
                    continue
                }
                return n < 0 && errno == EPIPE ? .closed : .failed(n < 0 ? errno : 0)
            }
            return .written
        }
    }

    /// Every byte `fd` gives until its end, resuming after EINTR (Foundation's `readDataToEndOfFile` crashes there).
    public static func readAll(_ fd: Int32) -> Data {
        var out = Data()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n > 0 { out.append(contentsOf: chunk[0..<n]); continue }
            if n < 0, errno == EINTR { continue }
            return out
        }
    }
}
