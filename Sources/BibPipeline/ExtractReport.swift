import BibExport
import BibExtract
import BibModel
import Foundation

/// The result of `bibd extract` for one file: `{"file", "ok", "extractor", "records": [CSL-JSON items], "error"}`.
public struct ExtractReport: Sendable {
    public var file: String
    public var extractor: String?
    public var records: [Record]
    public var error: String?
    /// Records of the file that could not be read, with their lines (the others are in `records`).
    public var problems: [String] = []

    /// Reads one file through the extract stage; failures become a report with `error`, never a crash.
    public static func make(_ url: URL) -> ExtractReport {
        do {
            let bytes = try ExtractStage.read(url)
            let ex = try ExtractStage.run(bytes: bytes, fileName: url.lastPathComponent, sha256: ContentHash.sha256(bytes))
            return ExtractReport(file: url.path, extractor: ex.extractor, records: ex.records, error: nil,
                                 problems: ex.problems.map(\.description))
        } catch {
            return ExtractReport(file: url.path, extractor: nil, records: [], error: String(describing: error))
        }
    }

    /// The JSON list for a set of reports (keys sorted, so output is deterministic).
    public static func render(_ reports: [ExtractReport]) -> String {
        let list: [JSONValue] = reports.map { r in
            let name = URL(fileURLWithPath: r.file).lastPathComponent
            var object: [String: JSONValue] = [
                "file": .string(r.file), "ok": .bool(r.error == nil),
                "extractor": r.extractor.map(JSONValue.string) ?? .null,
                "error": r.error.map(JSONValue.string) ?? .null,
                "records": .array(r.records.enumerated().map { i, rec in CSLJSON.item(for: rec, id: "\(name)#\(i)") }),
            ]
            if !r.problems.isEmpty { object["problems"] = .array(r.problems.map(JSONValue.string)) }
            return .object(object)
        }
        return JSONValue.array(list).serialized()
    }
}
