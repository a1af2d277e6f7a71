import BibExport
import BibMatch
import BibMerge
import BibModel
import BibStore
import Foundation
import Logging

/// The composition root over one store: ingests files (extract → normalize → match → merge → store) and
/// keeps `library.bib` and `library.json` current. The CLI and the daemon are thin shells over this type.
public final class Library: @unchecked Sendable {
    public let config: Config
    public let store: Store
    let matcher: Matcher
    let merger: Merger
    let logger: Logger
    /// The store's write lock, taken per unit of work by `exclusively` (never by readers).
    let writeLock: WriteLock
    let exportCache = ExportCache()

    /// Opens the store named by `config`; creates it only as `opening` allows. A reader (`.read`) takes no lock; a
    /// writer takes the store's write lock while it opens (creation, schema upgrade, clean-up; waiting up to
    /// `lockWait` seconds) and then again only for each unit of work (see `exclusively`).
    public init(config: Config, logger: Logger = Logger(label: "bibd"), lockWait: Double = 30,
                opening: StoreOpening = .createIfEmpty) throws {
        self.config = config
        self.logger = logger
        let dir = URL(fileURLWithPath: config.store)
        writeLock = WriteLock(directory: dir, wait: lockWait)
        if opening == .read {
            store = try Store(directory: dir, opening: opening, exportNames: Library.exportNames)
        } else {
            store = try writeLock.exclusively {
                let store = try Store(directory: dir, opening: opening, exportNames: Library.exportNames)
                Library.removeStaleTemporaries(in: dir)
                return store
            }
        }
        matcher = Matcher(config: config.matching)
        merger = Merger(trust: config.trustOrder)
    }

    /// Runs `body` holding the store's write lock (re-entrant within this process; other threads of this
    /// process and other processes wait, up to the library's lock wait, then `PipelineError.storeBusy`).
    public func exclusively<T>(_ body: () throws -> T) throws -> T {
        try writeLock.exclusively(body)
    }

    /// Runs `body` holding the write lock if no other process holds it now; nil (and `body` not run) if one does.
    public func ifNotBusy<T>(_ body: () throws -> T) throws -> T? {
        do {
            return try writeLock.exclusively(wait: 0, body)
        } catch PipelineError.storeBusy {
            return nil
        }
    }

