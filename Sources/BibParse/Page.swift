import BibModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One input file, decoded and parsed: what every extractor reads.
public final class Page {
    public let kind: InputKind
    /// The whole file as text (decoded with `encoding`).
    public let text: String
    /// The iconv name the bytes were decoded with.
    public let encoding: String
    /// The parsed document for HTML and XML inputs.
    public let document: MarkupDocument?
    /// The text split into lines, white space folded, blank lines kept as "".
    public private(set) lazy var lines: [String] = Page.lines(of: text)
    /// How many spaces open each line of `lines` before its white space was folded (a text browser indents list
    /// items and their continuation lines).
    public private(set) lazy var indents: [Int] = Page.indents(of: text)

    /// Where a marker search reads.
    public enum MarkerRegion: Sendable {
        /// The first 16 KB of the text.
        case top
        /// The document head: the text before `</head>` or `<body>`, at most its first 64 KB. Links in the body
        /// point anywhere, so a host name found there says nothing about the page's own site.
        case documentHead
    }

    /// The first 16 KB of the text, ASCII-lower-cased.
    private lazy var top: MarkerText = {
        var text = text
        return text.withUTF8 { MarkerText(lowercasing: UnsafeBufferPointer(rebasing: $0.prefix(16_384))) }
    }()

    /// The document head, ASCII-lower-cased.
    private lazy var documentHead: MarkerText = {
        var text = text
        return text.withUTF8 { bytes in
            let limit = min(bytes.count, 65_536)
            return MarkerText(lowercasing: UnsafeBufferPointer(rebasing: bytes[..<Page.headEnd(bytes, limit: limit)]))
        }
    }()

    /// Where the document head ends: the first `</head` or `<body` (ASCII case ignored), else `limit`.
    private static func headEnd(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
        func at(_ i: Int, _ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= limit else { return false }
            for k in 0..<n where bytes[i + k] | 0x20 != word.utf8Start[k] | 0x20 { return false }
            return true
        }
        var i = 0
        while i < limit, let base = bytes.baseAddress,
              let lt = memchr(base + i, 0x3C, limit - i) {
            let p = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(lt))
            if at(p + 1, "/head") || at(p + 1, "body") { return p }
            i = p + 1
        }
        return limit
    }

    /// Whether `region` of the page contains `marker` (give it in lower case).
    public func contains(marker: String, in region: MarkerRegion) -> Bool {
        switch region {
        case .top: return top.contains(marker)
        case .documentHead: return documentHead.contains(marker)
        }
    }

    /// `text` cut at each "\n" character (a line feed not preceded by a carriage return: CR LF is one
    /// character), each line folded. Cut on the UTF-8 bytes.
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [String] = []
            var start = 0
            for i in bytes.indices where bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0D) {
                out.append(String(collapsingSpacesIn: UnsafeBufferPointer(rebasing: bytes[start..<i])))
                start = i + 1
            }
            out.append(String(collapsingSpacesIn: UnsafeBufferPointer(rebasing: bytes[start...])))
            return out
        }
    }

    /// The leading spaces of each line `lines(of:)` cuts, counted on the bytes (a tab counts as one).
    static func indents(of text: String) -> [Int] {
        var out: [Int] = []
        var count = 0, atStart = true
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b == 0x0A && previous != 0x0D {
                out.append(count); count = 0; atStart = true
            } else if atStart {
                if b == 0x20 || b == 0x09 { count += 1 } else { atStart = false }
            }
            previous = b
        }
        out.append(count)
        return out
    }

    /// Values the extractors derive from the page, each made once however often it is asked for (the
    /// registry asks every extractor whether it recognises the page, then the chosen one extracts).
    private var derived: [ObjectIdentifier: Any] = [:]

    /// The value of type `T` derived from this page, made by `make` the first time it is asked for.
    public func derived<T>(_ make: (Page) -> T) -> T {
        let key = ObjectIdentifier(T.self)
        if let v = derived[key] as? T { return v }
        let v = make(self)
        derived[key] = v
        return v
    }

    public init(kind: InputKind, text: String, encoding: String, document: MarkupDocument?) {
        self.kind = kind; self.text = text; self.encoding = encoding; self.document = document
    }

    /// Largest input bibd reads (bytes); bigger files are refused with a reason, not half-read.
    public static let maxBytes = 64 * 1024 * 1024

    /// Decodes and parses raw file bytes; the kind comes from the content.
    public static func load(bytes: [UInt8]) throws -> Page {
        if bytes.count > maxBytes { throw ParseError.tooLarge(bytes.count) }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw ParseError.empty }
        let encoding = CharsetSniffer.encoding(of: bytes)
        guard let text = TextDecoder.decode(bytes, encoding: encoding) else { throw ParseError.undecodable(encoding) }
        if TextDecoder.looksBinary(text) { throw ParseError.binary }
        return try make(text: text, encoding: encoding, kind: InputKind.detect(text))
    }

    /// Decodes raw file bytes and parses them as `kind`, whatever their content says: for callers that know
    /// the kind already (the fuzz targets, which must reach one parser family with any bytes).
    public static func load(bytes: [UInt8], as kind: InputKind) throws -> Page {
        if bytes.count > maxBytes { throw ParseError.tooLarge(bytes.count) }
        let encoding = CharsetSniffer.encoding(of: bytes)
        guard let text = TextDecoder.decode(bytes, encoding: encoding) else { throw ParseError.undecodable(encoding) }
        return try make(text: text, encoding: encoding, kind: kind)
    }

    /// The page of decoded `text` read as `kind`.
    private static func make(text: String, encoding: String, kind: InputKind) throws -> Page {
        switch kind {
        case .html:
            // libxml2 gets the text we decoded, as UTF-8, so its own charset guess never overrides ours.
            return Page(kind: kind, text: text, encoding: encoding,
                        document: try MarkupDocument(html: text))
        case .xml:
            // libxml2 reads the XML declaration itself; hand it UTF-8 so the sniffed encoding wins.
            return Page(kind: kind, text: text, encoding: encoding, document: try MarkupDocument(xml: TextDecoder.utf8XML(text)))
        case .text:
            return Page(kind: kind, text: text.replacingCRLF, encoding: encoding, document: nil)
        }
    }
}

