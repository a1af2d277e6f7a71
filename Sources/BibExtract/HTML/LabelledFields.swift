/// Fields printed as label/value pairs (`dt`/`dd`, `th`/`td`, a bold label and its sibling), as Chinese
/// aggregator and journal pages print them: "作者：", "刊名：", "摘要：", "DOI：". The label is compared whole,
/// without its colon (ASCII or full-width). The labels hold no ASCII (the text heuristics read "DOI：").
public enum LabelledFields {
    /// How the value next to a label is read.
    enum Value { case text, names, pattern(String, [Slot]) }

    /// Each label and the slot its value states.
    static let labels: [(label: String, slot: Slot, value: Value)] = [
        ("作者", .author, .names), ("刊名", .journal, .text), ("期刊", .journal, .text), ("来源期刊", .journal, .text),
        ("摘要", .abstract, .text), ("页码", .pages, .text),
        ("年，卷(期)", .date, .pattern(#"((?:19|20)\d\d)\s*[,，]\s*(\d+)\s*\((\w+)\)"#, [.date, .volume, .issue])),
        ("年,卷(期)", .date, .pattern(#"((?:19|20)\d\d)\s*[,，]\s*(\d+)\s*\((\w+)\)"#, [.date, .volume, .issue])),
    ]

    /// The value element next to the label `label` (a header cell next to it is another label, not a value).
    static func valueXPath(_ label: String) -> String {
        "//*[self::dt or self::th or self::td or self::span or self::b or self::strong]"
            + "[translate(normalize-space(.), ':：', '')='\(label)']/following-sibling::*[1][not(self::th)]"
    }

    /// The visible rules of the labels that `text` (the page's visible text) holds: a page without them pays
    /// for no tree walk.
    public static func rules(present text: String) -> [VisibleRule] {
        let headed = HeadedFields.rules
        guard text.utf8.contains(where: { $0 >= 0xE0 }) else { return headed }
        return zip(labels, rules).filter { text.containsBytes($0.0.label) }.flatMap(\.1) + headed
    }

    /// The visible rules the table stands for, one list per label in table order. Names are read from their
    /// links, else from the value split at commas.
    static let rules: [[VisibleRule]] = labels.map { l in
        switch l.value {
        case .text: return [VisibleRule(valueXPath(l.label), l.slot)]
        case .names: return [VisibleRule(valueXPath(l.label) + "//a", l.slot, all: true),
                             VisibleRule(valueXPath(l.label) + "[not(.//a)]", l.slot, reading: .byline(affiliations: false))]
        case .pattern(let regex, let slots): return [.pattern(valueXPath(l.label), regex, slots)]
        }
    }
}