    /// Temporary export files left by a process killed mid-write (the lock proves no writer is alive).
    static func removeStaleTemporaries(in dir: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        for n in names where n.hasPrefix(".") && n.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: dir.appendingPathComponent(n))
        }
    }

    /// The export files this library keeps current, by format: `library.bib` (BibTeX), `library.csl.json`
    /// (CSL-JSON for Pandoc, Zotero and citeproc) and `library.json` (bibd's canonical JSON).
    static let exports: [ExportFormat] = [.bibtex, .cslJSON, .json]
    static var exportNames: [String] { exports.map(\.fileName) }

    public var exportFiles: [(ExportFormat, URL)] {
        Library.exports.map { ($0, store.directory.appendingPathComponent($0.fileName)) }
    }

    /// The renderer version and export options the cached entries were rendered with.
    var exportFingerprint: String { Exporter.rendererVersion + "|" + config.export.fingerprint }

    /// Ingests files one by one (each in its own transaction), then issues citation keys and rewrites the
    /// exports once. A file that fails leaves the store as it was and is reported with its reason.
    public func ingest(_ urls: [URL], progress: ((Int, Int, FileReport) -> Void)? = nil) -> [FileReport] {
        var reports: [FileReport] = []
        for (i, url) in urls.enumerated() {
            let report = ingestFile(url)
            reports.append(report)
            logger.log(level: report.outcome.isFailure ? .notice : .info, "ingest", metadata: [
                "inbox.file": .string(url.lastPathComponent), "outcome": .string(report.outcome.label),
                "detail": .string(report.message),
            ])
            progress?(i + 1, urls.count, report)
        }
        do {
            try finishBatch()
        } catch {
            logger.error("export failed", metadata: ["error": .string(String(describing: error))])
            reports.append(FileReport(file: config.store, outcome: .failed(String(describing: error))))
        }
        return reports
    }

    /// One file: read, hash, extract outside the transaction, then match/merge/store inside one; all of it under the
    /// store's write lock, so that another writer never judges the same file at the same time.
    public func ingestFile(_ url: URL) -> FileReport {
        do {
            return try exclusively { ingestFileLocked(url) }
        } catch {
            return FileReport(file: url.path, outcome: .storeUnavailable(String(describing: error)))
        }
    }

    private func ingestFileLocked(_ url: URL) -> FileReport {
        let name = url.lastPathComponent
        let bytes: [UInt8]
        do { bytes = try ExtractStage.read(url) } catch {
            return FileReport(file: url.path, outcome: .failed(String(describing: error)))
        }
        let sha = ContentHash.sha256(bytes)
        do {
            if let seen = try store.read({ try $0.fileOutcome(sha256: sha) }), seen.outcome == .ingested {
                return FileReport(file: url.path, sha256: sha, outcome: .duplicate(of: seen.name))
            }
            let extraction = try isolation?.run(bytes: bytes, fileName: name, sha256: sha)
                ?? ExtractStage.run(bytes: bytes, fileName: name, sha256: sha)
            // What each record needs before it is matched (features, stored JSON) depends on it alone: on every core.
            let prepared = try ParallelMap.map(extraction.records) { r in Result { try PreparedRecord(r, matcher: matcher) } }
                .map { try $0.get() }
            let (works, joined): ([String], Int) = try store.write { tx in
                let subjects = MatchSubjects(matcher: matcher)
                var touched: Set<String> = []
                var joined = 0
                for (i, record) in extraction.records.enumerated() {
                    let id = Library.sourceID(sha: sha, position: record.source?.position ?? (extraction.records.count == 1 ? nil : i + 1))
                    touched.formUnion(try ingestRecord(record, id: id, in: tx, prepared: prepared[i], subjects: subjects))
                    if let work = try tx.workID(ofSource: id), !work.hasPrefix(Library.workIDPrefix(sha: sha)) { joined += 1 }
                }
                try tx.recordFile(sha256: sha, name: name, outcome: .ingested)
                try tx.markExportsStale()
                return (touched.sorted(), joined)
            }
            return FileReport(file: url.path, sha256: sha, extractor: extraction.extractor, outcome: .ingested(works: works),
                              records: extraction.records.count, joinedExisting: joined,
                              problems: extraction.problems.map { "\(name): \($0)" })
        } catch let error as StoreError {
            return FileReport(file: url.path, sha256: sha, outcome: .storeUnavailable(String(describing: error)))
        } catch let error as IsolationError where error.isWorkerFault {
            return FileReport(file: url.path, sha256: sha, outcome: .workerUnavailable(String(describing: error)))
        } catch {
            let why = String(describing: error)
            try? store.write { try $0.recordFile(sha256: sha, name: name, outcome: .failed, detail: why) }
            return FileReport(file: url.path, sha256: sha, outcome: .failed(why))
        }
    }

    /// The store id of a record: the file's hash, and for a file of many records the record's 1-based position.
    static func sourceID(sha: String, position: Int?) -> String {
        position.map { "\(sha)#\($0 - 1)" } ?? sha
    }

    /// The id a record founds a new work under: from its source id, so each record of a file gets its own.
    static func newWorkID(forSource id: String) -> String {
        guard let hash = id.firstIndex(of: "#") else { return "w-" + String(id.prefix(16)) }
        return "w-" + String(id.prefix(16)) + "-" + id[id.index(after: hash)...]
    }

    /// What every work founded by a record of the file with this hash starts with.
    static func workIDPrefix(sha: String) -> String { "w-" + String(sha.prefix(16)) }

    /// Issues citation keys to works that have none and rewrites the exports if anything changed.
    public func finishBatch() throws {
        try exclusively { try finishBatchLocked() }
    }

    private func finishBatchLocked() throws {
        defer { store.forgetRecentWorks() }
        let fingerprint = matchingFingerprint
        let (stale, issued) = try store.write { tx -> (Bool, [Work]) in
            if try tx.meta(.matchingFingerprint) == nil { try tx.setMeta(.matchingFingerprint, fingerprint) }
            let issued = try CitekeyIssuer(formula: config.parsedCitekeyFormula).issue(in: tx)
            return (try tx.exportsAreStale() || renderCacheOutdated(tx), issued)
        }
        let missing = exportFiles.contains { !FileManager.default.fileExists(atPath: $0.1.path) }
        // Under the same lock nothing changed the works just keyed: the exports take them as they were saved.
        if stale || missing { try writeExportsLocked(known: Dictionary(issued.map { ($0.id, $0) }, uniquingKeysWith: { _, b in b })) }
    }

    /// Rewrites every export file atomically from the store, then marks the exports current. Only entries of
    /// works that changed since the last export are rendered (see `ExportCache`).
    public func writeExports() throws {
        try exclusively { try writeExportsLocked() }
    }

    /// `known`: works as this process just saved them (read from the store only when absent).
    private func writeExportsLocked(known: [String: Work] = [:]) throws {
        let formats = exportFiles.map(\.0)
        let options = config.export
        let lists = try store.write { tx in
            _ = try renderCacheOutdated(tx)
            return try exportCache.entries(for: formats, in: tx, consumeDirty: true, known: known, warn: { warnings, format in
                for w in warnings where format == .bibtex {
                    logger.warning("export", metadata: ["citekey": .string(w.citekey), "warning": .string(w.message)])
                }
            }) { work, format, key, keys in
                Exporter.renderEntry(work, citekey: key, as: format, citekeysByID: keys, options: options)
            }
        }
        // library.bib first: it is what researchers and the latency target wait for.
        for (format, url) in exportFiles {
            if let list = lists[format] { try AtomicFile.write(Exporter.assemble(list, as: format), to: url) }
        }
        try store.write { try $0.markExportsCurrent() }
    }

    /// The whole store in `format`, from the render cache: entries of unchanged works are not rendered again
    /// (the first export in a new format renders and caches every entry). Byte-for-byte what a full render gives.
    public func exportText(_ format: ExportFormat) throws -> String {
        // The library's own export file, when current, is that text already (see ExportCacheTests).
        if let url = exportFiles.first(where: { $0.0 == format })?.1, try !store.read({ try $0.exportsAreStale() }),
           let data = FileManager.default.contents(atPath: url.path) {
            return String(decoding: data, as: UTF8.self)
        }
        let options = config.export
        let list = try store.write { tx in
            _ = try renderCacheOutdated(tx)
            return try ExportCache().entries(for: [format], in: tx, consumeDirty: false) { work, format, key, keys in
                Exporter.renderEntry(work, citekey: key, as: format, citekeysByID: keys, options: options)
            }
        }
        return Exporter.assemble(list[format] ?? [], as: format)
    }

    /// Empties the render cache when its entries were rendered by another renderer version or with other export
    /// options than the configuration's; returns whether it did (the export files must then be rewritten).
    func renderCacheOutdated(_ tx: StoreTransaction) throws -> Bool {
        guard try tx.meta(.exportFingerprint) != exportFingerprint else { return false }
        try tx.clearRenderCache()
        try tx.setMeta(.exportFingerprint, exportFingerprint)
        exportCache.reset()
        return true
    }

    /// Remembers when the last batch ran and what it did (shown by `bibd status`).
    public func noteRun(_ summary: String) throws {
        let stamp = ISO8601DateFormatter().string(from: Date())
        try store.write { try $0.setMeta(.lastRun, "\(stamp) (\(summary))") }
    }

    /// When set, each file's extraction runs in a worker process under a budget (see `IsolatedExtraction`).
    public var isolation: IsolatedExtraction?

    /// Whether the store was opened read-only (see `StoreOpening.read`).
    public var isReadOnly: Bool { store.isReadOnly }

    /// Every work in the store.
    public func works() throws -> [Work] { try store.read { try $0.works() } }
}
