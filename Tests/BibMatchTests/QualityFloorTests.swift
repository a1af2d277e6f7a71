import Foundation
import Testing
@testable import BibMatch

/// Floors on the labelled sets (fixtures/dedup/floors.json). Floors only go up.
struct QualityFloorTests {
    struct Floor: Decodable {
        let minF1: Double
        let maxFalseMerges: Int?
    }

    static func floors() throws -> [String: Floor] {
        let url = Fixtures.root.appendingPathComponent("dedup/floors.json")
        return try JSONDecoder().decode([String: Floor].self, from: Data(contentsOf: url))
    }

    @Test(arguments: ["sr-cytology", "dblp-acm"])
    func staysAboveFloor(set: String) throws {
        let floor = try #require(try Self.floors()[set])
        let s = try Fixtures.score(set: set)
        print("dedup \(set): P=\(s.precision) R=\(s.recall) F1=\(s.f1) false merges=\(s.falseMerges)")
        #expect(s.f1 >= floor.minF1)
        if let maxFP = floor.maxFalseMerges { #expect(s.falseMerges <= maxFP) }
    }
}
