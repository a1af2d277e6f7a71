import BibModel

/// `/search?q=`: works whose title, authors, DOI or key hold every word of the query.
enum SearchPage {
    static func render(query: String, works: [Work], total: Int) -> HTML {
        let rows: [HTML] = works.map { w in
            let r = w.record
            let who = r.authors.first.flatMap { $0.fullFamily ?? $0.literal } ?? "—"
            let key = w.citekey ?? w.id
            return "<tr><td><a href=\"/work/\(url: key)\">\(key)</a></td><td>\(who)</td><td>\(r.issued.map { String($0.year) } ?? "n.d.")</td><td>\(r.title ?? "(no title)")</td></tr>"
        }
        let result: HTML = query.isEmpty ? "" : total == 0 ? "<p>No work matches “\(query)”.</p>" : """
            <p>\(total) work(s) match “\(query)”\(total > works.count ? " (the first \(works.count) shown)" : "").</p>
            <table><tr><th>key</th><th>first author</th><th>year</th><th>title</th></tr>\(rows)</table>
            """
        return PageLayout.document(title: "Search", """
            <form action="/search" method="get"><input name="q" size="40" value="\(query)" placeholder="title, author, DOI or key">
            <button>Search</button></form>
            \(result)
            """)
    }
}
