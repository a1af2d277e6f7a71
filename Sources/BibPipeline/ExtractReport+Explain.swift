import BibExtract
import BibModel
import BibParse
import Foundation

extension ExtractReport {
    /// A plain-text account of how a file was read: the extractors that recognised it (confidence), each
    /// field of each record with the rule that gave it, and the candidates the reading compared.
    public static func explain(_ url: URL) -> String {
        var out = ["== \(url.path)"]
        do {
            let bytes = try ExtractStage.read(url)
            let page = try Page.load(bytes: bytes)
            let why = Registry.explain(page)
            out.append("recognised by: " + (why.recognized.isEmpty ? "none" : why.recognized.map { "\($0.id) (\($0.score))" }.joined(separator: ", ")))
            if !why.candidates.isEmpty { out.append("candidates:"); out += why.candidates.map { "  " + $0 } }
            let ex = try ExtractStage.run(bytes: bytes, fileName: url.lastPathComponent, sha256: ContentHash.sha256(bytes))
            out.append("read by: \(ex.extractor)")
            for (i, r) in ex.records.enumerated() {
                out.append("record \(i):")
                for (field, value) in fieldValues(r) {
                    out.append("  \(field.rawValue): \(value.prefix(100))  [\(r.evidence[field.rawValue] ?? "normalized")]")
                }
            }
        } catch {
            out.append("error: \(error)")
        }
        return out.joined(separator: "\n")
    }

    /// The fields a record holds, as text, in `Field` order.
    static func fieldValues(_ r: Record) -> [(Field, String)] {
        var out: [(Field, String)] = []
        func add(_ f: Field, _ v: String?) { if let v { out.append((f, v)) } }
        add(.type, r.type?.rawValue); add(.title, r.title)
        if !r.authors.isEmpty { out.append((.author, r.authors.map { [$0.family, $0.given].compactMap { $0 }.joined(separator: ", ") }.joined(separator: "; "))) }
        add(.containerTitle, r.containerTitle); add(.issued, r.issued.map { "\($0)" }); add(.volume, r.volume)
        add(.issue, r.issue); add(.page, r.page); add(.number, r.number); add(.doi, r.doi); add(.pmid, r.pmid)
        add(.abstract, r.abstract)
        if !r.keywords.isEmpty { out.append((.keyword, r.keywords.joined(separator: "; "))) }
        return out
    }
}
