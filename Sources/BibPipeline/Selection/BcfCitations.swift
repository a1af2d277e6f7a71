import BibParse

/// Reads the citations of a biblatex control file (`.bcf`), the XML file that biblatex writes for Biber:
/// every `<bcf:citekey>` inside a `<bcf:section>` (one per `refsection`), `*` meaning all entries. A dynamic
/// entry set (`\defbibentryset`, `type="set"`) is not itself in any database, so its `members` are taken instead.
public enum BcfCitations {
    /// The keys cited in all sections of a `.bcf` text, in file order.
    public static func selection(_ xml: String) throws -> Selection {
        let document = try MarkupDocument(xml: Array(xml.utf8))
        var cited = CitedKeys()
        for node in document.nodes("//section/citekey") {
            if node.attributes["type"] == "set", let members = node.attributes["members"] {
                members.split(separator: ",").forEach { cited.add(String($0)) }
            } else {
                cited.add(node.text)
            }
        }
        return cited.selection
    }
}
