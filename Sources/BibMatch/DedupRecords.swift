import BibModel
import Foundation

/// Reads the JSON-lines form of the labelled duplicate sets: one object per line with `id`, `title`,
/// `authors` (strings as the database wrote them), `venue`, `year`, `doi`, `abstract`, `pages`,
/// `volume`, `issue`, optionally `type`, `pmid`; other keys are ignored and any may be missing.
public enum DedupRecords {
    /// A line that could not be read, named by its number (from 1).
    public struct LineError: Error, CustomStringConvertible, Equatable {
        public let line: Int
        public let reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    /// The records of `data` in file order. A second record with an id already seen is dropped and
    /// reported in `duplicateIds`; blank lines are skipped.
    public static func parse(_ data: Data) throws -> (records: [(id: String, record: Record)], duplicateIds: [String]) {
        var out: [(id: String, record: Record)] = []
        var seen = Set<String>()
        var duplicates: [String] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let object: Any
            do { object = try JSONSerialization.jsonObject(with: Data(line)) } catch {
                throw LineError(line: lineNumber, reason: "invalid JSON")
            }
            guard let dict = object as? [String: Any] else { throw LineError(line: lineNumber, reason: "not a JSON object") }
            guard let id = string(dict["id"]) else { throw LineError(line: lineNumber, reason: "no \"id\"") }
            if !seen.insert(id).inserted { duplicates.append(id); continue }
            out.append((id, record(from: dict)))
        }
        return (out, duplicates)
    }

    /// The record a line describes.
    public static func record(from dict: [String: Any]) -> Record {
        var r = Record()
        r.title = string(dict["title"])
        if let names = dict["authors"] as? [Any] {
            let written = names.compactMap { string($0) }
            r.authors = written.compactMap { Person.parse($0) }
            // "et al." or "and others" as a name, or after the last one: the list was cut short.
            r.authorsTruncated = written.contains { name in
                let lower = name.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " ."))
                return lower == "et al" || lower.hasSuffix(" et al") || lower == "others" || lower == "and others"
            }
        }
        r.containerTitle = string(dict["venue"])
        if let y = int(dict["year"]), y > 0 { r.issued = PartialDate(year: y) }
        r.doi = string(dict["doi"]).flatMap(DOI.parse)
        r.pmid = string(dict["pmid"])
        r.abstract = string(dict["abstract"])
        r.page = string(dict["pages"])
        r.volume = string(dict["volume"])
        r.issue = string(dict["issue"])
        r.type = string(dict["type"]).flatMap(WorkType.init(rawValue:))
        return r
    }

    private static func string(_ v: Any?) -> String? {
        if let s = v as? String {
            let t = (s.utf8.contains(UInt8(ascii: "&")) ? TextFolding.decodeEntities(s) : s).trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        if let n = v as? NSNumber { return n.stringValue }
        return nil
    }

    private static func int(_ v: Any?) -> Int? {
        if let n = v as? NSNumber { return n.intValue }
        if let s = v as? String { return Int(s.prefix(4)) }
        return nil
    }
}
