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
    /// reported in `duplicateIds`; blank lines are skipped. Lines are read on all cores in contiguous
    /// slices; the first bad line in file order is the one reported.
    public static func parse(_ data: Data) throws -> (records: [(id: String, record: Record)], duplicateIds: [String]) {
        let read = try parse(data) { record, _ in record }
        return (zip(read.ids, read.values).map { ($0, $1) }, read.duplicateIds)
    }

    /// The records of `data` as a batch run reads them (`parse(_:)`, each record reduced to its match features as
    /// soon as it is read): the records themselves are never all in memory.
    public static func parseForMatching(_ data: Data) throws -> DedupBatch {
        let read = try parse(data) { record, cache in MatchFeatures(record, cache: &cache) }
        return DedupBatch(ids: read.ids, features: read.values, duplicateIds: read.duplicateIds)
    }

    /// `parse(_:)` with each record turned into `make(record)` on the thread that read it (each thread with its own
    /// feature cache).
    static func parse<Value>(_ data: Data, _ make: @Sendable (Record, inout FeatureCache) -> Value) throws
        -> (ids: [String], values: [Value], duplicateIds: [String]) {
        let lines = lineRanges(data)
        let n = lines.count
        let slices = BatchDedup.sliceCount(n)
        let box = SliceBox<Result<(id: String, value: Value)?, LineError>>(slices: slices)
        DispatchQueue.concurrentPerform(iterations: slices) { s in
            var names = NameCache()
            var cache = FeatureCache()
            box.set(s, ((n * s / slices)..<(n * (s + 1) / slices)).map { k in
                Result { try read(data[lines[k]], number: k + 1, names: &names).map { ($0.id, make($0.record, &cache)) } }
                    .mapError { $0 as? LineError ?? LineError(line: k + 1, reason: "\($0)") }
            })
        }
        var ids: [String] = [], values: [Value] = []
        var seen = Set<String>()
        var duplicates: [String] = []
        for result in box.all() {
            guard let item = try result.get() else { continue }
            if !seen.insert(item.id).inserted { duplicates.append(item.id); continue }
            ids.append(item.id)
            values.append(item.value)
        }
        return (ids, values, duplicates)
    }

    /// The ranges of `data` between line feeds, empty ones included (what splitting at every line feed gives).
    static func lineRanges(_ data: Data) -> [Range<Data.Index>] {
        data.withUnsafeBytes { bytes -> [Range<Data.Index>] in
            var out: [Range<Data.Index>] = []
            var start = 0
            for k in 0..<bytes.count where bytes[k] == UInt8(ascii: "\n") {
                out.append((data.startIndex + start)..<(data.startIndex + k))
                start = k + 1
            }
            out.append((data.startIndex + start)..<(data.startIndex + bytes.count))
            return out
        }
    }

    /// One line: `nil` when blank.
    private static func read(_ line: Data, number: Int, names: inout NameCache) throws -> (id: String, record: Record)? {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return nil }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(line)) } catch {
            throw LineError(line: number, reason: "invalid JSON")
        }
        guard let dict = object as? [String: Any] else { throw LineError(line: number, reason: "not a JSON object") }
        guard let id = string(dict["id"]) else { throw LineError(line: number, reason: "no \"id\"") }
        return (id, record(from: dict, names: &names))
    }

    /// Names already read, by the string as written: a library repeats its authors' names from record to
    /// record, and `Person.parse` gives the same person for the same string.
    struct NameCache {
        /// Distinct names kept at most; past it, names are parsed each time.
        static let capacity = 100_000
        private var parsed: [String: Person?] = [:]

        mutating func person(_ written: String) -> Person? {
            if let known = parsed[written] { return known }
            let person = Person.parse(written)
            if parsed.count < Self.capacity { parsed[written] = person }
            return person
        }
    }

    /// The record a line describes.
    public static func record(from dict: [String: Any]) -> Record {
        var names = NameCache()
        return record(from: dict, names: &names)
    }

    static func record(from dict: [String: Any], names cache: inout NameCache) -> Record {
        var r = Record()
        r.title = string(dict["title"])
        if let names = dict["authors"] as? [Any] {
            let written = names.compactMap { string($0) }
            r.authors = written.compactMap { cache.person($0) }
            // "et al." or "and others" as a name, or after the last one: the list was cut short.
            r.authorsTruncated = written.contains { name in
                guard name.utf8.count <= 64 else { return false }
                let lower = trimmed(name.lowercased(), dropping: [UInt8(ascii: " "), UInt8(ascii: ".")])
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
            let t = trimmed(s.utf8.contains(UInt8(ascii: "&")) ? TextFolding.decodeEntities(s) : s, dropping: [0x20, 0x09, 0x0A, 0x0D])
            return t.isEmpty ? nil : t
        }
        if let n = v as? NSNumber { return n.stringValue }
        return nil
    }

    /// `s` without the given ASCII characters at either end (faster than Foundation's trimming, which
    /// bridges through NSString).
    static func trimmed(_ s: String, dropping: Set<UInt8>) -> String {
        let u = s.utf8
        guard let first = u.firstIndex(where: { !dropping.contains($0) }) else { return "" }
        let last = u.lastIndex(where: { !dropping.contains($0) }) ?? first
        if first == u.startIndex, u.index(after: last) == u.endIndex { return s }
        return String(s[first...last])
    }

    private static func int(_ v: Any?) -> Int? {
        if let n = v as? NSNumber { return n.intValue }
        if let s = v as? String { return Int(s.prefix(4)) }
        return nil
    }
}
