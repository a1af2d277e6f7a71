import BibExtract
import BibModel
import Foundation

/// The result of `bibd extract` for one file: `{"file", "ok", "extractor", "records": [CSL-JSON items], "error"}`.
public struct ExtractReport: Sendable {
    public var file: String
    public var extractor: String?
    public var records: [Record]
    public var error: String?

    /// Reads one file through the extract stage; failures become a report with `error`, never a crash.
    public static func make(_ url: URL) -> ExtractReport {
        do {
            let bytes = try ExtractStage.read(url)
            let ex = try ExtractStage.run(bytes: bytes, fileName: url.lastPathComponent, sha256: ContentHash.sha256(bytes))
            return ExtractReport(file: url.path, extractor: ex.extractor, records: ex.records, error: nil)
        } catch {
            return ExtractReport(file: url.path, extractor: nil, records: [], error: String(describing: error))
        }
    }

    /// The JSON list for a set of reports (keys sorted, so output is deterministic).
    public static func render(_ reports: [ExtractReport]) -> String {
        let list: [[String: Any]] = reports.map { r in
            var o: [String: Any] = ["file": r.file, "ok": r.error == nil, "extractor": r.extractor ?? NSNull(),
                                    "error": r.error ?? NSNull()]
            o["records"] = r.records.enumerated().map { i, rec in CSLItem.json(for: rec, id: "\(URL(fileURLWithPath: r.file).lastPathComponent)#\(i)") }
            return o
        }
        let data = (try? JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// Temporary CSL mapping for `extract` until the export stage's CSL-JSON writer is wired in.
enum CSLItem {
    static func json(for r: Record, id: String) -> [String: Any] {
        var o: [String: Any] = ["id": id, "type": r.type == .preprint ? "article" : "article-journal"]
        if let t = r.title { o["title"] = t }
        o["author"] = r.authors.map { p -> [String: Any] in
            var a: [String: Any] = [:]
            if let f = p.fullFamily { a["family"] = f }
            if let g = p.given { a["given"] = g }
            if let l = p.literal { a["literal"] = l }
            return a
        }
        if let d = r.doi { o["DOI"] = d }
        if let d = r.pmid { o["PMID"] = d }
        if let d = r.issued { o["issued"] = ["date-parts": [d.parts]] }
        if let v = r.containerTitle { o["container-title"] = v }
        if let v = r.containerTitleShort { o["container-title-short"] = v }
        if let v = r.volume { o["volume"] = v }
        if let v = r.issue { o["issue"] = v }
        if let v = r.page { o["page"] = v }
        if let v = r.number { o["number"] = v }
        if let v = r.abstract { o["abstract"] = v }
        if let v = r.publisher { o["publisher"] = v }
        return o
    }
}
