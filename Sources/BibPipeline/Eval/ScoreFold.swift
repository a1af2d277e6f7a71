import Foundation

/// The comparison forms of score_extract.py (shared/tools), reproduced exactly so that `bibd eval` and
/// the Python scorer agree: NFKC, accents dropped, quotes and dashes unified, tags removed, white space
/// folded, trailing dots dropped, lower case.
public enum ScoreFold {
    public static func fold(_ s: String?) -> String? {
        guard let s else { return nil }
        let nfkc = s.precomposedStringWithCompatibilityMapping
        var scalars = String.UnicodeScalarView()
        for u in nfkc.decomposedStringWithCompatibilityMapping.unicodeScalars
        where u.properties.canonicalCombiningClass.rawValue == 0 {
            switch u.value {
            case 0x2018, 0x2019: scalars.append("'")
            case 0x201C, 0x201D: scalars.append("\"")
            case 0x2010...0x2015: scalars.append("-")
            default: scalars.append(u)
            }
        }
        var t = String(scalars)
        t = t.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        t = t.replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        while t.hasSuffix(".") { t.removeLast() }
        return t.lowercased()
    }

    /// The forms a page range may be written in ("1116-22" also as "1116-1122").
    public static func pageForms(_ p: String?) -> Set<String> {
        guard let p, !p.isEmpty, let f = fold(p) else { return [] }
        let folded = f.replacingOccurrences(of: "--", with: "-")
        var out: Set<String> = [folded]
        let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 2, let a = parts.first, let b = parts.last, !a.isEmpty, !b.isEmpty,
           a.allSatisfy(\.isASCIIDigit), b.allSatisfy(\.isASCIIDigit), b.count < a.count {
            out.insert("\(a)-\(a.prefix(a.count - b.count))\(b)")
        }
        return out
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
