import BibStore

/// `/status`: works, sources, fragments, failed files with their reasons, the last batch.
enum StatusPage {
    struct Counts: Sendable {
        var works = 0, sources = 0, fragments = 0, failedRecorded = 0, failedFolder = 0
        var failedFolderPath = ""
        var lastRun = "never"
        var failed: [StoreTransaction.FailedFile] = []
    }

    static func render(_ c: Counts) -> HTML {
        let failed: [HTML] = c.failed.map { f in
            "<tr><td class=\"file\">\(f.name)</td><td>\(f.reason)</td><td>\(f.firstSeen)</td></tr>"
        }
        return PageLayout.document(title: "Status", """
            <table>
            <tr><th>works</th><td id="works">\(c.works)</td></tr>
            <tr><th>sources</th><td id="sources">\(c.sources)</td></tr>
            <tr><th>pending fragments</th><td id="fragments">\(c.fragments)</td></tr>
            <tr><th>failed files</th><td id="failed">\(c.failedFolder) in \(c.failedFolderPath) (\(c.failedRecorded) failures recorded in the store)</td></tr>
            <tr><th>last batch</th><td id="last-run">\(c.lastRun)</td></tr>
            </table>
            <h2>Failed files</h2>
            \(failed.isEmpty ? PageLayout.none : "<table><tr><th>file</th><th>reason</th><th>first seen</th></tr>\(failed)</table>")
            """)
    }
}
