import Foundation
import BibParse
import BibExtract
// THROWAWAY (not committed): run the commands standalone.
let args = Array(CommandLine.arguments.dropFirst())
if args.first == "eval" { Eval.main(Array(args.dropFirst())) }
else if args.first == "bench-extract" { BenchExtract.main(Array(args.dropFirst())) }
else { print("bibd") }
if args.first == "dump" {
    for f in args.dropFirst() {
        let data = try! Data(contentsOf: URL(fileURLWithPath: f))
        do {
            let page = try Page.load(bytes: [UInt8](data))
            let ex = try Registry.extract(page)
            let r = ex.records[0]
            print("== \(f) [\(ex.extractor)]")
            print(" title:", r.title ?? "-", "\n authors:", r.authors.map { "\($0.fullFamily ?? $0.literal ?? "?"), \($0.given ?? "")" }.joined(separator: "; "))
            print(" doi:", r.doi ?? "-", "pmid:", r.pmid ?? "-", "issued:", r.issued?.description ?? "-", "journal:", r.containerTitle ?? "-", "/", r.containerTitleShort ?? "-")
            print(" vol:", r.volume ?? "-", "iss:", r.issue ?? "-", "page:", r.page ?? "-", "num:", r.number ?? "-")
            print(" abstract:", String((r.abstract ?? "-").prefix(150)))
            print(" evidence:", r.evidence.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.prefix(60))" }.joined(separator: " | "))
        } catch { print("== \(f) ERROR \(error)") }
    }
}
if args.first == "csl" {
    var out: [[String: Any]] = []
    for f in args.dropFirst() {
        var e: [String: Any] = ["file": f]
        if let r = (try? Data(contentsOf: URL(fileURLWithPath: f))).flatMap({ try? Page.load(bytes: [UInt8]($0)) }).flatMap({ try? Registry.extract($0) })?.records.first {
            var c: [String: Any] = ["id": "x", "type": "article"]
            c["title"] = r.title; c["DOI"] = r.doi; c["PMID"] = r.pmid; c["container-title"] = r.containerTitle
            c["container-title-short"] = r.containerTitleShort; c["volume"] = r.volume; c["issue"] = r.issue
            c["page"] = r.page; c["number"] = r.number; c["abstract"] = r.abstract
            if let y = r.issued { c["issued"] = ["date-parts": [y.parts]] }
            c["author"] = r.authors.map { ["family": $0.fullFamily ?? $0.literal ?? "", "given": $0.given ?? ""] }
            e["ok"] = true; e["records"] = [c]
        } else { e["ok"] = false; e["records"] = [] }
        out.append(e)
    }
    print(String(data: try! JSONSerialization.data(withJSONObject: out), encoding: .utf8)!)
}
