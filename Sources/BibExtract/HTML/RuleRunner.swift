import Foundation
import BibParse

/// Applies `VisibleRule`s to a document and `TextRule`s to its visible text, producing candidates.
public enum RuleRunner {
    /// How much visible text the heuristics read.
    static let textWindow = 40_000

    public static func visible(_ doc: MarkupDocument, rules: [VisibleRule]) -> [Candidate] {
        var out: [Candidate] = []
        for rule in rules {
            let values = rule.attribute.map { doc.attributeValues(rule.xpath, $0) } ?? doc.strings(rule.xpath)
            var taken = 0
            for raw in values {
                guard var v = TextCleaner.clean(raw) else { continue }
                v = dropPrefix(v, rule.dropPrefixes)
                guard !v.isEmpty else { continue }
                out.append(Candidate(rule.slot, v, layer: .visible, rule: "visible:" + rule.xpath, weak: rule.weak))
                taken += 1
                if !rule.all { break }
            }
            _ = taken
        }
        return out
    }

    public static func text(_ text: String, rules: [TextRule]) -> [Candidate] {
        let window = String(text.prefix(textWindow))
        let ns = window as NSString
        var out: [Candidate] = []
        for rule in rules {
            guard let re = try? NSRegularExpression(pattern: rule.pattern),
                  let m = re.firstMatch(in: window, range: NSRange(location: 0, length: ns.length)) else { continue }
            for (i, slot) in rule.slots.enumerated() where i + 1 < m.numberOfRanges {
                let r = m.range(at: i + 1)
                guard r.location != NSNotFound, let v = TextCleaner.clean(ns.substring(with: r)) else { continue }
                out.append(Candidate(slot, v, layer: .text, rule: "text:" + rule.pattern, weak: rule.weak))
            }
        }
        return out
    }

    /// `value` without a leading label such as "Abstract" or "Summary:" (case-insensitive).
    static func dropPrefix(_ value: String, _ prefixes: [String]) -> String {
        let lower = value.lowercased()
        for p in prefixes where lower.hasPrefix(p) {
            var rest = value.dropFirst(p.count)
            while let f = rest.first, f == ":" || f == "." || f.isWhitespace { rest = rest.dropFirst() }
            return String(rest)
        }
        return value
    }
}
