import CLibXML2

extension MarkupDocument {
    /// The name of the root element as written, prefix included when the prefix was never declared
    /// ("zs:searchRetrieveResponse"); nil for an empty document.
    public var rootName: String? {
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        return MarkupDocument.name(of: root)
    }
}
