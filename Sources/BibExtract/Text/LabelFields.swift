import BibModel

/// Reading the single-value label blocks shared by the labelled-text extractors.
enum LabelFields {
    /// Journal, publisher, date, volume, issue, pages, language, ISSN and PMID blocks, each noted with
    /// the label it came from; then the work type those values imply.
    static func readPlain(_ blocks: LabelBlocks, into r: inout Record) {
        func first(_ slot: LabelSlot) -> (label: String, value: String)? {
            guard let v = blocks.values(slot), let line = v.lines.first(where: { !$0.isEmpty }) else { return nil }
            return (v.label, line.trimmingSpaces)
        }
        if let j = first(.journal) {
            // A source label may hold the whole citation ("Source: Town Planning Review, Volume 84, Number 2, March
            // 2013, pp. 245-262(18)"): its journal, and the numbers it states.
            if let v = VenueLocator(labelledTail: Substring(j.value)), let name = v.journal {
                r.containerTitle = name
                if let x = v.volume { r.volume = x; r.note(.volume, "label:" + j.label) }
                if let x = v.issue { r.issue = x; r.note(.issue, "label:" + j.label) }
                if let x = v.pages { r.setLocator(x, rule: "label:" + j.label) }
                if let d = v.date { r.issued = d; r.note(.issued, "label:" + j.label) }
            } else {
                r.containerTitle = j.value
            }
            r.note(.containerTitle, "label:" + j.label)
        }
        if let p = first(.publisher) { r.publisher = p.value; r.note(.publisher, "label:" + p.label) }
        if let d = first(.date), let date = PartialDate.parse(d.value) { r.issued = date; r.note(.issued, "label:" + d.label) }
        if let v = first(.volume) { r.volume = v.value; r.note(.volume, "label:" + v.label) }
        if let i = first(.issue) { r.issue = i.value; r.note(.issue, "label:" + i.label) }
        if let p = first(.pages) { r.page = p.value; r.note(.page, "label:" + p.label) }
        if let l = first(.language) { r.language = l.value; r.note(.language, "label:" + l.label) }
        if let s = blocks.values(.issn) {
            r.issn = s.lines.flatMap(issns)
            if !r.issn.isEmpty { r.note(.issn, "label:" + s.label) }
        }
        if let p = first(.pmid), p.value.allSatisfy(\.isNumber) { r.pmid = p.value; r.note(.pmid, "label:" + p.label) }
        inferType(&r)
    }

    /// The type the stated values imply: a preprint server as publisher or container makes a preprint,
    /// a journal title makes a journal article; otherwise the type stays unknown.
    static func inferType(_ r: inout Record) {
        guard r.type == nil else { return }
        if let name = r.publisher ?? r.containerTitle, PreprintServers.matches(name) {
            r.type = .preprint
            r.note(.type, r.publisher != nil ? "preprint-server:publisher" : "preprint-server:container")
        } else if r.containerTitle != nil {
            r.type = .journalArticle
            r.note(.type, "label:journal")
        }
    }

    /// Numbered affiliations ("[1] Univ Durham, …", "1. Durham University") keyed by their number.
    static func affiliations(_ blocks: LabelBlocks) -> [String: String] {
        guard let a = blocks.values(.affiliations) else { return [:] }
        var out: [String: String] = [:]
        for line in a.lines where !line.isEmpty {
            if let n = NumberedLine.split(line) { out[n.number] = n.text }
        }
        return out
    }

    /// The ISSNs in a value ("1477-7517 (Electronic)", "0955-3959; 1873-4758").
    static func issns(_ text: String) -> [String] {
        var out: [String] = []
        let chars = Array(text)
        var i = 0
        while i + 9 <= chars.count {
            let cand = chars[i..<(i + 9)]
            let ok = cand.enumerated().allSatisfy { k, c in
                k == 4 ? c == "-" : (k == 8 ? (c.isNumber || c == "X" || c == "x") : (c.isASCII && c.isNumber))
            }
            let boundary = (i == 0 || !chars[i - 1].isNumber) && (i + 9 == chars.count || !chars[i + 9].isNumber)
            if ok && boundary { out.append(String(cand).uppercased()); i += 9 } else { i += 1 }
        }
        return out
    }
}
