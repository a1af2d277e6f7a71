extension ArticleTextReading {
    /// Headings printed alone on their line above a list of names, one name a line, as repository item pages
    /// print them ("Author" / "Dela Cruz, Maria Luisa" / "Bautista, Rafael").
    static let nameListHeadings: Set<String> = ["author", "authors", "author(s)", "autor", "autores", "autor(es)", "creators"]

    /// The names listed under a name-list heading in the page head, one a line up to the next blank line; each
    /// line must read as one name ("Family, Given" or "Given Family"). nil when there is no such list.
    func headedNames() -> [String]? {
        for i in head where Self.nameListHeadings.contains(lines[i].lowercased().trimmingCharacters(":")) {
            var k = i + 1
            while k < lines.count, lines[k].isEmpty { k += 1 }
            var names: [String] = []
            while k < lines.count, !lines[k].isEmpty {
                let line = lines[k]
                let parts = line.split(separator: ",")
                guard parts.count <= 2, line.utf8.count <= 80,
                      TextByline.clean(parts.reversed().joined(separator: " ").trimmingSpaces) != nil else { return nil }
                names.append(line)
                k += 1
            }
            if !names.isEmpty { return names }
        }
        return nil
    }
}
