import BibParse
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Lists the inbox with `readdir`, byte-exact. A name that is not valid UTF-8 (a file saved under a Latin-1 or
/// Shift-JIS name, say) cannot be opened through a Swift string; it is renamed in place to a UTF-8 name with the
/// bad bytes written as `%XX` ("caf%E9.txt"), logged, and then handled like any other file.
enum InboxListing {
    /// The names in `inbox`, sorted, after renaming those that are not valid UTF-8. `renamed` receives
    /// (old name as escaped text, new name) for each one renamed.
    static func names(in inbox: URL, renamed: (String, String) -> Void) -> [String] {
        guard let dir = opendir(inbox.path) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let raw: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { buf in
                Array(buf.prefix { $0 != 0 })
            }
            if raw == [UInt8(ascii: ".")] || raw == [UInt8(ascii: "."), UInt8(ascii: ".")] { continue }
            if CharsetSniffer.isValidUTF8(raw) {
                out.append(String(decoding: raw, as: UTF8.self))
                continue
            }
            // Escaping triples the bad bytes: a long name is shortened with a hash to stay a valid name.
            let fixed = escaped(raw)
            let from = Array(inbox.path.utf8) + [UInt8(ascii: "/")] + raw + [0]
            var target = FittedName.fit(stem: fixed, suffix: "", ext: "", original: fixed, reserve: 0)
            var n = 1
            while FileManager.default.fileExists(atPath: inbox.appendingPathComponent(target).path) {
                let prefix = "\(n)-"
                target = prefix + FittedName.fit(stem: fixed, suffix: "", ext: "", original: fixed, reserve: prefix.utf8.count)
                n += 1
            }
            let to = inbox.appendingPathComponent(target).path
            let ok = from.withUnsafeBufferPointer { f in
                f.baseAddress!.withMemoryRebound(to: CChar.self, capacity: f.count) { rename($0, to) == 0 }
            }
            if ok {
                renamed(fixed, target)
                out.append(target)
            }
        }
        return out.sorted()
    }

    /// The name with every byte that is not part of valid UTF-8 written as %XX (and "%" itself as %25).
    static func escaped(_ raw: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < raw.count {
            let b = raw[i]
            let len = b < 0x80 ? 1 : b & 0xE0 == 0xC0 ? 2 : b & 0xF0 == 0xE0 ? 3 : b & 0xF8 == 0xF0 ? 4 : 0
            if len > 0, i + len <= raw.count, CharsetSniffer.isValidUTF8(Array(raw[i..<(i + len)])), b != UInt8(ascii: "%") {
                out += String(decoding: raw[i..<(i + len)], as: UTF8.self)
                i += len
            } else {
                let hex = String(b, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
                i += 1
            }
        }
        return out
    }
}
