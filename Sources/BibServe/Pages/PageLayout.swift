/// The frame every page shares: title, navigation, a little CSS. No script: every page reads with JavaScript off.
enum PageLayout {
    static func document(title: String, _ body: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · bibd</title>
        <style>
        body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:72rem;padding:0 1rem 3rem;color:#222}
        nav{display:flex;gap:1rem;padding:.8rem 0;border-bottom:1px solid #ccc;margin-bottom:1rem}
        nav a{text-decoration:none}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
        th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f4f4f4;width:9rem}
        .from{margin:.2rem 0 0;padding:0;list-style:none;color:#666;font-size:.85em}
        .pair{border:1px solid #bbb;border-radius:4px;padding:.5rem 1rem;margin:1rem 0}
        .actions{display:flex;gap:.5rem;flex-wrap:wrap}
        .note{color:#666}
        code{font-size:.9em}
        </style></head>
        <body>
        <nav><a href="/">bibd</a><a href="/search">Search</a><a href="/review">Review</a><a href="/status">Status</a></nav>
        <h1>\(title)</h1>
        \(body)
        </body></html>

        """
    }

    /// What an empty list shows.
    static let none: HTML = "<p class=\"note\">none</p>"

    /// The files a value came from, under the value.
    static func provenance(_ entries: [(file: String, detail: String)]) -> HTML {
        guard !entries.isEmpty else { return "" }
        return "<ul class=\"from\">\(entries.map { e -> HTML in "<li>from <span class=\"file\">\(e.file)</span> \(e.detail)</li>" })</ul>"
    }
}
