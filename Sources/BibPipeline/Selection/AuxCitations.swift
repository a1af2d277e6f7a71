import Foundation

/// Reads the citations of a LaTeX `.aux` file as BibTeX does: `\citation{a,b}` lines (`*` means every entry),
/// biblatex's `\abx@aux@cite{key}` / `\abx@aux@cite{section}{key}` lines, and `\@input{chapter.aux}` lines that
/// pull in the `.aux` file of an `\include`d chapter. Like BibTeX, a command counts only at the start of a line.
public enum AuxCitations {
    /// What one `.aux` file says: its cited keys and the nested `.aux` files it inputs, both in file order.
    public struct Scan: Sendable, Equatable {
        public var selection: Selection
        public var inputs: [String]
    }

    /// The citations and `\@input` names of one `.aux` text, without reading nested files.
    public static func scan(_ text: String) -> Scan {
        var cited = CitedKeys()
        var inputs: [String] = []
        for rawLine in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            if let arg = argument(after: "\\citation", in: line) {
                arg.split(separator: ",").forEach { cited.add(String($0)) }
            } else if let first = argument(after: "\\abx@aux@cite", in: line) {
                cited.add(String(braced(line[first.endIndex...].dropFirst()) ?? first))
            } else if let name = argument(after: "\\@input", in: line) {
                inputs.append(String(name).trimmingCharacters(in: .whitespaces))
            }
        }
        return Scan(selection: cited.selection, inputs: inputs)
    }

    /// The citations of a main `.aux` text and of every `.aux` it inputs, directly or through other inputs.
    /// `load` returns the text of an input by the name written in `\@input` (LaTeX writes these relative to the
    /// main file's folder). Each file is read once, so an input cycle cannot loop.
    public static func selection(main text: String, load: (String) throws -> String) throws -> Selection {
        var cited = CitedKeys()
        var visited: Set<String> = []
        try collect(text, into: &cited, visited: &visited, load: load)
        return cited.selection
    }

    private static func collect(_ text: String, into cited: inout CitedKeys, visited: inout Set<String>,
                                load: (String) throws -> String) throws {
        let found = scan(text)
        cited.add(found.selection)
        for name in found.inputs where visited.insert(name).inserted {
            try collect(try load(name), into: &cited, visited: &visited, load: load)
        }
    }

    /// The text of the balanced brace group that immediately follows `command` at the start of `line`.
    private static func argument(after command: String, in line: Substring) -> Substring? {
        guard line.hasPrefix(command) else { return nil }
        return braced(line.dropFirst(command.count))
    }

    /// The inside of the balanced `{…}` group that `text` starts with, or nil if it starts with anything else or
    /// the group does not close on this line.
    static func braced(_ text: Substring) -> Substring? {
        guard text.first == "{" else { return nil }
        var depth = 0
        for i in text.indices {
            switch text[i] {
            case "{": depth += 1
            case "}":
                depth -= 1
                if depth == 0 { return text[text.index(after: text.startIndex)..<i] }
            default: break
            }
        }
        return nil
    }
}
