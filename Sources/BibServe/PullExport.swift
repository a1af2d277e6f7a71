import BibExport
import BibModel
import BibPipeline
import BibStore
import Crypto
import Foundation
import Hummingbird

/// One pull-export request: a format and the works it selects (the whole library, or cited keys).
public struct ExportQuery: Sendable, Equatable {
    public var format: ExportFormat
    public var selection: Selection

    public init(format: ExportFormat, selection: Selection) {
        self.format = format
        self.selection = selection
    }

    /// The request in a canonical form, part of the ETag: two requests that select the same keys in the same
    /// format get the same ETag.
    var canonical: String {
        switch selection {
        case .all: return format.rawValue + "|*"
        case .keys(let keys): return format.rawValue + "|" + keys.joined(separator: "\u{1F}")
        }
    }
}

/// What a pull export answers: the text, its entity tag, and the cited keys it could not honour.
public struct ExportReply: Sendable {
    /// The text: rendered into the buffer the response sends, or the current export file, streamed.
    var body: ExportBody
    public var etag: String
    /// Selected keys that no work in the store has, in cited order.
    public var missing: [String]
    /// Selected keys that are aliases of a work, with the key the entry is written under.
    public var renamed: [(alias: String, key: String)]
    /// Keys of works the format cannot hold.
    public var omitted: [String]
}

/// The text of an export reply.
enum ExportBody: Sendable {
    /// Rendered text, in the buffer the response sends (no further copy).
    case text(ByteBuffer)
    /// An export file as it was when opened, sent in chunks.
    case file(OpenExportFile)

    var responseBody: ResponseBody {
        switch self {
        case .text(let buffer): return ResponseBody(byteBuffer: buffer)
        case .file(let file): return file.body
        }
    }
}

/// Why a pull-export request is refused (HTTP 400, or 414 for a key list too long): the message says what to fix.
public enum ExportRefusal: Error, CustomStringConvertible, Sendable, Equatable {
    case unknownFormat(String)
    case tooManyKeys(count: Int, limit: Int)
    case unreadableManuscript(String)

    public var description: String {
        switch self {
        case .unknownFormat(let f):
            return "unknown format '\(f)': use one of \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        case .tooManyKeys(let n, let limit):
            return "\(n) keys asked for: at most \(limit) keys per request (ask for the whole library without keys=)"
        case .unreadableManuscript(let why):
            return why
        }
    }
}

/// Pull export over the library: the whole library (from the current export file when there is one) or the works
/// with the given keys, rendered as `bibd export --keys` renders them.
enum PullExport {
    /// The entity tag of `query` against the store's `generation`.
    static func etag(generation: String, query: ExportQuery) -> String {
        tag(Data((generation + "\n" + query.canonical).utf8))
    }

    static func tag(_ data: Data) -> String {
        "\"" + ServeToken.hex(Array(SHA256.hash(data: data))).prefix(32) + "\""
    }

    /// Answers `query`. The whole library in a format the store keeps a file of is that file, streamed as it was
    /// when opened, under the tag of the store generation the file belongs to. Anything else is rendered: its tag
    /// is the store generation's when the store did not change while rendering, else a hash of the text itself, so
    /// a tag never names text it was not computed from.
    static func run(_ query: ExportQuery, on library: Library, chunkBytes: Int = ServeLimits().exportChunkBytes) throws -> ExportReply {
        if let reply = currentFile(query, on: library, chunkBytes: chunkBytes) { return reply }
        let before = StoreGeneration.current(library)
        var reply = try render(query, on: library)
        let after = StoreGeneration.current(library)
        if let before, before == after {
            reply.etag = etag(generation: before, query: query)
        } else if case .text(let buffer) = reply.body {
            reply.etag = buffer.withUnsafeReadableBytes { tag(Data($0)) }
        }
        return reply
    }

