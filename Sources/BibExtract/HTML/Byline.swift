import Foundation
import BibParse

/// Splits a printed author line into name strings: "A. Smith, B. Jones and C. Brown", "A. Smith; B. Jones",
/// "王晓明，陈刚", or one author per line followed by affiliation and e-mail lines.
public enum Byline {
    /// What separates two names on one line: commas and semicolons, also the CJK ones and the ideographic
    /// enumeration comma ("王晓明，欧阳丽华、陈刚").
    static let separators: Set<Character> = [",", ";", "，", "；", "、"]
    /// Separators that outrank commas: a line that holds one lists "Family, Given" names between them
    /// ("Berg, Anna; Meier, Lukas").
    static let strongSeparators: Set<Character> = [";", "；"]

    /// Words of a role printed in a byline after the name ("Staff Writer", "Science Correspondent").
    static let roleWords: Set<String> = ["writer", "reporter", "correspondent", "editor", "contributor", "columnist",
                                         "staff", "photographer"]

    static func isRole(_ part: String) -> Bool {
        part.lowercased().split(separator: " ").contains { roleWords.contains(String($0)) }
    }

    public static func names(_ lines: [String], affiliations: Bool) -> [String] {
        var out: [String] = []
        for line in lines {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty || l.utf8.contains(0x40) || l.containsBytes("[at]") || l.lowercased().hasPrefix("http") { continue }
            if affiliations {
                if let name = l.split(separator: ",").first.flatMap({ TextCleaner.clean(String($0)) }) { out.append(name) }
                continue
            }
            // A leading "By" introduces the byline ("By Jane Doe").
            let named = AcademicDegrees.withoutGroup(l.lowercased().hasPrefix("by ") ? String(l.dropFirst(3)) : l)
            let cuts = named.contains(where: { strongSeparators.contains($0) }) ? strongSeparators : separators
            let parts = named.replacingOccurrencesOfAnd.split(whereSeparator: { cuts.contains($0) })
            out += parts.filter { !AcademicDegrees.isDegree($0) }.compactMap { TextCleaner.clean(String($0)) }
                .filter { $0.contains(where: \.isLetter) && !isRole($0) }
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
