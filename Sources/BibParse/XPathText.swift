/// Reading pieces of XPath source text for `XPathPlan`: splitting at top level (outside quotes, parentheses
/// and brackets) and recognising the few predicate forms a plan can use. Anything unrecognised makes the
/// caller give up, never guess.
enum XPathText {
    /// A test every element passing a predicate factor must pass.
    enum FactorTest: Equatable, Sendable {
        /// `self::tag`.
        case tag(String)
        /// An attribute value holds the literal.
        case literal(String)
        /// A child element with the tag (`tag` or `tag[…]`), holding the literal in an attribute value when the
        /// child's predicate is a literal test.
        case child(String, literal: String?)
    }

    /// `text` cut at each top-level occurrence of `separator`.
    static func split(_ text: Substring, on separator: String) -> [Substring] {
        var parts: [Substring] = []
        var start = text.startIndex
        var i = text.startIndex
        var depth = 0
        var quote: Character? = nil
        while i < text.endIndex {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "(" || c == "[" {
                depth += 1
            } else if c == ")" || c == "]" {
                depth -= 1
            } else if depth == 0, text[i...].hasPrefix(separator) {
                parts.append(text[start..<i])
                i = text.index(i, offsetBy: separator.count)
                start = i
                continue
            }
            i = text.index(after: i)
        }
        parts.append(text[start...])
        return parts
    }

    static func split(_ text: String, on separator: String) -> [Substring] { split(text[...], on: separator) }

    static func trimmed(_ text: Substring) -> Substring {
        guard let first = text.firstIndex(where: { $0 != " " }), let last = text.lastIndex(where: { $0 != " " }) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }

    /// The index of the `]` closing the `[` that `text` starts with.
    static func closingBracket(_ text: Substring) -> Substring.Index? {
        var depth = 0
        var quote: Character? = nil
        for i in text.indices {
            let c = text[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "[" || c == "(" {
                depth += 1
            } else if c == "]" || c == ")" {
                depth -= 1
                if depth == 0 { return c == "]" ? i : nil }
            }
        }
        return nil
    }

    /// Functions whose value is a boolean or a string, never a number.
    static let nonNumericFunctions: Set<Substring> = [
        "not", "contains", "starts-with", "boolean", "true", "false", "lang", "normalize-space", "translate",
        "string", "concat", "substring", "substring-before", "substring-after", "text", "node", "comment",
    ]

    /// Whether a predicate is certainly not positional: a comparison or a boolean combination at top level,
    /// a location path, or a call of a boolean or string function. (A number would select by position,
    /// which a plan cannot reproduce.)
    static func isBoolean(_ predicate: Substring) -> Bool {
        let p = trimmed(predicate)
        for op in ["=", "<", ">", " and ", " or "] where split(p, on: op).count > 1 { return true }
        for op in [" * ", "+", " - ", " div ", " mod "] where split(p, on: op).count > 1 { return false }
        guard let first = p.first, !first.isNumber, first != "-", first != "(", first != "$" else { return false }
        let head = p.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        if p.dropFirst(head.count).first == "(" { return nonNumericFunctions.contains(head) }
        return true
    }

    /// The test a predicate factor of a known form implies, or nil.
    static func factorTest(_ factor: Substring) -> FactorTest? {
        if factor.hasPrefix("self::") {
            let tag = factor.dropFirst(6)
            return !tag.isEmpty && tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
                ? .tag(String(tag)) : nil
        }
        if let child = childTest(factor) { return child }
        let attribute = "@[A-Za-z_][-A-Za-z0-9_]*", literal = "'([^']+)'"
        // `@a='v'` and `contains(@a, 'v')`: the raw value holds v.
        for form in ["^\(attribute) *= *\(literal)$", "^contains\\( *\(attribute) *, *\(literal) *\\)$"] {
            if let value = match(form, factor) { return .literal(value) }
        }
        // The class-token idiom: the raw value holds the token (white space around it is normalised away).
        let token = "^contains\\(concat\\(' ', normalize-space\\(\(attribute)\\), ' '\\), *\(literal) *\\)$"
        if let value = match(token, factor) {
            let core = trimmed(value[...])
            return core.isEmpty || core.contains(where: \.isWhitespace) ? nil : .literal(String(core))
        }
        return nil
    }

    /// `tag` or `tag[predicate]`: a child element exists (and passes the predicate's literal test, if any).
    private static func childTest(_ factor: Substring) -> FactorTest? {
        let tag = factor.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard let first = tag.first, first.isLetter else { return nil }
        let rest = factor.dropFirst(tag.count)
        if rest.isEmpty { return .child(String(tag), literal: nil) }
        guard rest.first == "[", let end = closingBracket(rest), rest.index(after: end) == rest.endIndex else { return nil }
        let inner = trimmed(rest[rest.index(after: rest.startIndex)..<end])
        if case .literal(let l)? = factorTest(inner) { return .child(String(tag), literal: l) }
        return .child(String(tag), literal: nil)
    }

    /// The first capture group of `pattern` matched against the whole of `text`.
    private static func match(_ pattern: String, _ text: Substring) -> String? {
        guard let regex = try? Regex<(Substring, Substring)>(pattern),
              let m = try? regex.wholeMatch(in: text) else { return nil }
        return String(m.output.1)
    }
}
