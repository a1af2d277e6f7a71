/// A text browser prints an ordered list indented, each item after its number (" 1. Martial Sankar,"), while a
/// numbered heading starts at the margin ("1. Introduction"). The page's lines come trimmed, so the indentation
/// is read from `Page.indents`. An indented item short enough to be one name (a byline printed as an ordered
/// list) loses its number before the readings, so that the byline reads as names; a longer item (a reference, a
/// citing article: several names, a title) keeps it, which keeps it out of the byline reading.
enum IndentedListMarks {
    /// The longest item, in bytes after its number, read as one name.
    static let longestName = 60

    static func dropped(_ lines: [String], indents: [Int]) -> [String] {
        guard lines.count == indents.count else { return lines }
        var out = lines
        for i in lines.indices where indents[i] > 0 {
            guard let n = LayoutTextReading.orderedMarkLength(lines[i]) else { continue }
            let item = String(lines[i].utf8.dropFirst(n))!
            if item.utf8.count <= longestName, !Self.listsSeveralNames(item) { out[i] = item }
        }
        return out
    }

    /// Whether an item goes on after a comma with a capitalised word ("Susheel Kumar Nethi, Ayan Kumar Barui"): a
    /// list of names, as a citation opens. The commas of affiliation markers ("Kazenel1,2,*,") and of a role
    /// ("Shirley V Wang, assistant professor") do not.
    static func listsSeveralNames(_ item: String) -> Bool {
        var previous: [Character] = []
        for c in item {
            if previous.count == 2, previous[0] == ",", previous[1] == " ", c.isUppercase { return true }
            previous.append(c)
            if previous.count > 2 { previous.removeFirst() }
        }
        return false
    }
}
