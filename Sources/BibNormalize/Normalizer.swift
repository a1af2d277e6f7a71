import BibModel

/// Cleans an extracted record into bibd's canonical forms: DOI, names, dates, titles, abstracts, keywords.
///
/// Runs on every record whatever extractor produced it, so that the same value from two sites compares
/// equal. Each field has its own normalizer type in this module; this one only applies them in turn.
public enum Normalizer {
    /// The record with every field in canonical form. Never adds a value the record did not hold.
    public static func normalize(_ record: Record) -> Record {
        var r = record
        r.title = Titles.title(r.title)
        r.containerTitle = Titles.containerTitle(r.containerTitle)
        r.containerTitleShort = Titles.containerTitle(r.containerTitleShort)
        r.publisher = Titles.plain(r.publisher)
        let names = Names.authors(r.authors)
        r.authors = names.people
        if names.truncated { r.authorsTruncated = true }
        r.abstract = Abstracts.abstract(r.abstract)
        r.keywords = Keywords.keywords(r.keywords)
        r.doi = r.doi.flatMap(DOI.parse)
        r.pmid = Identifiers.pmid(r.pmid)
        r.pmcid = Identifiers.pmcid(r.pmcid)
        r.arxiv = Identifiers.arxiv(r.arxiv)
        r.issn = Identifiers.issns(r.issn)
        r.volume = Locators.volume(r.volume)
        r.issue = Locators.issue(r.issue)
        r.page = Locators.page(r.page)
        r.number = Locators.number(r.number)
        r.language = Titles.plain(r.language)
        r.url = Titles.plain(r.url).flatMap { $0.containsByte(0x20) ? nil : $0 }
        dropEvidenceOfRemovedValues(&r)
        return r
    }

    /// Evidence is kept only for fields that still hold a value after cleaning.
    private static func dropEvidenceOfRemovedValues(_ r: inout Record) {
        for field in Field.allCases where !r.has(field) {
            r.evidence[field.rawValue] = nil
        }
    }
}
