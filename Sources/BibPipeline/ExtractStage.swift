import BibExtract
import BibModel
import BibNormalize
import BibParse
import Foundation

/// The first half of the pipeline for one file: bytes → decoded page → extractor → normalized records.
/// Used by `ingest` and by `extract` (which stops here), so both read a file the same way.
public enum ExtractStage {
    /// The normalized records of a file, each stamped with its source (file name, hash, extractor).
    public static func run(bytes: [UInt8], fileName: String, sha256: String) throws -> Extraction {
        let page = try Page.load(bytes: bytes)
        var extraction = try Registry.extract(page)
        let many = extraction.records.count > 1
        var kept: [Record] = []
        var keptLines: [Int] = []
        // Each record is normalized on its own: on every core.
        let normalized = ParallelMap.map(extraction.records, Normalizer.normalize)
        for (i, var n) in normalized.enumerated() {
            let line = i < extraction.lines.count ? extraction.lines[i] : nil
            n.source = SourceRef(file: fileName, sha256: sha256, extractor: extraction.extractor,
                                 position: many ? i + 1 : nil, line: many ? line : nil)
            if isEmpty(n) {
                if let line {
                    extraction.problems.append(RecordProblem(line: line, message: "record \(i + 1) holds no title, abstract or identifier: skipped"))
                }
                continue
            }
            kept.append(n)
            if let line { keptLines.append(line) }
        }
        extraction.records = kept
        extraction.lines = keptLines
        if extraction.records.isEmpty {
            throw ExtractError.noArticle("\(extraction.extractor) found nothing usable on the page")
        }
        return extraction
    }

    /// Reads a file fully; a clear error when it cannot be read.
    public static func read(_ url: URL) throws -> [UInt8] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir) else {
            throw PipelineError.unreadable(url.path, "no such file")
        }
        if isDir.boolValue { throw PipelineError.unreadable(url.path, "is a directory") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        if size > Page.maxBytes {
            throw PipelineError.unreadable(url.path, "the file is too large (\(size) bytes; the limit is \(Page.maxBytes))")
        }
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw PipelineError.unreadable(url.path, "permission denied")
        }
        do {
            return Array(try Data(contentsOf: url))
        } catch {
            throw PipelineError.unreadable(url.path, error.localizedDescription)
        }
    }

    /// A record with neither a title nor an abstract nor an identifier says nothing bibd can keep.
    static func isEmpty(_ r: Record) -> Bool {
        r.title == nil && r.abstract == nil && r.doi == nil && r.pmid == nil && r.arxiv == nil
    }
}

/// Errors of the pipeline itself (files and configuration); stage errors pass through unchanged.
public enum PipelineError: Error, CustomStringConvertible, Sendable {
    case unreadable(String, String)
    case storeBusy(String)
    case badConfig(file: String, key: String, problem: String)
    case export(String, String)

    public var description: String {
        switch self {
        case .unreadable(let path, let why): return "cannot read \(path): \(why)"
        case .storeBusy(let path): return "the store \(path) is busy: another bibd is writing to it"
        case .badConfig(let file, let key, let problem): return "\(file): key '\(key)': \(problem)"
        case .export(let path, let why): return "cannot write \(path): \(why)"
        }
    }
}
