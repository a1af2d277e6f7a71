/// How to answer an XPath of the form `//name[predicate]…/rest` (or a union of such) without evaluating its
/// predicates on every element: an `ElementIndex` lists candidate elements, and libxml2 evaluates
/// `self::name[predicate]…/rest` on each candidate only. A candidate has the step's tag and passes the tests
/// the predicates imply, each a necessary condition of a match (see `XPathText.FactorTest`): a tag named with
/// `self::`, a literal compared with an attribute, a child element (holding a literal). The answer is the
/// same node set, in document order. XPaths of any other form get no plan and are evaluated whole.
struct XPathPlan: Sendable {
    /// One `//name[…]…` part of a union.
    struct Branch: Sendable {
        /// The step's tag, nil for `*`.
        var tag: String?
        /// Candidates pass one test of each filter (no filters: every element with `tag` is one).
        var filters: [[XPathText.FactorTest]]
        /// The XPath evaluated on each candidate; nil when the step has no predicate and no rest.
        var onCandidate: String?
        /// Whether steps follow the first one (their results need sorting and deduplication).
        var hasRest: Bool
    }

    var branches: [Branch]

    /// Whether results from several candidates or branches must be merged into document order.
    var needsMerge: Bool { branches.count > 1 || branches.contains { $0.hasRest } }

    /// The plan for `xpath`, or nil when it has another form.
    static func make(_ xpath: String) -> XPathPlan? {
        var branches: [Branch] = []
        for part in XPathText.split(xpath, on: "|") {
            guard let branch = branch(XPathText.trimmed(part)) else { return nil }
            branches.append(branch)
        }
        return branches.isEmpty ? nil : XPathPlan(branches: branches)
    }

    private static func branch(_ path: Substring) -> Branch? {
        guard path.hasPrefix("//") else { return nil }
        var rest = path.dropFirst(2)
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "*" }
        guard name == "*" || (!name.isEmpty && !name.contains("*") && name.first!.isLetter) else { return nil }
        rest = rest.dropFirst(name.count)
        var predicates: [Substring] = []
        while rest.first == "[" {
            guard let end = XPathText.closingBracket(rest) else { return nil }
            predicates.append(rest[rest.index(after: rest.startIndex)..<end])
            rest = rest[rest.index(after: end)...]
        }
        guard rest.isEmpty || rest.first == "/" else { return nil }
        guard predicates.allSatisfy(XPathText.isBoolean) else { return nil }
        let tag = name == "*" ? nil : String(name)
        let filters = predicates.compactMap(candidateTest)
        if tag == nil && filters.isEmpty { return nil }
        // `//name[…]…/rest` from each candidate: the same step on the self axis.
        let afterName = path[path.index(path.startIndex, offsetBy: 2 + name.count)...]
        let onCandidate = predicates.isEmpty && rest.isEmpty ? nil : "self::\(name)\(afterName)"
        return Branch(tag: tag, filters: filters, onCandidate: onCandidate, hasRest: !rest.isEmpty)
    }

    /// Tests of which every element passing `predicate` passes one, or nil when some alternative of the
    /// predicate implies no test.
    static func candidateTest(_ predicate: Substring) -> [XPathText.FactorTest]? {
        var tests: [XPathText.FactorTest] = []
        for alternative in XPathText.split(predicate, on: " or ") {
            let test = XPathText.split(alternative, on: " and ").lazy.compactMap { factor in
                XPathText.factorTest(XPathText.trimmed(factor))
            }.first
            guard let test else { return nil }
            tests.append(test)
        }
        return tests
    }
}
