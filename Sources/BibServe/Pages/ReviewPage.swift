import BibModel
import BibPipeline

/// `/review`: the pairs bibd could not decide, two works side by side field by field, each value with the files it
/// came from, and the decisions as forms: same work (merge), different works (distinct), take a file out (split).
/// The forms appear only for a browser that logged in with the token (they carry its CSRF field).
enum ReviewPage {
    /// The part of the list a request asks for: one page of `perPage` pairs (pages count from 1), or all at once.
    struct Window: Sendable, Equatable {
        var page = 1
        var perPage: Int
        var all = false

        /// Positions in the whole list; nil for all.
        var range: Range<Int>? { all ? nil : (page - 1) * perPage..<page * perPage }

        /// The window a query asks for (`?page=N`, `?all`); a page that is not a positive whole number is refused.
        static func parse(page: String?, all: Bool, perPage: Int) throws -> Window {
            guard let page else { return Window(perPage: perPage, all: all) }
            guard let n = Int(page), n >= 1 else { throw WindowRefusal(page: page) }
            return Window(page: n, perPage: perPage, all: all)
        }
    }

    /// A page number that is not one (400).
    struct WindowRefusal: Error, CustomStringConvertible {
        var page: String
        var description: String { "page '\(page)' is not a page number: use page=1, 2, …, or all=1 for every pair on one page" }
    }

    static func render(_ items: [Library.ReviewItem], total: Int, window: Window, formField: String?, notice: String?) -> HTML {
        let first = window.range?.lowerBound ?? 0
        let pairs: [HTML] = items.enumerated().map { i, item in pair(first + i + 1, item, formField: formField) }
        let login: HTML = formField == nil
            ? "<p class=\"note\">Reading only: open the login URL <code>bibd serve</code> printed to decide pairs.</p>" : ""
        let banner: HTML = notice.map { "<p id=\"notice\"><strong>\($0)</strong></p>" } ?? ""
        let shown: HTML = items.isEmpty ? "" : ", showing \(first + 1)–\(first + items.count)"
        return PageLayout.document(title: "Review", """
            \(banner)<p id="pair-count">\(total) pair(s) in doubt\(shown)</p>
            \(login)
            \(pages(total: total, window: window))
            \(pairs)
            \(total > items.count ? pages(total: total, window: window) : "")
            """)
    }

    /// Links to the pages before and after this one, and to every pair on one page.
    private static func pages(total: Int, window: Window) -> HTML {
        guard total > window.perPage else { return "" }
        let last = (total + window.perPage - 1) / window.perPage
        var links: [HTML] = []
        if !window.all && window.page > 1 { links.append("<a rel=\"prev\" href=\"/review?page=\(min(window.page - 1, last))\">previous \(window.perPage)</a>") }
        if !window.all && window.page < last { links.append("<a rel=\"next\" href=\"/review?page=\(window.page + 1)\">next \(window.perPage)</a>") }
        links.append(window.all ? "<a href=\"/review\">\(window.perPage) per page</a>" : "<a href=\"/review?all=1\">all \(total) on one page</a>")
        return "<p class=\"pages\">page \(window.all ? "all" : String(window.page)) of \(last): \(HTML(joining: links.map { link -> HTML in "\(link) " }))</p>"
    }

    private static func pair(_ n: Int, _ item: Library.ReviewItem, formField: String?) -> HTML {
        let (a, b) = (item.left.work, item.right.work)
        let keyA = a.citekey ?? a.id, keyB = b.citekey ?? b.id
        let rows: [HTML] = FieldRow.all.compactMap { row in
            let va = row.value(a.record), vb = row.value(b.record)
            guard va != nil || vb != nil else { return nil }
            return "<tr><th>\(row.label)</th><td>\(va ?? "—")\(WorkPage.provenance(a, row.field))</td><td>\(vb ?? "—")\(WorkPage.provenance(b, row.field))</td></tr>"
        }
        let score = String(format: "%.2f", item.score)
        var actions: HTML = ""
        if let formField {
            actions = """
                <div class="actions">
                \(form(PersonAction.merge.path, ["a": keyA, "b": keyB], "Same work", formField))
                \(form(PersonAction.distinct.path, ["a": keyA, "b": keyB], "Different works", formField))
                </div>
                <div class="actions">\(splitForms(a, formField))\(splitForms(b, formField))</div>
                """
        }
        return """
            <section class="pair" id="pair-\(n)" data-left="\(keyA)" data-right="\(keyB)">
            <h2><a href="/work/\(url: keyA)">\(keyA)</a> ↔ <a href="/work/\(url: keyB)">\(keyB)</a></h2>
            <p class="note">held by \(item.rule), score \(score)</p>
            <table><tr><th></th><th>\(keyA)</th><th>\(keyB)</th></tr>\(rows)</table>
            \(actions)
            </section>
            """
    }

    /// "Take this file out" for each source of a work with more than one.
    private static func splitForms(_ w: Work, _ formField: String) -> HTML {
        guard w.sources.count > 1 else { return "" }
        return HTML(joining: w.sources.map { s in
            form(PersonAction.split.path, ["key": w.citekey ?? w.id, "file": s.file], "Take \(s.file) out of \(w.citekey ?? w.id)", formField)
        })
    }

    private static func form(_ action: String, _ fields: [String: String], _ label: String, _ formField: String) -> HTML {
        let hidden: [HTML] = fields.sorted { $0.key < $1.key }.map { "<input type=\"hidden\" name=\"\($0.key)\" value=\"\($0.value)\">" }
        return """
            <form method="post" action="\(action)">\(hidden)<input type="hidden" name="\(DecisionForm.csrfField)" value="\(formField)"><button>\(label)</button></form>
            """
    }
}
