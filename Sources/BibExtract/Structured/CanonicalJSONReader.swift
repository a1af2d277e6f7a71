import BibModel
import BibParse

/// Reads bibd's own canonical JSON export (`bibd export --format json`): a list of works, each with its
/// CSL item under `csl` beside its sources, provenance and relations. One record per work, read from the
/// CSL item by the CSL-JSON rules, so that an export read back gives the same fields.
public struct CanonicalJSONReader: Extractor {
    public let id = "bibd-json"
    public init() {}

    public func recognizes(_ page: Page) -> Int? {
        guard let root = JSONSupport.document(page), root.value is [Any] else { return nil }
        let works = root.list
        guard !works.isEmpty, works.allSatisfy({ $0["csl"].isObject && $0["sources"].value is [Any] }) else { return nil }
        return 90
    }

    public func extract(_ page: Page) throws -> [Record] {
        defer { JSONSupport.release(page) }
        guard let root = JSONSupport.document(page) else { return [] }
        return root.list.map { CSLJSONReader.record($0["csl"]) }
    }
}
