import BibModel

/// RIS (the tagged format of EndNote, Zotero and reference managers): one `TAG  - value` line per value.
enum RISWriter {
    /// bibd's work type → RIS `TY`. RIS has no preprint type; Zotero's RIS translator (zotero/translators,
    /// `RIS.js`) imports `GEN` as a journal article, so a preprint is `MANSCPT` (Zotero: manuscript) with its
    /// server as `T2`.
    static let types: [WorkType: String] = [
        .journalArticle: "JOUR", .preprint: "MANSCPT", .conferencePaper: "CPAPER", .bookChapter: "CHAP",
        .book: "BOOK", .thesis: "THES", .report: "RPRT", .dataset: "DATA", .webpage: "ELEC", .other: "GEN",
    ]

    /// RIS tag → the values of a record it carries, in output order (a tag may repeat).
    static let tags: [(tag: String, values: @Sendable (Record) -> [String])] = [
        ("TI", { $0.title.map { [$0] } ?? [] }),
        ("AU", { $0.authors.map(name) }),
        ("T2", { $0.containerTitle.map { [$0] } ?? [] }),
        ("J2", { $0.containerTitleShort.map { [$0] } ?? [] }),
        ("PB", { $0.publisher.map { [$0] } ?? [] }),
        ("PY", { $0.issued.map { [String($0.year)] } ?? [] }),
        ("DA", { $0.issued.map { [risDate($0)] } ?? [] }),
        ("VL", { $0.volume.map { [$0] } ?? [] }),
        ("IS", { $0.issue.map { [$0] } ?? [] }),
        ("SP", { $0.page.flatMap(PageRange.parse).map { [$0.first] } ?? $0.number.map { [$0] } ?? [] }),
        ("EP", { $0.page.flatMap(PageRange.parse)?.last.map { [$0] } ?? [] }),
        ("C7", { $0.number.map { [$0] } ?? [] }),
        ("SN", { $0.issn }),
        ("DO", { $0.doi.map { [$0] } ?? [] }),
        ("UR", { $0.url.map { [$0] } ?? [] }),
        ("AN", { $0.pmid.map { ["PMID: " + $0] } ?? [] }),
        ("C2", { $0.pmcid.map { [$0] } ?? [] }),
        ("LA", { $0.language.map { [$0] } ?? [] }),
        ("KW", { $0.keywords }),
        ("AB", { $0.abstract.map { [$0] } ?? [] }),
    ]

    /// One RIS record (sanitized input). The citekey is written twice: `ID` (the RIS reference id; JabRef keeps it
    /// as `refid`, Zotero's `RIS.js` ignores it) and `M2  - Citation Key: KEY`, which Zotero's translator files
    /// under Extra, where Zotero and Better BibTeX read a `Citation Key:` line as the item's citation key.
    static func entry(for r: Record, key: String) -> String {
        var out = "TY  - \(types[r.type ?? .other] ?? "GEN")\n"
        out += "ID  - \(key)\n"
        out += "M2  - Citation Key: \(key)\n"
        for tag in tags {
            for value in tag.values(r) { out += "\(tag.tag)  - \(value)\n" }
        }
        if r.authorsTruncated, !r.authors.isEmpty { out += "N1  - Author list truncated in the source (et al.)\n" }
        out += "ER  - \n"
        return out
    }

    /// "Family, Given, Suffix" (particle kept with the family name), or the organisation's name.
    static func name(_ p: Person) -> String {
        if let literal = p.literal { return literal }
        guard let family = p.fullFamily else { return p.given ?? "" }
        var parts = [family]
        if let given = p.given { parts.append(given) }
        if let suffix = p.suffix { if p.given == nil { parts.append("") }; parts.append(suffix) }
        return parts.joined(separator: ", ")
    }

    /// RIS dates are "YYYY/MM/DD/" with empty parts for what is unknown.
    static func risDate(_ d: PartialDate) -> String {
        func pad(_ n: Int?) -> String { n.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "" }
        return "\(d.year)/\(pad(d.month))/\(pad(d.day))/"
    }
}
