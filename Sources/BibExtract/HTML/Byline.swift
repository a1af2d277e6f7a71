import Foundation
import BibParse

/// Splits a printed author line into name strings: "A. Smith, B. Jones and C. Brown", "A. Smith; B. Jones",
/// "王晓明，陈刚", or one author per line followed by affiliation and e-mail lines.
public enum Byline {
    /// What separates two names on one line: commas and semicolons, also the CJK ones and the ideographic
    /// enumeration comma ("王晓明，欧阳丽华、陈刚").
    static let separators: Set<Character> = [",", ";", "，", "；", "、"]

    public static func names(_ lines: [String], affiliations: Bool) -> [String] {
        var out: [String] = []
        for line in lines {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty || l.utf8.contains(0x40) || l.containsBytes("[at]") || l.lowercased().hasPrefix("http") { continue }
            if affiliations {
                if let name = l.split(separator: ",").first.flatMap({ TextCleaner.clean(String($0)) }) { out.append(name) }
                continue
            }
            let parts = l.replacingOccurrencesOfAnd.split(whereSeparator: { separators.contains($0) })
            out += parts.compactMap { TextCleaner.clean(String($0)) }.filter { $0.contains(where: \.isLetter) }
        }
        return out
    }
}

extension MarkupNode {
    /// The first descendant (depth-first) whose class attribute contains `fragment`.
    func firstDescendant(classContaining fragment: String) -> MarkupNode? {
        for c in children {
            if c.attributes["class"]?.contains(fragment) == true { return c }
            if let d = c.firstDescendant(classContaining: fragment) { return d }
        }
        return nil
    }
}
