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
