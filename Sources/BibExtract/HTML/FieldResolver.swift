import BibModel

/// Decides each slot from the candidates of all layers by one stated rule, not by the order of code:
///
/// 1. A candidate that fails the slot's validator (`SlotValidator`) is dropped.
/// 2. Weak candidates (page descriptions, online or deposit dates, `<title>`) count only when the slot has
///    no strong candidate.
/// 3. The remaining candidates are grouped by value (compared in a folded form; dates by year). The group
///    stated by the most distinct layers wins; a tie goes to the group holding the best-ranked layer.
/// 4. Inside the winning group, the value of the best-ranked layer is kept (its spelling wins).
///
/// Author lists are resolved as wholes: the list from the best-ranked strong rule wins.
public enum FieldResolver {
    /// The winning candidate for `slot`, or nil.
    public static func resolve(_ slot: Slot, _ all: [Candidate]) -> Candidate? {
        let valid = all.filter { $0.slot == slot && SlotValidator.accepts($0) }
        let strong = valid.filter { !$0.weak }
        let pool = strong.isEmpty ? valid : strong
        guard !pool.isEmpty else { return nil }
        var groups: [(key: String, members: [Candidate])] = []
        for c in pool {
            let k = key(slot, c.value)
            if let i = groups.firstIndex(where: { $0.key == k }) { groups[i].members.append(c) }
            else { groups.append((k, [c])) }
        }
        func support(_ g: [Candidate]) -> Int { Set(g.map(\.layer)).count }
        func best(_ g: [Candidate]) -> Int { g.map(\.layer.rawValue).min() ?? Int.max }
        let winner = groups.enumerated().min { a, b in
            let (sa, sb) = (support(a.element.members), support(b.element.members))
            if sa != sb { return sa > sb }
            let (ba, bb) = (best(a.element.members), best(b.element.members))
            if ba != bb { return ba < bb }
            return a.offset < b.offset
        }
        return winner?.element.members.min { $0.layer < $1.layer }
    }

    /// The author list: candidates of the best-ranked rule (strong rules first), in page order.
    public static func authors(_ all: [Candidate]) -> (people: [Person], rule: String)? {
        let named = all.filter { ($0.slot == .author || $0.slot == .authorList) && SlotValidator.accepts($0) }
        let strong = named.filter { !$0.weak }
        let pool = strong.isEmpty ? named : strong
        guard let top = pool.min(by: { $0.layer < $1.layer }) else { return nil }
        let rule = top.rule
        let members = pool.filter { $0.rule == rule }
        let single = members.filter { $0.slot == .author }.map(\.value)
        let people = single.isEmpty ? members.flatMap { NameReader.people($0.value) } : NameReader.persons(single)
        return people.isEmpty ? nil : (people, rule)
    }

    /// The form two values of a slot are compared in.
    static func key(_ slot: Slot, _ value: String) -> String {
        switch slot {
        case .doi: return DOI.parse(value) ?? value
        case .date, .onlineDate: return PartialDate.parse(value).map { String($0.year) } ?? value
        default:
            // Lower-cased letters and digits only, in one pass: ASCII bytes directly, other scalars through their
            // lower-case mapping (each scalar of it kept when it is a letter).
            var folded: [UInt8] = []
            folded.reserveCapacity(value.utf8.count)
            func keep(_ s: Unicode.Scalar) {
                if s.isASCII {
                    if ("a"..."z").contains(s) || ("0"..."9").contains(s) { folded.append(UInt8(s.value)) }
                } else if s.properties.isAlphabetic {
                    folded.append(contentsOf: UTF8.encode(s)!)
                }
            }
            for s in value.unicodeScalars {
                if s.isASCII {
                    let b = UInt8(s.value)
                    keep(Unicode.Scalar((0x41...0x5A).contains(b) ? b | 0x20 : b))
                } else if s.properties.changesWhenLowercased {
                    s.properties.lowercaseMapping.unicodeScalars.forEach(keep)
                } else {
                    keep(s)
                }
            }
            return String(decoding: folded, as: UTF8.self)
        }
    }
}
