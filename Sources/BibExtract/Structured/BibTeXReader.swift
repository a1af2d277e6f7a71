import BibModel
import BibParse

/// Reads BibTeX and biblatex files: every entry in file order, `crossref`/`xdata` inheritance resolved
/// whichever side comes first, TeX decoded to Unicode. A broken entry is reported with its line and the
/// others are read.
public struct BibTeXReader: RecordFileReader {
    public let id = "bibtex"
    public init() {}

    /// How far into the file the first entry is looked for (exports may open with a few lines of text).
    static let lookahead = 65_536

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text else { return nil }
        var lines = 0
        for line in page.text.utf8.prefix(Self.lookahead).split(separator: 0x0A, omittingEmptySubsequences: true) {
            lines += 1
            let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
            guard trimmed.first == 0x40 else { continue }
            let name = trimmed.dropFirst().prefix { $0 != 0x7B && $0 != 0x28 && $0 != 0x20 }
            let rest = trimmed.dropFirst(1 + name.count).drop { $0 == 0x20 }
            if rest.first == 0x7B || rest.first == 0x28,
               BibTeXTypes.known(String(decoding: name, as: UTF8.self).lowercased()) { return 85 }
        }
        return nil
    }

    /// How many entries the syntax pass finds (no field mapping): what the parse-speed benchmark times.
    public static func scan(_ text: String) -> Int { BibTeXParser(text).entries.count }

    public func read(_ page: Page) -> RecordFile {
        let parser = BibTeXParser(page.text)
        let entries = BibTeXInheritance.resolve(parser.entries)
        var file = RecordFile(problems: parser.problems)
        let kept = entries.filter { !BibTeXTypes.commands.contains($0.type) && $0.type != "xdata" && $0.type != "set" }
        // Entries are read into records independently: on every core.
        for (e, r) in zip(kept, ParallelMap.map(kept, record)) { file.append(r, line: e.line) }
        return file
    }

    /// One entry as a record.
    func record(_ e: BibTeXEntry) -> Record {
        func text(_ name: String) -> String? {
            guard let raw = e[name] else { return nil }
            return FieldCleaning.clean(TeXDecoding.needsDecoding(raw) ? TeXDecoding.decode(raw) : raw)
        }
        var r = Record(type: BibTeXTypes.workTypes[e.type] ?? .other)
        r.note(.type, "bibtex:@\(e.type)")
        r.title = text("title"); r.note(.title, "bibtex:title")
        if let raw = e["author"] {
            let names = BibTeXNameList.people(raw)
            r.authors = names.people; r.authorsTruncated = names.truncated
            r.note(.author, "bibtex:author")
        }
        let container = BibTeXTypes.bookParts.contains(e.type)
            ? ["booktitle", "maintitle", "journaltitle", "journal"] : ["journaltitle", "journal", "booktitle", "howpublished"]
        if let name = container.first(where: { e[$0] != nil }) {
            r.containerTitle = text(name); r.note(.containerTitle, "bibtex:\(name)")
        }
        r.containerTitleShort = text("shortjournal") ?? text("journalabbrev")
        r.publisher = text("publisher") ?? text("institution") ?? text("school")
        r.issued = issued(e, text); r.note(.issued, e["date"] != nil && e["year"] == nil ? "bibtex:date" : "bibtex:year")
        r.volume = text("volume")
        r.issue = text("number") ?? text("issue"); r.note(.issue, "bibtex:number")
        if let pages = text("pages") {
            r.setLocator(pages, rule: "bibtex:pages")
        } else if let number = text("eid") ?? text("articleno") ?? text("article-number") {
            r.number = number; r.note(.number, "bibtex:eid")
        }
        r.doi = (e["doi"] ?? e["url"]).flatMap { DOI.parse(TeXDecoding.decode($0)) }; r.note(.doi, "bibtex:doi")
        r.pmid = text("pmid")
        r.pmcid = text("pmcid")
        // biblatex's eprint: arXiv, PubMed or PMC by its eprinttype (archiveprefix in BibTeX).
        if let eprint = text("eprint") {
            switch (text("eprinttype") ?? text("archiveprefix"))?.lowercased() {
            case "arxiv": r.arxiv = eprint
            case "pubmed", "pmid": r.pmid = r.pmid ?? eprint
            case "pmc", "pmcid": r.pmcid = r.pmcid ?? eprint
            default: break
            }
        }
        r.abstract = text("abstract"); r.note(.abstract, "bibtex:abstract")
        r.keywords = (text("keywords") ?? text("author_keywords")).map(Self.keywordList) ?? []
        r.issn = (text("issn")).map { $0.split { $0 == "," || $0 == ";" || $0 == " " }.map(String.init) } ?? []
        r.language = text("langid") ?? text("language")
        r.url = e["url"].map { TeXDecoding.decode($0).trimmingSpaces }
        return r
    }

    /// `year` (with `month`, a macro, `{mar}` or `{MAR 1}`), else biblatex `date`.
    private func issued(_ e: BibTeXEntry, _ text: (String) -> String?) -> PartialDate? {
        if let year = text("year") {
            if let d = PartialDate.parse(year + (text("month").map { " " + $0 } ?? "")) { return d }
            // A year field of digits alone is the year, however early ("888").
            if year.count <= 4, let y = Int(year), y > 0 { return PartialDate(year: y) }
            return nil
        }
        return text("date").flatMap(PartialDate.parse)
    }

    /// A keyword field cut at semicolons, or at commas when it has none.
    static func keywordList(_ s: String) -> [String] {
        let sep: UInt8 = s.containsByte(0x3B) ? 0x3B : 0x2C
        return s.splitting(atASCII: [sep]).map(\.trimmingSpaces).filter { !$0.isEmpty }
    }
}

/// `crossref` and `xdata` inheritance: a child takes every field it lacks from its parent, wherever the
/// parent stands in the file; a parent's `title` becomes the `booktitle` of a chapter or paper inside it.
enum BibTeXInheritance {
    /// Fields a child never inherits.
    static let personal: Set<String> = ["crossref", "xdata", "ids", "entryset", "related", "key", "label", "shorthand"]

    static func resolve(_ entries: [BibTeXEntry]) -> [BibTeXEntry] {
        var byKey: [String: BibTeXEntry] = [:]
        for e in entries where byKey[e.key.lowercased()] == nil { byKey[e.key.lowercased()] = e }
        return entries.map { inherit($0, byKey, seen: [$0.key.lowercased()]) }
    }

    private static func inherit(_ entry: BibTeXEntry, _ byKey: [String: BibTeXEntry], seen: Set<String>) -> BibTeXEntry {
        var e = entry
        let parents = ["crossref", "xdata"].compactMap { e[$0] }
            .flatMap { $0.split(separator: ",").map { $0.trimmingSpaces.lowercased() } }
        for key in parents where !seen.contains(key) {
            guard let found = byKey[key] else { continue }
            let parent = inherit(found, byKey, seen: seen.union([key]))
            if BibTeXTypes.bookParts.contains(e.type), e["booktitle"] == nil, let title = parent["title"] {
                e.set("booktitle", title)
            }
            for name in parent.order where e[name] == nil && !personal.contains(name) {
                if let v = parent[name] { e.set(name, v) }
            }
        }
        return e
    }
}
