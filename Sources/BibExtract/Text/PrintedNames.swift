/// The names read in the printed pieces of one page's lines, each piece read once: `MarkedName` (markers off) and
/// `TextByline.clean` (a name or not). The byline readings cut a line three ways (at every separator, at its first
/// comma, at its semicolons and first commas), and on most lines the three give the same first piece. A line table
/// holds one for its page; readings without a table read every piece afresh.
final class PrintedNames {
    private var marked: [String: String] = [:]
    private var cleaned: [String: String?] = [:]

    /// `MarkedName(printed).name`, read once per page.
    func marked(_ printed: String) -> String {
        if let known = marked[printed] { return known }
        let name = MarkedName(printed).name
        marked[printed] = name
        return name
    }

    /// `TextByline.clean(name)`, read once per page.
    func cleaned(_ name: String) -> String? {
        if let known = cleaned[name] { return known }
        let clean = TextByline.clean(name)
        cleaned.updateValue(clean, forKey: name)
        return clean
    }

    /// `MarkedName(printed).name`, remembered in `names` when there are any.
    static func marked(_ printed: String, in names: PrintedNames?) -> String {
        names?.marked(printed) ?? MarkedName(printed).name
    }

    /// `TextByline.clean(name)`, remembered in `names` when there are any.
    static func cleaned(_ name: String, in names: PrintedNames?) -> String? {
        guard let names else { return TextByline.clean(name) }
        return names.cleaned(name)
    }
}
