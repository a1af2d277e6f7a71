import Foundation
import BibParse

/// Reads schema.org JSON-LD blocks (`ScholarlyArticle`, `Article`, `CreativeWork`, …, also inside `@graph`
/// or `mainEntity`) into candidates: headline/name, author, isPartOf, datePublished, identifier, pagination.
public enum JSONLDLayer {
    static let articleTypes: Set<String> = ["scholarlyarticle", "article", "creativework", "newsarticle",
                                            "medicalscholarlyarticle", "report", "thesis", "chapter"]
    /// Largest JSON-LD block read (bytes); larger ones are skipped.
    static let maxBlock = 2 * 1024 * 1024

    public static func candidates(_ doc: MarkupDocument) -> [Candidate] {
        var out: [Candidate] = []
        for block in doc.strings("//script[@type='application/ld+json']") where block.utf8.count <= maxBlock {
            guard let data = block.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            for article in articles(in: json, depth: 0) { out += read(article) }
            if !out.isEmpty { break }
        }
        return out
    }

    private static func articles(in json: Any, depth: Int) -> [[String: Any]] {
        guard depth < 6 else { return [] }
        if let list = json as? [Any] { return list.flatMap { articles(in: $0, depth: depth + 1) } }
        guard let obj = json as? [String: Any] else { return [] }
        if types(obj).contains(where: articleTypes.contains) { return [obj] }
        var out: [[String: Any]] = []
        for key in ["@graph", "mainEntity"] { if let inner = obj[key] { out += articles(in: inner, depth: depth + 1) } }
        return out
    }

    private static func types(_ obj: [String: Any]) -> [String] {
        if let t = obj["@type"] as? String { return [t.lowercased()] }
        return (obj["@type"] as? [String])?.map { $0.lowercased() } ?? []
    }

    private static func strings(_ any: Any?) -> [String] {
        switch any {
        case let s as String: return [s]
        case let n as NSNumber: return [n.stringValue]
        case let list as [Any]: return list.flatMap { strings($0) }
        case let obj as [String: Any]:
            if let v = obj["value"] ?? obj["@value"] ?? obj["name"] { return strings(v) }
            return []
        default: return []
        }
    }

    private static func read(_ a: [String: Any]) -> [Candidate] {
        var out: [Candidate] = []
        func add(_ slot: Slot, _ key: String, _ value: String?, weak: Bool = false) {
            guard let value, let v = TextCleaner.clean(value) else { return }
            out.append(Candidate(slot, v, layer: .jsonLD, rule: "jsonld:" + key, weak: weak))
        }
        add(.title, "headline", strings(a["headline"]).first ?? strings(a["name"]).first)
        let authors: [Any] = (a["author"] as? [Any]) ?? (a["author"].map { [$0] } ?? [])
        for author in authors {
            if let obj = author as? [String: Any] {
                if let family = strings(obj["familyName"]).first {
                    let given = strings(obj["givenName"]).first
                    add(.author, "author", given.map { "\(family), \($0)" } ?? family)
                } else { add(.author, "author", strings(obj["name"]).first) }
            } else if let s = author as? String { add(.author, "author", s) }
        }
        add(.date, "datePublished", strings(a["datePublished"]).first)
        add(.abstract, "description", strings(a["abstract"]).first ?? strings(a["description"]).first,
            weak: a["abstract"] == nil)
        add(.firstPage, "pageStart", strings(a["pageStart"]).first)
        add(.lastPage, "pageEnd", strings(a["pageEnd"]).first)
        add(.pages, "pagination", strings(a["pagination"]).first)
        for id in strings(a["identifier"]) + strings(a["sameAs"]) + strings(a["@id"]) where id.contains("10.") {
            add(.doi, "identifier", id)
        }
        // isPartOf: issue → volume → periodical, each level optional; a plain string names the periodical.
        if let name = a["isPartOf"] as? String, !name.hasPrefix("http") { add(.journal, "isPartOf", name) }
        var part: Any? = a["isPartOf"]
        var depth = 0
        while let p = (part as? [Any])?.first ?? part, let obj = p as? [String: Any], depth < 4 {
            let t = types(obj)
            if t.contains("publicationissue") { add(.issue, "issueNumber", strings(obj["issueNumber"]).first) }
            if t.contains("publicationvolume") { add(.volume, "volumeNumber", strings(obj["volumeNumber"]).first) }
            if t.contains("periodical") || t.contains("journal") { add(.journal, "isPartOf.name", strings(obj["name"]).first) }
            for issn in strings(obj["issn"]) { add(.issn, "issn", issn) }
            part = obj["isPartOf"]
            depth += 1
        }
        return out
    }
}
