import BibModel
import BibParse

/// The page's visible text read the way a text dump of it is read (`LayoutTextReading`), for pages whose markup
/// names no author: when the title the reading finds above a byline is a title the page's metadata states, the
/// byline's names become author candidates of the text layer. They are weak: any other layer's author wins.
enum TextLayer {
    /// The rule the byline's candidates carry.
    static let bylineRule = "text:layout-byline"

    /// How much of the visible text (UTF-8 bytes) is read for the byline: a page header is near the top.
    static let textLimit = 256 * 1024

    /// Author candidates from the byline under the page's own title, or none.
    static func authorCandidates(_ doc: MarkupDocument, titles: Set<String>) -> [Candidate] {
        guard !titles.isEmpty else { return [] }
        let lines = doc.textLines(limit: textLimit)
        guard let reading = LayoutTextReading(lines), titles.contains(FieldResolver.key(.title, reading.titleText)) else { return [] }
        return reading.byline.names.map { Candidate(.author, $0, layer: .text, rule: bylineRule, weak: true) }
    }
}
