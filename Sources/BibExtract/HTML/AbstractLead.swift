/// What a page prints before an abstract's text that is no part of it: the name of the abstract's language, in
/// lower case, where a site lists one abstract per language ("español Se analiza …", "english This paper …").
enum AbstractLead {
    static let languageTags: Set<String> = ["español", "english", "português", "portugués", "français", "deutsch", "italiano",
                                            "català", "galego", "euskara", "inglés", "castellano"]

    /// `text` without a lower-case language name that opens it before a capitalised word.
    static func droppingLanguageTag(_ text: String) -> String {
        guard let first = text.first, first.isLowercase, let space = text.firstIndex(of: " ") else { return text }
        let word = String(text[..<space])
        let rest = text[text.index(after: space)...].drop { $0 == " " }
        guard languageTags.contains(word), rest.first?.isUppercase == true else { return text }
        return String(rest)
    }
}
