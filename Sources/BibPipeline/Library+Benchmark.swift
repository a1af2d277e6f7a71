import BibModel
import BibStore
import Foundation

/// Helpers for the benchmark commands: fill a store with prepared works without going through extraction.
extension Library {
    /// Stores `works` as they are (one source each) and issues their citation keys.
    public func loadForBenchmark(_ works: [Work]) throws {
        for chunk in stride(from: 0, to: works.count, by: 5_000) {
            try store.write { tx in
                for w in works[chunk..<min(chunk + 5_000, works.count)] {
                    try tx.insertSource(id: w.sources[0].sha256, record: w.record, workID: w.id, blockKeys: [])
                    try tx.saveWork(w)
                }
            }
        }
        try store.write { tx in try CitekeyIssuer(formula: config.parsedCitekeyFormula).issue(in: tx) }
    }

    /// Saves `works` again (as a change would), which drops their cached export entries.
    public func touchForBenchmark(_ works: [Work]) throws {
        try store.write { tx in
            for w in works { if let stored = try tx.work(id: w.id) { try tx.saveWork(stored) } }
            try tx.markExportsStale()
        }
    }
}
