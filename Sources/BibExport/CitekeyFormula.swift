/// A citation-key formula: a tiny language parsed once into an AST and interpreted per record.
///
/// Grammar (see CITEKEYS.md for every function and filter):
/// ```
/// formula     := alternative ("|" alternative)*
/// alternative := term ("+" term)*
/// term        := (function | "\"literal\"") ("." filter)*
/// function    := name ["(" integer ("," integer)* ")"]
/// filter      := name ["(" integer ("," integer)* ")"]
/// ```
/// The first alternative whose result is non-empty and starts with a letter is the key.
public struct CitekeyFormula: Sendable, Equatable, CustomStringConvertible {
    /// The default, in the Better BibTeX style: `riley2023hardcore`.
    public static let defaultSource = "auth.lower + year + shorttitle(1).lower | shorttitle(1).lower + year | \"anon\" + year"

    /// The formula as written.
    public let source: String
    let alternatives: [[Term]]

    /// A term: where the text comes from, then the filters applied to it in order.
    struct Term: Sendable, Equatable {
        var value: Value
        var filters: [Filter]
    }

    /// The text sources a term can start from.
    enum Value: Sendable, Equatable {
        /// `"text"`: the text itself (ASCII letters, digits and `- _ : .`).
        case literal(String)
        /// `auth`: the first author's family name without its particle ("van Doorn" → "Doorn"), ASCII-folded;
        /// for an organisation, its first significant word. Empty when there is no author or no ASCII spelling.
        case auth
        /// `authors(n)` (default 2): the family names of the first `n` authors, run together.
        case authors(Int)
        /// `year`: the four-digit year of `issued`; empty when the source gives no (plausible) date.
        case year
        /// `shorttitle(n)` (default 3): the first `n` title words, skipping function words ("the", "this",
        /// "is", "of", …) and bare numbers, ASCII-folded, run together.
        case shorttitle(Int)
        /// `journal`: the journal abbreviation (else the full container title), ASCII-folded, without spaces.
        case journal
    }

    /// Transformations applied to a term's text.
    enum Filter: Sendable, Equatable {
        /// `.lower`: lower case.
        case lower
        /// `.upper`: upper case.
        case upper
        /// `.capitalize`: the first character in upper case, the rest unchanged.
        case capitalize
        /// `.prefix(n)`: the first `n` characters.
        case prefix(Int)
    }

    /// Parses and validates a formula; throws `CitekeyFormulaError` naming the problem and its position.
    public init(parsing source: String) throws {
        self.source = source
        var parser = CitekeyFormulaParser(source)
        alternatives = try parser.parseFormula()
    }

    /// The default formula.
    public static let standard: CitekeyFormula = {
        do { return try CitekeyFormula(parsing: defaultSource) } catch { preconditionFailure("default citekey formula: \(error)") }
    }()

    public var description: String { source }

    public static func == (a: CitekeyFormula, b: CitekeyFormula) -> Bool { a.alternatives == b.alternatives }
}

/// Why a formula could not be parsed.
public struct CitekeyFormulaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Character offset in the formula.
    public var position: Int
    public var message: String

    public var description: String { "citekey formula, at character \(position): \(message)" }
}
