import BibExport

extension ExportFormat {
    /// The content type an HTTP response carrying this format declares (what Better BibTeX and Zotero send).
    public var mediaType: String {
        switch self {
        case .bibtex, .biblatex: return "application/x-bibtex; charset=utf-8"
        case .cslJSON: return "application/vnd.citationstyles.csl+json; charset=utf-8"
        case .ris: return "application/x-research-info-systems; charset=utf-8"
        case .json: return "application/json; charset=utf-8"
        }
    }
}
