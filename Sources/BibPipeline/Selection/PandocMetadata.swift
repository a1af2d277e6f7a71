import Yams

/// Citations in a Pandoc YAML metadata block. Pandoc reads string values as Markdown, so `@key` in a title or
/// abstract cites; `nocite` lists works to include uncited, where `@*` means all. Fields whose names end in `_`
/// are ignored by Pandoc, and `references` holds bibliography data, not citations.
enum PandocMetadata {
    static func isMapping(_ yaml: String) -> Bool {
        if case .mapping = (try? Yams.compose(yaml: yaml)) ?? nil { return true }
        return false
    }

    static func scan(_ yaml: String, into cited: inout CitedKeys) {
        guard case .mapping(let fields)? = (try? Yams.compose(yaml: yaml)) ?? nil else { return }
        for (name, value) in fields {
            guard let name = name.string, !name.hasSuffix("_"), name != "references" else { continue }
            scan(value, wildcard: name == "nocite", into: &cited)
        }
    }

    private static func scan(_ node: Node, wildcard: Bool, into cited: inout CitedKeys) {
        switch node {
        case .scalar(let scalar):
            PandocInlineScanner.scan(scalar.string, wildcard: wildcard, into: &cited)
        case .sequence(let items):
            items.forEach { scan($0, wildcard: wildcard, into: &cited) }
        case .mapping(let fields):
            for (name, value) in fields where !(name.string ?? "").hasSuffix("_") {
                scan(value, wildcard: wildcard, into: &cited)
            }
        case .alias:
            break
        }
    }
}
