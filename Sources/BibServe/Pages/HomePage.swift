import BibExport

/// `/`: what the library holds and a link to everything the server offers.
enum HomePage {
    static func render(works: Int, sources: Int, pairsInDoubt: Int, lastRun: String) -> HTML {
        let exports: [HTML] = [ExportFormat.bibtex, .biblatex, .cslJSON, .ris].map { f in
            "<li><a href=\"/export?format=\(url: f.rawValue)\">/export?format=\(f.rawValue)</a></li>"
        }
        return PageLayout.document(title: "Library", """
            <p>\(works) works from \(sources) sources; last batch: \(lastRun).</p>
            <form action="/search" method="get"><input name="q" size="40" placeholder="title, author, DOI or key">
            <button>Search</button></form>
            <ul>
            <li><a href="/review">Review</a>: \(pairsInDoubt) pair(s) in doubt</li>
            <li><a href="/status">Status</a>: counts, failed files, last batch</li>
            </ul>
            <h2>Pull export</h2>
            <ul>\(exports)</ul>
            <p class="note">Add <code>&amp;keys=a,b</code> for some works; POST a <code>.aux</code> or <code>.bcf</code> to
            <code>/export/aux</code>, a Pandoc Markdown file to <code>/export/markdown</code>.</p>
            """)
    }
}
