import ArgumentParser
import BibMatch
import BibModel
import BibPipeline
import Foundation

/// `bibd dedup`: finds the records of a JSON-lines file that describe the same work and writes one
/// list of ids per work that has more than one record.
struct Dedup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dedup",
        abstract: "Group the records of a JSON-lines file that describe the same work.",
        discussion: """
        Input: one JSON object per line with id, title, authors, venue, year, doi, abstract, pages, volume, issue \
        (any may be missing). Output: a JSON list of lists of ids. With --explain the output is an object with \
        "clusters" plus, per merged pair, the rule and the evidence, and the pairs held for review or linked as versions.
        """
    )

    @Option(help: "Records, one JSON object per line.")
    var input: String

    @Option(help: "Where to write the clusters (JSON).")
    var output: String

    @Flag(help: "Add the rule and evidence for every merged, reviewed and linked pair.")
    var explain = false

    @Option(help: "With --explain: report only how each stage judged these two records (ID1,ID2).")
    var pair: String?

    func validate() throws {
        if let pair {
            guard explain else { throw ValidationError("--pair needs --explain") }
            guard pair.split(separator: ",").count == 2 else { throw ValidationError("--pair takes two ids: ID1,ID2") }
        }
    }

    func run() throws {
        let parsed = try read()
        if !parsed.duplicateIds.isEmpty {
            let shown = parsed.duplicateIds.prefix(5).joined(separator: ", ")
            StandardStream.err(Data("warning: \(parsed.duplicateIds.count) repeated id(s) kept once: \(shown)\n".utf8))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        if let pair {
            let ids = pair.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            let report: PairReport
            do { report = try BatchDedup.explain(pair: ids[0], ids[1], in: parsed) } catch let e as UnknownRecordID {
                throw InputError(message: "\(input): \(e)")
            }
            try encoder.encode(report).write(to: URL(fileURLWithPath: output))
            return
        }
        let result = BatchDedup.run(parsed)
        let out: Data
        if explain {
            out = try encoder.encode(Explained(clusters: result.clusters, merged: result.merged, review: result.review,
                                               versions: result.versions, refused: result.refused))
        } else {
            out = try encoder.encode(result.clusters)
        }
        try out.write(to: URL(fileURLWithPath: output))
        StandardStream.err(Data("\(parsed.count) records, \(result.clusters.count) works with more than one record, \(result.comparisons) pairs not distinct\n".utf8))
    }

    /// The input's records reduced to their features (the file's bytes are let go once read).
    private func read() throws -> DedupBatch {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
            throw InputError(message: "cannot read \(input): \(error.localizedDescription)")
        }
        do { return try DedupRecords.parseForMatching(data) } catch let e as DedupRecords.LineError {
            throw InputError(message: "\(input), \(e)")
        }
    }

    /// A file that cannot be read, reported without the usage text (the command line was right).
    struct InputError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// The `--explain` document.
    struct Explained: Encodable {
        let clusters: [[String]]
        let merged: [PairExplanation]
        let review: [PairExplanation]
        let versions: [PairExplanation]
        let refused: [PairExplanation]
    }
}
