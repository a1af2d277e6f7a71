/// What kind of input a file is, decided from its content (never from its name).
public enum InputKind: String, Sendable, Codable {
    case html
    /// XML records: PubMed/JATS/OAI and other structured exports.
    case xml
    /// A plain-text dump of a page.
    case text

    /// Looks at the first bytes of decoded text: markup of an HTML page, an XML prolog/root, or plain text.
    public static func detect(_ text: String) -> InputKind {
        let head = text.prefix(4096).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") { return .html }
        if trimmed.hasPrefix("<?xml") || trimmed.hasPrefix("<!doctype") {
            return head.contains("<html") || head.contains("xhtml") ? .html : .xml
        }
        if trimmed.hasPrefix("<"), head.contains("<head") || head.contains("<body") || head.contains("<meta")
            || head.contains("<div") || head.contains("<title") {
            return .html
        }
        if trimmed.hasPrefix("<"), let close = trimmed.firstIndex(of: ">"), trimmed[..<close].count < 200 {
            return .xml
        }
        return .text
    }
}