    /// The current export file that answers `query` (the whole library), opened; nil when the store keeps no file
    /// of the format or its exports are being rewritten. The file opened is the one the generation was taken from
    /// (same inode, size and time), so the tag names exactly the text sent.
    private static func currentFile(_ query: ExportQuery, on library: Library, chunkBytes: Int) -> ExportReply? {
        guard case .all = query.selection, let url = library.exportFiles.first(where: { $0.0 == query.format })?.1,
              let generation = StoreGeneration.snapshot(library), let file = OpenExportFile(url, chunkBytes: chunkBytes),
              generation.files[query.format] == file.identity else { return nil }
        return ExportReply(body: .file(file), etag: etag(generation: generation.name, query: query), missing: [], renamed: [], omitted: [])
    }

    private static func render(_ query: ExportQuery, on library: Library) throws -> ExportReply {
        let config = library.config
        switch query.selection {
        case .all:
            // From the render cache when no other writer (the daemon) holds the store now; else from a snapshot,
            // waiting for no one, as `bibd export` does.
            if !library.isReadOnly, let text = try library.ifNotBusy({ try library.exportText(query.format) }) {
                return ExportReply(body: .text(ByteBuffer(string: text)), etag: "", missing: [], renamed: [], omitted: [])
            }
            let result = Exporter.export(try library.works(), as: query.format, formula: config.parsedCitekeyFormula,
                                         options: config.export)
            return ExportReply(body: .text(ByteBuffer(string: result.text)), etag: "", missing: [], renamed: [], omitted: result.omitted)
        case .keys(let keys):
            return try library.store.read { tx in
                var seen: Set<String> = []
                let byKey = try tx.works(citekeys: keys)
                let found = keys.compactMap { byKey[$0] }.filter { seen.insert($0.id).inserted }
                let (works, missing, renamed) = select(found, by: query.selection)
                let (text, omitted) = try renderSelected(works, query.format, library, tx)
                return ExportReply(body: .text(ByteBuffer(string: text)), etag: "", missing: missing, renamed: renamed, omitted: omitted)
            }
        }
    }

    /// The selected works as `Exporter.export` writes them, taking each entry from the store's render cache when it
    /// holds one rendered under the key this export gives the work (the canonical JSON, whose entries name related
    /// works by the keys of the whole export, is always rendered).
    private static func renderSelected(_ works: [Work], _ format: ExportFormat, _ library: Library,
                                       _ tx: StoreTransaction) throws -> (text: String, omitted: [String]) {
        let config = library.config
        let keys = Exporter.citekeys(for: works, formula: config.parsedCitekeyFormula)
        let cacheable = format == .json ? [] : works.filter { $0.citekey != nil && keys[$0.id] == $0.citekey }.map(\.id)
        let cached = try library.cachedEntries(workIDs: cacheable, format: format, in: tx)
        var texts: [String] = []
        var omitted: [String] = []
        for work in works.sorted(by: { (keys[$0.id] ?? "", $0.id) < (keys[$1.id] ?? "", $1.id) }) {
            if let text = cached[work.id] { texts.append(text); continue }
            let key = keys[work.id] ?? work.id
            let entry = Exporter.renderEntry(work, citekey: key, as: format, citekeysByID: keys, options: config.export)
            if let text = entry.text { texts.append(text) } else { omitted.append(key) }
        }
        return (Exporter.assemble(texts, as: format), omitted)
    }

    /// The selection a manuscript body makes. `.aux` bodies may hold several `.aux` files one after another
    /// (`cat main.aux chapter*.aux`): their `\@input` lines cannot be followed from a request, and are returned.
    static func selection(manuscript data: Data, kind: ManuscriptKind) throws -> (Selection, unread: [String]) {
        let text = Selection.manuscriptText(data)
        var unread: [String] = []
        do {
            let selection = try Selection.cited(inText: text, kind: kind, name: "the request body") { name in
                unread.append(name)
                return ""
            }
            return (selection, unread)
        } catch let e as SelectionError {
            throw ExportRefusal.unreadableManuscript(e.description)
        }
    }

    /// Whether a body posted to `/export/aux` is a biblatex control file rather than a LaTeX `.aux`.
    static func looksLikeBcf(_ data: Data) -> Bool {
        data.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }) == UInt8(ascii: "<")
    }
}
