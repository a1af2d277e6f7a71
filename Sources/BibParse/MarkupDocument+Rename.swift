import CLibXML2

extension MarkupDocument {
    /// Renames every element an XPath selects; returns how many were renamed. Record formats reuse HTML's
    /// names for their own inline elements (EndNote wraps every value in `<style>`, whose text the block-aware
    /// walk skips as a stylesheet): renamed, their text reads as text.
    @discardableResult
    public func renameElements(_ xpath: String, to name: String) -> Int {
        let targets: [xmlNodePtr] = withNodes(xpath) { $0 }
        var renamed = 0
        for node in targets where node.pointee.type == XML_ELEMENT_NODE {
            xmlNodeSetName(node, name)
            renamed += 1
        }
        if renamed > 0 { elementIndexStore = nil }
        return renamed
    }
}
