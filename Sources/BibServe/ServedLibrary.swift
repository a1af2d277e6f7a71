import BibExport
import BibInbox
import BibModel
import BibPipeline
import BibStore
import Foundation

/// What the server serves, as plain calls over the library (no HTTP here): exports, pages, decisions. The routes
/// translate requests to these calls; every write is a `Library` decision method, the same the CLI calls.
public final class ServedLibrary: Sendable {
    public let library: Library
    public let token: ServeToken
    public let limits: ServeLimits
    let index = WorkIndex()
    /// The works and records the review page showed, by their stored text: a page shown again decodes only what
    /// changed. Room for every pair of a thousand in doubt on one page.
    let reviewWorks = DecodeCache<Work>(capacity: 4_000)
    let reviewRecords = DecodeCache<Record>(capacity: 4_000)

    public init(library: Library, token: ServeToken, limits: ServeLimits = ServeLimits()) {
        self.library = library
        self.token = token
        self.limits = limits
    }

    /// The ETag `query` would get now without rendering, when the store's state can be named.
    func currentETag(_ query: ExportQuery) -> String? {
        StoreGeneration.current(library).map { PullExport.etag(generation: $0, query: query) }
    }

    func export(_ query: ExportQuery) throws -> ExportReply {
        if case .keys(let keys) = query.selection, keys.count > limits.maxKeys {
            throw ExportRefusal.tooManyKeys(count: keys.count, limit: limits.maxKeys)
        }
        return try PullExport.run(query, on: library, chunkBytes: limits.exportChunkBytes)
    }

    func homePage() throws -> HTML {
        let (works, sources, lastRun) = try library.store.read { tx in
            (try tx.count(.works), try tx.count(.sources), try tx.meta(.lastRun) ?? "never")
        }
        return HomePage.render(works: works, sources: sources, pairsInDoubt: try library.reviewCount(), lastRun: lastRun)
    }

    func searchPage(_ query: String) throws -> HTML {
        let (works, total) = try index.search(query, in: library, limit: limits.maxSearchResults)
        return SearchPage.render(query: query, works: works, total: total)
    }

    /// The page of the work with this key, alias or id; nil when there is none.
    func workPage(_ key: String) throws -> HTML? {
        try library.store.read { tx in
            guard let work = try tx.work(id: key) ?? tx.work(citekey: key) else { return nil }
            var keys: [String: String] = [:]
            for rel in work.relations { keys[rel.target] = try tx.work(id: rel.target)?.citekey ?? rel.target }
            return WorkPage.render(work) { keys[$0] ?? $0 }
        }
    }

    func statusPage() throws -> HTML {
        var c = try library.store.read { tx in
            StatusPage.Counts(works: try tx.count(.works), sources: try tx.count(.sources), fragments: try tx.count(.fragments),
                              failedRecorded: try tx.count(.failedFiles), lastRun: try tx.meta(.lastRun) ?? "never",
                              failed: try tx.failedFiles(limit: 200))
        }
        let failed = URL(fileURLWithPath: library.config.failed)
        c.failedFolderPath = failed.path
        c.failedFolder = InboxFolders.failedFileCount(in: failed)
        return StatusPage.render(c)
    }

    /// The review page at `window`: only the works of the pairs shown are read.
    func reviewPage(withForms: Bool, window: ReviewPage.Window, notice: String? = nil) throws -> HTML {
        let (items, total) = try library.reviewItems(page: window.range, works: reviewWorks, records: reviewRecords)
        return ReviewPage.render(items, total: total, window: window, formField: withForms ? token.formField : nil, notice: notice)
    }

    /// Applies a person's decision with the form's fields, exactly as `bibd merge`, `distinct` and `split` do;
    /// returns the same one-line account.
    func decide(_ action: PersonAction, _ f: [String: String]) throws -> String {
        try library.apply(action, f)
    }
}
