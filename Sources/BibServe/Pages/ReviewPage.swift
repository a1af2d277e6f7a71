import BibModel
import BibPipeline

/// `/review`: the pairs bibd could not decide, two works side by side field by field, each value with the files it
/// came from, and the decisions as forms: same work (merge), different works (distinct), take a file out (split).
/// The forms appear only for a browser that logged in with the token (they carry its CSRF field).
enum ReviewPage {
    static func render(_ items: [Library.ReviewItem], formField: String?, notice: String?) -> HTML {
        let pairs: [HTML] = items.enumerated().map { i, item in pair(i + 1, item, formField: formField) }
        let login: HTML = formField == nil
            ? "<p class=\"note\">Reading only: open the login URL <code>bibd serve</code> printed to decide pairs.</p>" : ""
        let banner: HTML = notice.map { "<p id=\"notice\"><strong>\($0)</strong></p>" } ?? ""
        return PageLayout.document(title: "Review", """
            \(banner)<p id="pair-count">\(items.count) pair(s) to review</p>
            \(login)
            \(pairs)
            """)
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
                \(form("/review/merge", ["a": keyA, "b": keyB], "Same work", formField))
                \(form("/review/distinct", ["a": keyA, "b": keyB], "Different works", formField))
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
            form("/review/split", ["key": w.citekey ?? w.id, "file": s.file], "Take \(s.file) out of \(w.citekey ?? w.id)", formField)
        })
    }

    private static func form(_ action: String, _ fields: [String: String], _ label: String, _ formField: String) -> HTML {
        let hidden: [HTML] = fields.sorted { $0.key < $1.key }.map { "<input type=\"hidden\" name=\"\($0.key)\" value=\"\($0.value)\">" }
        return """
            <form method="post" action="\(action)">\(hidden)<input type="hidden" name="\(DecisionForm.csrfField)" value="\(formField)"><button>\(label)</button></form>
            """
    }
}
