import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client for this machine's servers, for `bibd bench-serve` and the tests: one request per
/// connection, the request line sent exactly as given (a path with `../` is not normalized, as curl or a browser
/// would normalize it).
public enum LoopbackHTTP {
    /// A response as the wire carried it.
    public struct Response: Sendable {
        public var status: Int
        /// Header names in lower case.
        public var headers: [String: String]
        public var body: Data
        public var text: String { String(decoding: body, as: UTF8.self) }
        public func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    /// Why a request got no HTTP response.
    public enum Failure: Error, Sendable { case socket(String), malformed }

    public static func send(_ method: String, _ path: String, port: Int, headers: [String: String] = [:],
                            body: Data? = nil) throws -> Response {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.socket("socket: " + String(cString: strerror(errno))) }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { throw Failure.socket("connect: " + String(cString: strerror(errno))) }
        var head = "\(method) \(path) HTTP/1.1\r\nConnection: close\r\n"
        var h = headers
        if h["Host"] == nil { h["Host"] = "127.0.0.1:\(port)" }
        if let body { h["Content-Length"] = h["Content-Length"] ?? String(body.count) }
        for (k, v) in h.sorted(by: { $0.key < $1.key }) { head += "\(k): \(v)\r\n" }
        head += "\r\n"
        var out = Data(head.utf8)
        if let body { out.append(body) }
        out.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let n = Glibc.send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { break }  // the server may answer and close before reading an oversized body
                sent += n
            }
        }
        return try parse(receiveAll(fd))
    }

    /// Everything the server sends until it closes, appended straight from the receive buffer (a large body is
    /// not copied byte by byte); room for the body is made once its Content-Length is known.
    private static func receiveAll(_ fd: Int32) -> Data {
        var received = Data()
        var sized = false
        let buf = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 18, alignment: 1)
        defer { buf.deallocate() }
        while true {
            let n = recv(fd, buf.baseAddress, buf.count, 0)
            if n <= 0 { break }
            received.append(buf.baseAddress!.assumingMemoryBound(to: UInt8.self), count: n)
            if !sized, let end = received.range(of: Data("\r\n\r\n".utf8)) {
                sized = true
                let head = String(decoding: received[..<end.lowerBound], as: UTF8.self).lowercased()
                if let line = head.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
                   let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) {
                    received.reserveCapacity(end.upperBound + length)
                }
            }
        }
        return received
    }

    static func parse(_ data: Data) throws -> Response {
        guard let split = data.range(of: Data("\r\n\r\n".utf8)) else { throw Failure.malformed }
        let head = String(decoding: data[..<split.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, statusLine.split(separator: " ").count >= 2,
              let status = Int(statusLine.split(separator: " ")[1]) else { throw Failure.malformed }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[split.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: headers, body: body)
    }

    private static func dechunk(_ data: Data) -> Data {
        var out = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self), radix: 16) ?? 0
            if size == 0 { break }
            let start = lineEnd.upperBound
            out.append(rest[start..<min(start + size, rest.endIndex)])
            rest = rest[min(start + size + 2, rest.endIndex)...]
        }
        return out
    }
}
