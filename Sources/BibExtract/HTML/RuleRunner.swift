import Foundation
import BibParse

/// Applies `VisibleRule`s to a document and `TextRule`s to its visible text, producing candidates.
public enum RuleRunner {
    /// How much visible text the heuristics read.
    static let textWindow = 40_000

    public static func visible(_ doc: MarkupDocument, rules: [VisibleRule]) -> [Candidate] {
        var out: [Candidate] = []
        for rule in rules {
            let rule_ = "visible:" + rule.xpath
            switch rule.reading {
            case .attribute(let name):
                for raw in doc.attributeValues(rule.xpath, name) {
                    guard let v = TextCleaner.clean(raw) else { continue }
                    out.append(Candidate(rule.slot, v, layer: .visible, rule: rule_, weak: rule.weak))
                    if !rule.all { break }
                }
            case .nameSpans(let familyClass, let givenClass):
                for node in doc.nodes(rule.xpath) {
                    guard let family = node.firstDescendant(classContaining: familyClass).flatMap({ TextCleaner.clean($0.text) })
                    else { continue }
                    let given = node.firstDescendant(classContaining: givenClass).flatMap { TextCleaner.clean($0.text) }
                    out.append(Candidate(.author, given.map { "\(family), \($0)" } ?? family, layer: .visible,
                                         rule: rule_, weak: rule.weak))
                    if !rule.all { break }
                }
            case .byline(let affiliations):
                guard let lines = doc.lines(rule.xpath).first else { continue }
                for name in Byline.names(lines, affiliations: affiliations) {
                    out.append(Candidate(.author, name, layer: .visible, rule: rule_, weak: rule.weak))
                }
            case .pattern(let regex, let slots):
                var first: String? = nil
                doc.forEachString(rule.xpath) { raw in
                    first = TextCleaner.clean(raw)
                    return first == nil
                }
                guard let text = first else { continue }
                out += matches(text, regex, slots, layer: .visible, rule: rule_, weak: rule.weak)
            case .text:
                doc.forEachString(rule.xpath) { raw in
                    guard let clean = TextCleaner.clean(raw) else { return true }
                    let v = rule.slot == .abstract ? AbstractLead.droppingLanguageTag(dropPrefix(clean, rule.dropPrefixes))
                        : dropPrefix(clean, rule.dropPrefixes)
                    guard !v.isEmpty else { return true }
                    out.append(Candidate(rule.slot, v, layer: .visible, rule: rule_, weak: rule.weak))
                    return rule.all
                }
            }
        }
        return out
    }

    /// Candidates from the first match of `regex` in `text`, one per capture group.
    static func matches(_ text: String, _ regex: String, _ slots: [Slot], layer: HTMLLayer, rule: String,
                        weak: Bool) -> [Candidate] {
        guard let re = RegexCache.shared.regex(regex),
              let m = re.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) else { return [] }
        return candidates(m, in: text, slots, layer: layer, rule: rule, weak: weak)
    }

    /// One candidate per capture group of `match` (found in `text`) that matched something.
    static func candidates(_ match: NSTextCheckingResult, in text: String, _ slots: [Slot], layer: HTMLLayer,
                           rule: String, weak: Bool) -> [Candidate] {
        let ns = text as NSString
        var out: [Candidate] = []
        for (i, slot) in slots.enumerated() where i + 1 < match.numberOfRanges {
            let r = match.range(at: i + 1)
            guard r.location != NSNotFound, let v = TextCleaner.clean(ns.substring(with: r)) else { continue }
            out.append(Candidate(slot, v, layer: layer, rule: rule, weak: weak))
        }
        return out
    }

    /// Candidates from each text rule's first match in the start of the visible text.
    public static func text(_ text: String, rules: [TextRule]) -> [Candidate] {
        // A text of at most `textWindow` bytes has at most that many characters: it is its own window.
        let window = TextWindow(text.utf8.count <= textWindow ? text : String(text.prefix(textWindow)))
        return rules.flatMap { rule -> [Candidate] in
            guard let re = RegexCache.shared.regex(rule.pattern),
                  let (m, found) = window.firstMatch(re, anchor: rule.anchor) else { return [] }
            return candidates(m, in: found, rule.slots, layer: .text, rule: "text:" + rule.pattern, weak: rule.weak)
        }
    }

    /// `value` without a leading label such as "Abstract" or "Summary:" (case-insensitive).
    static func dropPrefix(_ value: String, _ prefixes: [String]) -> String {
        // The lower-cased head decides `hasPrefix` (lower-casing never merges characters).
        let lower = value.prefix((prefixes.map(\.count).max() ?? 0) + 1).lowercasedScalars
        for p in prefixes where lower.hasPrefix(p) {
            var rest = value.dropFirst(p.count)
            while let f = rest.first, f == ":" || f == "." || f.isWhitespace { rest = rest.dropFirst() }
            return String(rest)
        }
        return value
    }
}
