import CLibXML2

/// XPath evaluation: one libxml2 context per document with compiled expressions shared across documents,
/// and `XPathPlan`s answering the rules' XPaths on HTML pages from the `ElementIndex`.
extension MarkupDocument {
    func withNodes<T>(_ xpath: String, _ body: ([xmlNodePtr]) -> T) -> T {
        body(select(xpath))
    }

    /// The nodes an XPath selects, in document order. HTML pages answer the XPaths rules use through an
    /// `XPathPlan` where one applies; the node set is the same.
    private func select(_ xpath: String) -> [xmlNodePtr] {
        if isHTML, usesPlans, let plan = XPathCache.shared.plan(xpath) { return select(plan) }
        return evaluate(xpath, at: nil)
    }

    private func select(_ plan: XPathPlan) -> [xmlNodePtr] {
        let index = elementIndex
        if plan.branches.count > 1, plan.branches.allSatisfy({ $0.onCandidate == nil }) {
            // Every match is a candidate (a union of plain `//tag` steps): positions give document order.
            let positions = plan.branches.flatMap { index.candidates(tag: $0.tag, filters: $0.filters) }
            return Set(positions).sorted().map { index.elements[$0] }
        }
        var found: [xmlNodePtr] = []
        for branch in plan.branches {
            // The candidate XPath is looked up once per branch, not once per candidate.
            let onCandidate = branch.onCandidate.flatMap { XPathCache.shared.expression($0) }
            if branch.onCandidate != nil && onCandidate == nil { continue }
            for position in index.candidates(tag: branch.tag, filters: branch.filters) {
                let node = index.elements[position]
                if let comp = onCandidate { found += evaluate(comp, at: node) } else { found.append(node) }
            }
        }
        return plan.needsMerge ? MarkupDocument.inDocumentOrder(found) : found
    }

    /// Evaluates `xpath` with `node` as the context node (nil: the document).
    private func evaluate(_ xpath: String, at node: xmlNodePtr?) -> [xmlNodePtr] {
        guard let comp = XPathCache.shared.expression(xpath) else { return [] }
        return evaluate(comp, at: node)
    }

    /// Evaluates a compiled XPath with `node` as the context node (nil: the document).
    private func evaluate(_ comp: xmlXPathCompExprPtr, at node: xmlNodePtr?) -> [xmlNodePtr] {
        guard let ctx = xpathContext else { return [] }
        ctx.pointee.node = node
        defer { ctx.pointee.node = nil }
        guard let obj = xmlXPathCompiledEval(comp, ctx) else { return [] }
        defer { xmlXPathFreeObject(obj) }
        return MarkupDocument.nodes(of: obj.pointee.nodesetval)
    }

    private static func nodes(of set: xmlNodeSetPtr?) -> [xmlNodePtr] {
        guard let set, set.pointee.nodeNr > 0, let tab = set.pointee.nodeTab else { return [] }
        var out: [xmlNodePtr] = []
        out.reserveCapacity(Int(set.pointee.nodeNr))
        for i in 0..<Int(set.pointee.nodeNr) { if let n = tab[i] { out.append(n) } }
        return out
    }

    /// `nodes` without repeats, sorted into document order.
    private static func inDocumentOrder(_ nodes: [xmlNodePtr]) -> [xmlNodePtr] {
        guard nodes.count > 1, let set = xmlXPathNodeSetCreate(nil) else { return nodes }
        defer { xmlXPathFreeNodeSet(set) }
        for n in nodes { xmlXPathNodeSetAdd(set, n) }
        xmlXPathNodeSetSort(set)
        return MarkupDocument.nodes(of: set)
    }
}