extension String {
    var replacingCRLF: String {
        // Only a "\r" character counts: a CR not followed by LF (CR LF is one character). A lone CR is a line
        // break (old Mac files, Web of Science RIS exports cut fields with it), so it becomes "\n"; in a text
        // that has one, CR LF becomes "\n" too. CRs are found with memchr.
        var copy = self
        return copy.withUTF8 { b in
            guard let base = b.baseAddress else { return self }
            func nextCR(from p: Int) -> Int? {
                guard p < b.count, let hit = memchr(base + p, 0x0D, b.count - p) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            func isLone(_ k: Int) -> Bool { k + 1 == b.count || b[k + 1] != 0x0A }
            var k = nextCR(from: 0)
            while let cr = k, !isLone(cr) { k = nextCR(from: cr + 1) }
            guard k != nil else { return self }
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var copied = 0
            k = nextCR(from: 0)
            while let cr = k {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied..<cr]))
                if isLone(cr) { out.append(0x0A) }
                copied = cr + 1
                k = nextCR(from: copied)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[copied...]))
            return String(decoding: out, as: UTF8.self)
        }
    }
}

/// Lower-cased bytes that markers are looked for in, with the set of byte pairs they hold (bit `a << 8 | b`
/// for the pair a, b): a marker one of whose pairs is missing is not there, which settles most markers of
/// every site family without a search.
private struct MarkerText {
    let bytes: [UInt8]
    let pairs: [UInt64]

    /// `text` with ASCII letters lower-cased, and its pairs, in one pass.
    init(lowercasing text: UnsafeBufferPointer<UInt8>) {
        var bits = [UInt64](repeating: 0, count: 1024)
        bytes = bits.withUnsafeMutableBufferPointer { bits in
            [UInt8](unsafeUninitializedCapacity: text.count) { out, n in
                var previous = 0
                for i in text.indices {
                    let b = text[i]
                    let lower = b &- 0x41 < 26 ? b | 0x20 : b
                    out[i] = lower
                    let pair = previous << 8 | Int(lower)
                    bits[pair >> 6] |= 1 &<< UInt64(pair & 63)
                    previous = Int(lower)
                }
                n = text.count
            }
        }
        pairs = bits
    }

    func contains(_ marker: String) -> Bool {
        let needle = Array(marker.utf8)
        guard !needle.isEmpty else { return false }
        if needle.count > 1 {
            for i in 1..<needle.count {
                let pair = Int(needle[i - 1]) << 8 | Int(needle[i])
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { return false }
            }
        }
        return ByteSearch.firstIndex(of: needle, in: bytes) != nil
    }
}
