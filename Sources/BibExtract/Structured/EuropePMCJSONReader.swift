import Foundation
import BibModel
import BibParse

/// Reads Europe PMC REST search results as JSON (`resultType=lite` or `core`): `resultList.result[]`, one
/// record per result. Core results carry an author list and journal details; lite ones an author string
/// ("Dinkel A, Goerling U.") and the journal's abbreviation. The XML reader maps its results onto the same
/// keys and reads them here.
public struct EuropePMCJSONReader: Extractor {
    public let id = "europepmc-json"
    public init() {}

    /// Europe PMC publication types (lower case) → bibd's work type, most telling first.
    static let types: [(pubType: String, type: WorkType)] = [
        ("preprint", .preprint), ("published erratum", .other), ("retraction of publication", .other),
        ("review", .journalArticle), ("journal article", .journalArticle), ("research-article", .journalArticle),
        ("review-article", .journalArticle), ("case-report", .journalArticle), ("letter", .journalArticle),
        ("editorial", .journalArticle), ("comment", .journalArticle),
    ]

    public func recognizes(_ page: Page) -> Int? {
        guard let root = JSONSupport.document(page) else { return nil }
        return root["resultList"]["result"].value is [Any] ? 85 : nil
    }

    public func extract(_ page: Page) throws -> [Record] {
        defer { JSONSupport.release(page) }
        guard let root = JSONSupport.document(page) else { return [] }
        return root["resultList"]["result"].list.map { Self.record($0, rule: "europepmc") }
    }

    /// One search result; `rule` names the format in the evidence ("europepmc", "europepmc-xml").
    static func record(_ e: JSONNode, rule: String) -> Record {
        let pubTypes = (e["pubTypeList"]["pubType"].list.compactMap(\.string)
            + (e["pubType"].string?.split(separator: ";").map { String($0) } ?? []))
            .map { $0.trimmingSpaces.lowercased() }
        var r = Record(type: types.first { pubTypes.contains($0.pubType) }?.type ?? .other)
        r.note(.type, "\(rule):pubType")
        r.title = e["title"].string; r.note(.title, "\(rule):title")
        let list = e["authorList"]["author"].list
        if !list.isEmpty {
            r.authors = list.compactMap { a in
                StructuredSupport.person(family: a["lastName"].string, given: a["firstName"].string ?? a["initials"].string,
                                         literal: a["collectiveName"].string ?? a["fullName"].string)
            }
            r.note(.author, "\(rule):authorList")
        } else if let names = e["authorString"].string {
            r.authors = names.split(separator: ",").compactMap { name in
                Person.parse(String(name).trimmingCharacters(in: [" ", "."]), order: .familyFirst)
            }
            r.note(.author, "\(rule):authorString")
        }
        r.doi = e["doi"].string.flatMap(DOI.parse); r.note(.doi, "\(rule):doi")
        r.pmid = e["pmid"].string; r.note(.pmid, "\(rule):pmid")
        r.pmcid = e["pmcid"].string
        let info = e["journalInfo"]
        r.containerTitle = info["journal"]["title"].string ?? e["journalTitle"].string; r.note(.containerTitle, "\(rule):journal")
        r.containerTitleShort = info["journal"]["isoabbreviation"].string ?? info["journal"]["medlineAbbreviation"].string
        r.volume = info["volume"].string ?? e["journalVolume"].string ?? e["volume"].string
        r.issue = info["issue"].string ?? e["issue"].string
        let year = e["pubYear"].int ?? info["yearOfPublication"].int
        if let d = info["dateOfPublication"].string.flatMap(PartialDate.parse), year == nil || d.year == year {
            r.issued = d; r.note(.issued, "\(rule):dateOfPublication")
        } else if let year {
            r.issued = PartialDate(year: year); r.note(.issued, "\(rule):pubYear")
        }
        if let p = e["pageInfo"].string { r.setLocator(p, rule: "\(rule):pageInfo") }
        r.abstract = e["abstractText"].rawString.flatMap(JSONSupport.abstract); r.note(.abstract, "\(rule):abstractText")
        r.issn = [info["journal"]["issn"].string, info["journal"]["essn"].string, e["journalIssn"].string].compactMap { $0 }
            .flatMap { $0.split(separator: ";").map { String($0).trimmingSpaces } }
        r.language = e["language"].string
        r.keywords = e["keywordList"]["keyword"].list.compactMap(\.string)
        return r
    }
}
