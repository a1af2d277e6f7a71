import BibModel
import BibParse

/// The two general readings of a text page, made once per page and shared by the extractors that ask
/// (`ArticleTextExtractor`, `LayoutTextExtractor`): the page's lines with a text browser's wrapping undone,
/// the labelled reading, the layout reading, and the record the resolver takes from them.
struct TextReadings {
    let lines: [String]
    let labelled: ArticleTextReading?
    let layout: LayoutTextReading?
    let resolved: Record?
    /// The labelled reading's record with the gaps the layout fills (`LayoutTextExtractor.filled`).
    let labelledRecord: Record?

    init(_ page: Page) {
        let printed = GluedFurniture.separated(IndentedListMarks.dropped(page.lines, indents: page.indents))
        let joined = HardWrap.joinedWithHeads(printed, indents: page.indents)
        lines = joined.lines
        let wrapped = HardWrap.mayBeHardWrapped(printed, indents: page.indents)
        let table = LineTable(lines, hardWrapped: wrapped, heads: joined.heads)
        labelled = ArticleTextReading(table)
        // The layout reading reads the lines without list marks: where none has any, both readings share one table.
        let unmarked = lines.map(LayoutTextReading.withoutListMarks)
        let layoutTable = unmarked == lines ? table : LineTable(unmarked, hardWrapped: wrapped, heads: joined.heads.map { $0.map(LayoutTextReading.withoutListMarks) })
        layout = LayoutTextReading(table: layoutTable, printed: printed.count == lines.count ? nil : printed)
        resolved = LayoutTextExtractor.resolve(layout: layout, labelled: labelled)
        let layoutReading = layout
        labelledRecord = labelled.map { LayoutTextExtractor.filled($0.record, from: layoutReading) }
    }

    /// The readings of `page`, made on first use.
    static func of(_ page: Page) -> TextReadings { page.derived(TextReadings.init) }
}
