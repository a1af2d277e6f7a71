import BibModel

/// Builds a `Record` from resolved candidates: clean values, pages joined, evidence noted per field.
public enum RecordBuilder {
    public static func build(_ candidates: [Candidate], profile: SiteProfile) -> Record {
        var r = Record()
        var picked: [Slot: Candidate?] = [:]
        func pick(_ slot: Slot) -> Candidate? {
            if let known = picked[slot] { return known }
            let winner = FieldResolver.resolve(slot, candidates)
            picked[slot] = winner
            return winner
        }

        if let c = pick(.title) { r.title = cleanTitle(c.value); r.note(.title, c.rule) }
        if let a = FieldResolver.authors(candidates) { r.authors = a.people; r.note(.author, a.rule) }
        if let c = pick(.doi) { r.doi = DOI.parse(c.value); r.note(.doi, c.rule) }
        if let c = pick(.date) ?? pick(.onlineDate) { r.issued = PartialDate.parse(c.value); r.note(.issued, c.rule) }
        if let c = pick(.onlineDate), r.evidence[Field.issued.rawValue] != c.rule {
            r.availableOnline = PartialDate.parse(c.value); r.note(.availableOnline, c.rule)
        }
        if let c = pick(.journal) ?? pick(.conference) { r.containerTitle = c.value; r.note(.containerTitle, c.rule) }
        if let c = pick(.journalShort) { r.containerTitleShort = c.value; r.note(.containerTitleShort, c.rule) }
        if let c = pick(.volume) { r.volume = c.value; r.note(.volume, c.rule) }
        if let c = pick(.issue) { r.issue = c.value; r.note(.issue, c.rule) }
        setPages(&r, first: pick(.firstPage), last: pick(.lastPage), range: pick(.pages), number: pick(.articleNumber))
        if let c = pick(.abstract) { r.abstract = c.value; r.note(.abstract, c.rule) }
        if let c = pick(.pmid) { r.pmid = c.value; r.note(.pmid, c.rule) }
        if let c = pick(.pmcid) { r.pmcid = c.value; r.note(.pmcid, c.rule) }
        if let c = pick(.arxiv) { r.arxiv = c.value; r.note(.arxiv, c.rule) }
        if let c = pick(.publisher) { r.publisher = c.value; r.note(.publisher, c.rule) }
        if let c = pick(.language) { r.language = c.value.lowercased(); r.note(.language, c.rule) }
        if let c = pick(.url), c.value.hasPrefix("http") { r.url = c.value; r.note(.url, c.rule) }
        r.issn = unique(candidates.filter { $0.slot == .issn }.map(\.value).filter { $0.count == 9 })
        r.keywords = unique(candidates.filter { $0.slot == .keywords && $0.layer == .highwire }
            .flatMap { $0.value.split(separator: ";").map { String($0).collapsingSpaces } }.filter { !$0.isEmpty })
        if pick(.conference) != nil && pick(.journal) == nil { r.type = .conferencePaper }
        else if let t = profile.defaultType.flatMap(WorkType.init(rawValue:)) { r.type = t }
        else if r.containerTitle != nil { r.type = .journalArticle }
        if let t = r.type {
            r.note(.type, t.rawValue == profile.defaultType ? "site:\(profile.id)" : "rule:container")
        }
        return r
    }

    /// A title without a trailing site name or stray quotes.
    static func cleanTitle(_ t: String) -> String {
        var s = t
        while let l = s.last, l == " " { s.removeLast() }
        return s
    }

    /// first+last → "first-last"; a printed range stays a range; an e-locator, a lone long number or a first page
    /// the page itself labels as the article number → `number`.
    static func setPages(_ r: inout Record, first: Candidate?, last: Candidate?, range: Candidate?, number: Candidate?) {
        if let f = first {
            let fv = f.value
            if fv.utf8.contains(0x2D) || fv.containsBytes("–") {
                r.page = fv.replacingDash; r.note(.page, f.rule)
            } else if let l = last, l.value != fv {
                r.page = fv + "-" + l.value; r.note(.page, f.rule)
            } else if fv.first?.isLetter == true || fv.count >= 5 || last == nil && fv.hasPrefix("0")
                        || last == nil && number?.value == fv {
                r.number = fv; r.note(.number, f.rule)
            } else {
                r.page = fv; r.note(.page, f.rule)
            }
        } else if let p = range {
            r.page = p.value.replacingDash.filter { !$0.isWhitespace }; r.note(.page, p.rule)
        }
        if r.page == nil, r.number == nil, let n = number { r.number = n.value; r.note(.number, n.rule) }
    }

    static func unique(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { seen.insert($0).inserted }
    }
}

extension String {
    var replacingDash: String { String(map { $0 == "–" || $0 == "—" ? "-" : $0 }) }
}
