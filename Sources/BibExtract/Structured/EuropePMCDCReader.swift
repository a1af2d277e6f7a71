import Foundation
import BibModel
import BibParse

/// Reads Europe PMC search results in Dublin Core (`format=dc`): `rdf:Description` records whose journal,
/// volume, issue and pages live only in an OpenURL citation (`&rft.jtitle=…&rft.volume=…`), the PMID only
/// in the record's URL (`…/abstract/MED/39709209`) and the PMCID in `dcterms:isVersionOf`.
public struct EuropePMCDCReader: Extractor {
    public let id = "europepmc-dc"
    public init() {}

    static let records = "//RDF/Description[title]"

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .xml, let doc = page.document else { return nil }
        return doc.count(Self.records + "[contains(@about, 'europepmc.org')]") > 0 ? 80 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        XMLRecordSupport.records(page, Self.records).map(Self.record)
    }

    static func record(_ d: MarkupNode) -> Record {
        let pubTypes = (d.value("description") ?? "").split(separator: ";").map { String($0).trimmingSpaces.lowercased() }
        var r = Record(type: EuropePMCJSONReader.types.first { pubTypes.contains($0.pubType) }?.type ?? .other)
        r.note(.type, "europepmc-dc:description")
        r.title = d.value("title"); r.note(.title, "europepmc-dc:title")
        r.authors = d.values("creator").compactMap(XMLRecordSupport.familyFirst); r.note(.author, "europepmc-dc:creator")
        r.issued = (d.value("created") ?? d.value("date")).flatMap(PartialDate.parse); r.note(.issued, "europepmc-dc:created")
        let ids = d.values("identifier")
        r.doi = ids.lazy.compactMap(DOI.parse).first; r.note(.doi, "europepmc-dc:identifier")
        r.pmid = ([d.attribute("about")].compactMap { $0 } + ids).lazy.compactMap(Self.pmid).first; r.note(.pmid, "europepmc-dc:about")
        r.pmcid = d.value("isversionof").flatMap { $0.split(separator: "/").last.map(String.init) }.flatMap { $0.hasPrefix("PMC") ? $0 : nil }
        if let openURL = d.values("bibliographiccitation").lazy.compactMap(OpenURL.init).first {
            r.containerTitle = openURL["rft.jtitle"]; r.note(.containerTitle, "europepmc-dc:openurl")
            r.containerTitleShort = openURL["rft.stitle"]
            r.volume = openURL["rft.volume"]; r.issue = openURL["rft.issue"]
            if let p = openURL["rft.pages"] { r.setLocator(p, rule: "europepmc-dc:openurl") }
        }
        r.abstract = d.at("abstract").flatMap { JSONSupport.abstract($0.text) }; r.note(.abstract, "europepmc-dc:abstract")
        r.issn = d.values("ispartof").compactMap { $0.hasPrefix("urn:ISSN:") ? String($0.dropFirst(9)) : nil }
        r.language = d.value("language")
        r.keywords = d.values("subject")
        return r
    }

    /// The PMID of a Europe PMC abstract URL (".../abstract/MED/39709209").
    static func pmid(_ url: String) -> String? {
        guard let r = url.range(of: "/MED/") else { return nil }
        let id = url[r.upperBound...].prefix { $0.isNumber }
        return id.isEmpty ? nil : String(id)
    }
}

/// The key/value pairs of an OpenURL ContextObject in KEV form ("&ctx_ver=Z39.88-2004&rft.volume=404…"),
/// percent-decoded; empty values are left out.
struct OpenURL {
    private var values: [String: String] = [:]

    init?(_ text: String) {
        guard text.contains("ctx_ver=") || text.contains("rft.") else { return nil }
        for pair in text.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            guard kv.count == 2 else { continue }
            let raw = String(kv[1]).replacingOccurrences(of: "+", with: " ")
            let value = (raw.removingPercentEncoding ?? raw).trimmingCharacters(in: .whitespaces)
            if !value.isEmpty { values[String(kv[0])] = value }
        }
    }

    subscript(key: String) -> String? { values[key] }
}
