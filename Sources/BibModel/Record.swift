/// What one source file says about one work: the output of extraction, cleaned by normalization.
///
/// Every field is optional because a page may not state it; `nil` means "the source does not say",
/// never "probably empty". `evidence` remembers, per field, which extractor rule produced the value.
public struct Record: Codable, Sendable, Equatable {
    public var type: WorkType?
    public var title: String?
    public var authors: [Person]
    /// The source shows only part of the author list ("Fleur Riley et al.").
    public var authorsTruncated: Bool
    public var containerTitle: String?
    public var containerTitleShort: String?
    public var publisher: String?
    public var issued: PartialDate?
    /// "Early online" / "first published online" date, when the source gives one apart from `issued`.
    public var availableOnline: PartialDate?
    public var volume: String?
    public var issue: String?
    /// Page range ("615-621") as printed; article numbers go to `number`.
    public var page: String?
    /// Article number / e-locator ("104025", "e0213978").
    public var number: String?
    public var doi: String?
    public var pmid: String?
    public var pmcid: String?
    public var arxiv: String?
    public var issn: [String]
    public var abstract: String?
    public var keywords: [String]
    public var language: String?
    public var url: String?
    /// Field name (a `Field` raw value) → the rule that produced it, e.g. "meta:citation_title".
    public var evidence: [String: String]
    /// The file this record came from; set by the pipeline.
    public var source: SourceRef?

    public init(
        type: WorkType? = nil, title: String? = nil, authors: [Person] = [], authorsTruncated: Bool = false,
        containerTitle: String? = nil, containerTitleShort: String? = nil, publisher: String? = nil,
        issued: PartialDate? = nil, availableOnline: PartialDate? = nil, volume: String? = nil,
        issue: String? = nil, page: String? = nil, number: String? = nil, doi: String? = nil,
        pmid: String? = nil, pmcid: String? = nil, arxiv: String? = nil, issn: [String] = [],
        abstract: String? = nil, keywords: [String] = [], language: String? = nil, url: String? = nil,
        evidence: [String: String] = [:], source: SourceRef? = nil
    ) {
        self.type = type; self.title = title; self.authors = authors; self.authorsTruncated = authorsTruncated
        self.containerTitle = containerTitle; self.containerTitleShort = containerTitleShort
        self.publisher = publisher; self.issued = issued; self.availableOnline = availableOnline
        self.volume = volume; self.issue = issue; self.page = page; self.number = number; self.doi = doi
        self.pmid = pmid; self.pmcid = pmcid; self.arxiv = arxiv; self.issn = issn; self.abstract = abstract
        self.keywords = keywords; self.language = language; self.url = url; self.evidence = evidence
        self.source = source
    }

    /// Whether the field holds a value (used by merge and by provenance).
    public func has(_ field: Field) -> Bool {
        switch field {
        case .type: return type != nil
        case .title: return title != nil
        case .author: return !authors.isEmpty
        case .containerTitle: return containerTitle != nil
        case .containerTitleShort: return containerTitleShort != nil
        case .publisher: return publisher != nil
        case .issued: return issued != nil
        case .availableOnline: return availableOnline != nil
        case .volume: return volume != nil
        case .issue: return issue != nil
        case .page: return page != nil
        case .number: return number != nil
        case .doi: return doi != nil
        case .pmid: return pmid != nil
        case .pmcid: return pmcid != nil
        case .arxiv: return arxiv != nil
        case .issn: return !issn.isEmpty
        case .abstract: return abstract != nil
        case .keyword: return !keywords.isEmpty
        case .language: return language != nil
        case .url: return url != nil
        }
    }

    /// Records `rule` as the origin of `field` (first writer wins, as extraction layers run best-first).
    public mutating func note(_ field: Field, _ rule: String) {
        if evidence[field.rawValue] == nil { evidence[field.rawValue] = rule }
    }

    /// Files a printed locator: a range ("301-322", "301–322") is the page span, a single locator ("66",
    /// "e1002772", "111876") the article number.
    public mutating func setLocator(_ locator: String, rule: String) {
        if locator.containsByte(0x2D) || locator.containsBytes("\u{2013}") {
            page = locator; note(.page, rule)
        } else {
            number = locator; note(.number, rule)
        }
    }
}

/// The fields bibd knows, named as in CSL-JSON so that provenance keys read like the export.
public enum Field: String, Codable, Sendable, CaseIterable {
    case type, title, author
    case containerTitle = "container-title"
    case containerTitleShort = "container-title-short"
    case publisher, issued
    case availableOnline = "available-date"
    case volume, issue, page, number
    case doi = "DOI", pmid = "PMID", pmcid = "PMCID", arxiv = "arXiv", issn = "ISSN"
    case abstract, keyword, language
    case url = "URL"
}

/// A file that supplied a record: its name, content hash and the extractor that read it; for a file of many
/// records (BibTeX, RIS, CSV…) also the record's position in the file and the line it starts on.
public struct SourceRef: Codable, Sendable, Equatable, Hashable {
    public var file: String
    public var sha256: String
    public var extractor: String
    /// 1-based position of the record among the file's records; nil when the file gave one record.
    public var position: Int?
    /// 1-based line where the record starts, when the reader knows it.
    public var line: Int?

    public init(file: String, sha256: String, extractor: String, position: Int? = nil, line: Int? = nil) {
        self.file = file; self.sha256 = sha256; self.extractor = extractor; self.position = position; self.line = line
    }
}
