import BibParse
import Foundation
import Testing
@testable import BibExtract

/// The registry skips an extractor whose stated ceiling cannot beat the best score so far: every score an
/// extractor gives must stay at or under its ceiling, and the registry must choose what asking all of them chooses.
@Suite struct ExtractorCeilingTests {
    /// Every fixture file of every input family: pages, text dumps and record files.
    static var files: [String] {
        let folders = ["corpus", "corpus2/pages", "unseen", "dumps", "records/files"]
        return folders.flatMap { folder -> [String] in
            let dir = SeedSupport.fixtures + "/" + folder
            let found = FileManager.default.enumerator(atPath: dir)?.compactMap { $0 as? String } ?? []
            return found.filter { !$0.hasSuffix(".md") && !$0.hasSuffix(".jsonl") }.map { dir + "/" + $0 }
                .filter { var d: ObjCBool = false; return FileManager.default.fileExists(atPath: $0, isDirectory: &d) && !d.boolValue }
        }.sorted()
    }

    @Test func fixturesArePresent() {
        #expect(Self.files.count >= 200)
    }

    @Test func scoresStayUnderCeilingsAndTheChoiceIsTheExhaustiveOne() throws {
        var claimedByCeilinged = 0
        for path in Self.files {
            guard let page = try? Page.load(bytes: SeedSupport.bytes(ofFile: path)) else { continue }
            var best: (score: Int, id: String)? = nil
            for e in Registry.all {
                guard let s = e.recognizes(page) else { continue }
                #expect(s <= e.ceiling, "\(e.id) scores \(s) over its ceiling \(e.ceiling) on \(path)")
                if e.ceiling < Int.max { claimedByCeilinged += 1 }
                if s > (best?.score ?? Int.min) { best = (s, e.id) }
            }
            let chosen = try? Registry.extract(page).extractor
            if let best, let chosen { #expect(chosen == best.id, "\(path): registry chose \(chosen), exhaustive \(best.id)") }
        }
        // The ceilinged extractors do claim pages here, so the check above reads their real scores.
        #expect(claimedByCeilinged > 0)
    }
}
