import ArgumentParser
import BibModel
import BibPipeline
import BibStore
import Foundation

/// `bibd review`: the pairs bibd held for a person to decide, side by side.
struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the pairs of works bibd could not decide, side by side.",
        discussion: "Decide each with `bibd merge KEY1 KEY2` or `bibd distinct KEY1 KEY2`; later ingests respect it.")

    @OptionGroup var options: StoreOptions

    func run() throws {
        let library = try options.openLibrary(opening: .read)
        let items = try library.reviewItems()
        for (i, item) in items.enumerated() {
            print("[\(i + 1)] \(item.rule) (score \(String(format: "%.2f", item.score)))")
            print(Self.sideBySide(item.left.work, item.left.source, item.right.work, item.right.source))
            print("")
        }
        print("\(items.count) pair(s) to review")
    }

    static func sideBySide(_ wa: Work, _ a: Record, _ wb: Work, _ b: Record) -> String {
        func rows(_ w: Work, _ r: Record) -> [(String, String)] {
            [("key", w.citekey ?? w.id), ("file", r.source?.file ?? ""), ("title", r.title ?? "—"),
             ("authors", r.authors.prefix(4).compactMap { $0.fullFamily ?? $0.literal }.joined(separator: "; ")),
             ("year", r.issued.map { String($0.year) } ?? "—"), ("journal", r.containerTitle ?? r.containerTitleShort ?? "—"),
             ("DOI", r.doi ?? "—"), ("type", r.type?.rawValue ?? "—")]
        }
        let left = rows(wa, a), right = rows(wb, b)
        return zip(left, right).map { l, r in
            let lv = l.1.count > 48 ? String(l.1.prefix(47)) + "…" : l.1
            let rv = r.1.count > 48 ? String(r.1.prefix(47)) + "…" : r.1
            return l.0.padding(toLength: 8, withPad: " ", startingAt: 0) + lv.padding(toLength: 50, withPad: " ", startingAt: 0) + "| " + rv
        }.joined(separator: "\n")
    }
}
