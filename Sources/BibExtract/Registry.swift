import BibModel
import BibParse

/// The ordered list of extractors. Site extractors come first; the generic readers come last.
public enum Registry {
    /// Every extractor bibd knows. Add one line per new site family.
    public static let all: [any Extractor] = [
        PubMedXMLReader(),
        JATSReader(),
        ArXivRawReader(),
        MedlineReader(),
        // JSON and XML record files
        PubMedArticleSetReader(),
        CanonicalJSONReader(),
        CSLJSONReader(),
        CrossrefJSONReader(),
        DataCiteJSONReader(),
        EuropePMCJSONReader(),
        UnreadableJSONReader(),
        DataCiteXMLReader(),
        EndNoteXMLReader(),
        EuropePMCXMLReader(),
        EuropePMCDCReader(),
        OAIDublinCoreReader(),
        ArXivAtomReader(),
        MARCXMLReader(),
        MODSReader(),
        // tagged-text record files
        BibTeXReader(),
        RISReader(),
        WoSReader(),
        CSVExportReader(),
        EmbeddedMetadataExtractor(profile: .pubmed),
        EmbeddedMetadataExtractor(profile: .scienceDirect),
        EmbeddedMetadataExtractor(profile: .elife),
        EmbeddedMetadataExtractor(profile: .dlib),
        EmbeddedMetadataExtractor(profile: .ojs),
        EmbeddedMetadataExtractor(profile: .usenix),
        EmbeddedMetadataExtractor(profile: .arxiv),
        EmbeddedMetadataExtractor(profile: .biorxiv),
        EmbeddedMetadataExtractor(profile: .researchSquare),
        EmbeddedMetadataExtractor(profile: .pmc),
        EmbeddedMetadataExtractor(profile: .semanticScholar),
        EmbeddedMetadataExtractor(profile: .researchGate),
        EmbeddedMetadataExtractor(profile: .springerNature),
        EmbeddedMetadataExtractor(profile: .wiley),
        EmbeddedMetadataExtractor(profile: .plos),
        EmbeddedMetadataExtractor(profile: .jstor),
        EmbeddedMetadataExtractor(profile: .ieeeXplore),
        EmbeddedMetadataExtractor(profile: .pure),
        EmbeddedMetadataExtractor(profile: .repository),
        // Platform profiles after the publisher ones: a Wiley page on Literatum is read as Wiley.
        EmbeddedMetadataExtractor(profile: .atypon),
        PubMedTextExtractor(),
        PureTextExtractor(),
        ChineseLabelTextExtractor(),
        HeadingLabelTextExtractor(),
        ArticleTextExtractor(),
        LayoutTextExtractor(),
        BareAbstractExtractor(),
        GenericTextExtractor(),
        EmbeddedMetadataExtractor(),
    ]

    /// Runs the most confident extractor on the page (ties go to the earlier one in `all`).
    public static func extract(_ page: Page) throws -> Extraction {
        var best: (score: Int, extractor: any Extractor)? = nil
        for e in all {
            // Ties go to the earlier extractor: one whose ceiling is not above the best so far cannot win.
            if let b = best, e.ceiling <= b.score { continue }
            if let s = e.recognizes(page), s > (best?.score ?? Int.min) { best = (s, e) }
        }
        guard let chosen = best?.extractor else {
            throw ExtractError.noArticle("no extractor recognizes this \(page.kind.rawValue) page")
        }
        if let reader = chosen as? any RecordFileReader {
            let file = reader.read(page)
            if file.records.isEmpty {
                let why = file.problems.map(\.description).joined(separator: "; ")
                throw ExtractError.noArticle("\(chosen.id) read no record" + (why.isEmpty ? "" : ": \(why)"))
            }
            return Extraction(extractor: chosen.id, records: file.records, lines: file.lines, problems: file.problems)
        }
        let records = try chosen.extract(page)
        if records.isEmpty { throw ExtractError.noArticle("\(chosen.id) found no article on the page") }
        return Extraction(extractor: chosen.id, records: records)
    }
}
