import ArgumentParser
import BibModel
import BibPipeline
import BibStore
import Foundation

/// `bibd show [CITEKEY]`: a readable view of one work, or a one-line list of the store.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one work (by citation key or id) or list the store.")

    @OptionGroup var options: StoreOptions

    @Argument(help: "Citation key or work id; omit to list every work.")
    var key: String?

    func run() throws {
        let library = try options.openLibrary(opening: .read)
        let works = try library.works().sorted { ($0.citekey ?? $0.id) < ($1.citekey ?? $1.id) }
        guard let key else {
            for w in works {
                let r = w.record
                let who = r.authors.first.flatMap { $0.family ?? $0.literal } ?? "—"
                let year = r.issued.map { String($0.year) } ?? "n.d."
                print("\(w.citekey ?? w.id)  \(who) \(year)  \(r.title ?? "(no title)")  [\(w.sources.count) source(s)]")
            }
            print("\(works.count) work(s)")
            return
        }
        guard let w = works.first(where: { $0.citekey == key || $0.id == key }) else {
            Console.error("no work with key or id '\(key)'")
            throw ExitCode.failure
        }
        print(WorkView(work: w, keyOf: { id in works.first { $0.id == id }?.citekey ?? id }).text)
    }
}

/// The human-readable rendering used by `show`.
struct WorkView {
    var work: Work
    var keyOf: (String) -> String

    var text: String {
        let r = work.record
        var lines: [String] = []
        func add(_ label: String, _ value: String?, field: Field? = nil) {
            guard let value, !value.isEmpty else { return }
            var line = label.padding(toLength: 14, withPad: " ", startingAt: 0) + value
            if let field, let p = work.provenance[field.rawValue] {
                line += "   ← " + p.map { "\($0.file)\($0.position.map { "#\($0)" } ?? "") [\($0.rule)]" }.joined(separator: "; ")
            }
            lines.append(line)
        }
        add("key", work.citekey)
        add("id", work.id)
        add("type", r.type?.rawValue, field: .type)
        add("title", r.title, field: .title)
        let names = r.authors.map { [$0.fullFamily ?? $0.literal ?? "", $0.given ?? ""].filter { !$0.isEmpty }.joined(separator: ", ") }
        add("authors", names.joined(separator: "; ") + (r.authorsTruncated ? "; et al." : ""), field: .author)
        add("journal", r.containerTitle, field: .containerTitle)
        add("journal abbr.", r.containerTitleShort, field: .containerTitleShort)
        add("publisher", r.publisher, field: .publisher)
        add("issued", r.issued?.description, field: .issued)
        add("online", r.availableOnline?.description, field: .availableOnline)
        add("volume", r.volume, field: .volume)
        add("issue", r.issue, field: .issue)
        add("pages", r.page, field: .page)
        add("number", r.number, field: .number)
        add("DOI", r.doi, field: .doi)
        add("PMID", r.pmid, field: .pmid)
        add("keywords", r.keywords.joined(separator: "; "), field: .keyword)
        add("abstract", r.abstract.map { $0.count > 300 ? String($0.prefix(300)) + "…" : $0 }, field: .abstract)
        for s in work.sources {
            let at = s.position.map { " record \($0)" + (s.line.map { ", line \($0)" } ?? "") + "," } ?? ""
            add("source", "\(s.file) (\(s.extractor),\(at) sha256 \(s.sha256.prefix(12))…)")
        }
        for rel in work.relations { add("related", "\(rel.kind.rawValue) \(keyOf(rel.target))") }
        return lines.joined(separator: "\n")
    }
}
