import BibParse

/// Reads the citations of a biblatex control file (`.bcf`), the XML file that biblatex writes for Biber:
/// every `<bcf:citekey>` inside a `<bcf:section>` (one per `refsection`), `*` meaning all entries. A dynamic
/// entry set (`\defbibentryset`, `type="set"`) is not itself in any database, so its definition gives its
/// `members` and a citation of the set's name adds nothing more.
public enum BcfCitations {
    /// The keys cited in all sections of a `.bcf` text, in file order.
    public static func selection(_ xml: String) throws -> Selection {
        let document = try MarkupDocument(xml: Array(xml.utf8))
        let citekeys = document.nodes("//section/citekey")
        let dynamicSets = Set(citekeys.filter { $0.attributes["type"] == "set" }.map(\.text))
        var cited = CitedKeys()
        for node in citekeys {
            if node.attributes["type"] == "set" {
                (node.attributes["members"] ?? "").split(separator: ",").forEach { cited.add(String($0)) }
            } else if !dynamicSets.contains(node.text) {
                cited.add(node.text)
            }
        }
        return cited.selection
    }
}
