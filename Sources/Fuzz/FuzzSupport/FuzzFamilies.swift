import BibExtract
import BibParse

extension FuzzFamily {
    /// HTML pages: every site profile and the generic readers, chosen by the registry.
    public static let htmlPage = FuzzFamily(kind: .html, readers: [EmbeddedMetadataExtractor()], throughRegistry: true)
    /// Plain-text dumps of pages: the text readers, chosen by the registry.
    public static let textPage = FuzzFamily(kind: .text, readers: [GenericTextExtractor()], throughRegistry: true)
    /// BibTeX and biblatex files.
    public static let bibtex = FuzzFamily(kind: .text, readers: [BibTeXReader()], throughRegistry: false)
    /// RIS files.
    public static let ris = FuzzFamily(kind: .text, readers: [RISReader()], throughRegistry: false)
    /// Tagged text: Web of Science and MEDLINE.
    public static let tagged = FuzzFamily(kind: .text, readers: [WoSReader(), MedlineReader()], throughRegistry: false)
    /// JSON record files: CSL-JSON, Crossref, DataCite JSON, Europe PMC JSON, bibd's own JSON.
    public static let json = FuzzFamily(kind: .text, readers: [
        CSLJSONReader(), CrossrefJSONReader(), DataCiteJSONReader(), EuropePMCJSONReader(), CanonicalJSONReader(),
        UnreadableJSONReader(),
    ], throughRegistry: false)
    /// XML record files.
    public static let xml = FuzzFamily(kind: .xml, readers: [
        PubMedXMLReader(), PubMedArticleSetReader(), JATSReader(), ArXivRawReader(), DataCiteXMLReader(),
        EndNoteXMLReader(), EuropePMCXMLReader(), EuropePMCDCReader(), OAIDublinCoreReader(), ArXivAtomReader(),
        MARCXMLReader(), MODSReader(),
    ], throughRegistry: false)
    /// CSV exports (Scopus, Lens, IEEE, Springer).
    public static let csv = FuzzFamily(kind: .text, readers: [CSVExportReader()], throughRegistry: false)
}
