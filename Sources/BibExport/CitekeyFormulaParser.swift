/// Recursive-descent parser for `CitekeyFormula` (grammar in its doc comment).
struct CitekeyFormulaParser {
    private let chars: [Character]
    private var i = 0

    init(_ source: String) { chars = Array(source) }

    /// Functions: name → (allowed argument counts, builder). The documentation is in CITEKEYS.md.
    static let functions: [String: (arity: ClosedRange<Int>, make: @Sendable ([Int]) -> CitekeyFormula.Value?)] = [
        "auth": (0...0, { _ in .auth }),
        "authors": (0...1, { $0.first.map { $0 >= 1 ? .authors($0) : nil } ?? .authors(2) }),
        "year": (0...0, { _ in .year }),
        "shorttitle": (0...1, { $0.first.map { $0 >= 1 ? .shorttitle($0) : nil } ?? .shorttitle(3) }),
        "journal": (0...0, { _ in .journal }),
    ]

    /// Filters: name → (allowed argument counts, builder).
    static let filters: [String: (arity: ClosedRange<Int>, make: @Sendable ([Int]) -> CitekeyFormula.Filter?)] = [
        "lower": (0...0, { _ in .lower }),
        "upper": (0...0, { _ in .upper }),
        "capitalize": (0...0, { _ in .capitalize }),
        "prefix": (1...1, { $0[0] >= 1 ? .prefix($0[0]) : nil }),
    ]

    mutating func parseFormula() throws -> [[CitekeyFormula.Term]] {
        var alternatives = [try parseAlternative()]
        while accept("|") { alternatives.append(try parseAlternative()) }
        skipSpaces()
        if i < chars.count { throw error("unexpected \"\(chars[i])\"") }
        return alternatives
    }

    private mutating func parseAlternative() throws -> [CitekeyFormula.Term] {
        var terms = [try parseTerm()]
        while accept("+") { terms.append(try parseTerm()) }
        return terms
    }

    private mutating func parseTerm() throws -> CitekeyFormula.Term {
        skipSpaces()
        var value: CitekeyFormula.Value
        if accept("\"") {
            var literal = ""
            while i < chars.count, chars[i] != "\"" { literal.append(chars[i]); i += 1 }
            guard accept("\"") else { throw error("unterminated string") }
            guard !literal.isEmpty, literal.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_:.".contains($0)) }) else {
                throw error("a literal may hold only ASCII letters, digits and - _ : .")
            }
            value = .literal(literal)
        } else {
            let start = i
            let (name, args) = try parseCall()
            guard let function = Self.functions[name] else { throw CitekeyFormulaError(position: start, message: "unknown function \"\(name)\"") }
            guard function.arity.contains(args.count), let made = function.make(args) else {
                throw CitekeyFormulaError(position: start, message: "bad arguments for \"\(name)\"")
            }
            value = made
        }
        var filters: [CitekeyFormula.Filter] = []
        while accept(".") {
            let start = i
            let (name, args) = try parseCall()
            guard let filter = Self.filters[name] else { throw CitekeyFormulaError(position: start, message: "unknown filter \"\(name)\"") }
            guard filter.arity.contains(args.count), let made = filter.make(args) else {
                throw CitekeyFormulaError(position: start, message: "bad arguments for \"\(name)\"")
            }
            filters.append(made)
        }
        return CitekeyFormula.Term(value: value, filters: filters)
    }

    private mutating func parseCall() throws -> (String, [Int]) {
        skipSpaces()
        var name = ""
        while i < chars.count, chars[i].isASCII, chars[i].isLetter { name.append(chars[i]); i += 1 }
        guard !name.isEmpty else { throw error(i < chars.count ? "expected a name, found \"\(chars[i])\"" : "expected a name") }
        var args: [Int] = []
        if accept("(") {
            repeat {
                skipSpaces()
                var digits = ""
                while i < chars.count, chars[i].isASCII, chars[i].isNumber { digits.append(chars[i]); i += 1 }
                guard let n = Int(digits) else { throw error("expected a number") }
                args.append(n)
            } while accept(",")
            guard accept(")") else { throw error("expected \")\"") }
        }
        return (name, args)
    }

    private mutating func accept(_ c: Character) -> Bool {
        skipSpaces()
        guard i < chars.count, chars[i] == c else { return false }
        i += 1
        return true
    }

    private mutating func skipSpaces() {
        while i < chars.count, chars[i].isWhitespace { i += 1 }
    }

    private func error(_ message: String) -> CitekeyFormulaError {
        CitekeyFormulaError(position: i, message: message)
    }
}
