/// Reading pieces of XPath source text for `XPathPlan`: splitting at top level (outside quotes, parentheses
/// and brackets) and recognising the few predicate forms a plan can use. Anything unrecognised makes the
/// caller give up, never guess.
enum XPathText {
    /// An attribute whose value holds a literal.
    struct AttributeLiteral: Equatable, Sendable {
        var attribute: String
        var value: String
    }

    /// A test every element passing a predicate factor must pass.
    enum FactorTest: Equatable, Sendable {
        /// `self::tag`.
        case tag(String)
        /// An attribute's value holds the literal.
        case literal(AttributeLiteral)
        /// A child element with the tag (`tag` or `tag[…]`), holding a literal when the child's predicate is a
        /// literal test.
        case child(String, literal: AttributeLiteral?)

        var isChild: Bool { if case .child = self { return true } else { return false } }
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
        // `@a='v'` and `contains(@a, 'v')`: the raw value holds v.
        var equality = Scanner(factor)
        if let a = equality.attribute(), equality.take("="), let v = equality.literal(), equality.atEnd {
            return .literal(AttributeLiteral(attribute: a, value: v))
        }
        var contains = Scanner(factor)
        if contains.take("contains("), let a = contains.attribute(), contains.take(","), let v = contains.literal(),
           contains.take(")"), contains.atEnd {
            return .literal(AttributeLiteral(attribute: a, value: v))
        }
        // The class-token idiom: the raw value holds the token (white space around it is normalised away).
        var token = Scanner(factor)
        if token.take("contains(concat(' ', normalize-space("), let a = token.attribute(), token.take("), ' '),"),
           let v = token.literal(), token.take(")"), token.atEnd {
            let core = trimmed(v[...])
            return core.isEmpty || core.contains(where: \.isWhitespace)
                ? nil : .literal(AttributeLiteral(attribute: a, value: String(core)))
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

    /// Reads a predicate factor from the front: fixed text, `@name` and `'literal'`, spaces skipped before each.
    private struct Scanner {
        var rest: Substring

        init(_ text: Substring) { rest = text }

        var atEnd: Bool { rest.allSatisfy { $0 == " " } }

        mutating func take(_ text: String) -> Bool {
            rest = rest.drop { $0 == " " }
            guard rest.hasPrefix(text) else { return false }
            rest = rest.dropFirst(text.count)
            return true
        }

        /// `@name`: the name.
        mutating func attribute() -> String? {
            guard take("@"), let f = rest.first, f.isLetter || f == "_" else { return nil }
            let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            rest = rest.dropFirst(name.count)
            return String(name)
        }

        /// A non-empty single-quoted literal.
        mutating func literal() -> String? {
            guard take("'"), let end = rest.firstIndex(of: "'"), end > rest.startIndex else { return nil }
            defer { rest = rest[rest.index(after: end)...] }
            return String(rest[..<end])
        }
    }
}
