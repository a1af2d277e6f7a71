import BibModel
import BibParse

/// Reads Chinese academic aggregator pages dumped as text: the title on the first line, then blocks under
/// Chinese field labels (作者 authors, 机构 affiliations, 关键词 keywords, D O I, 摘要 abstract), then a
/// 相关论文 (related papers) list that never belongs to the record.
///
/// Authors are printed family-first with bracketed affiliation numbers ("Riley, Fleur [1 ]"), and the
/// affiliations as "[1] Univ Durham, Dept Psychol, …" (Web of Science style records mirrored in China).
public struct ChineseLabelTextExtractor: Extractor {
    public let id = "cn-label-text"

    public init() {}

    /// Field labels, longest first where one label starts another.
    static let labels: [(label: String, slot: LabelSlot)] = [
        ("作者单位", .affiliations), ("作者", .authors), ("机构", .affiliations), ("单位", .affiliations),
        ("关键词", .keywords), ("关键字", .keywords), ("D O I", .doi), ("DOI", .doi), ("摘要", .abstract),
        ("期刊", .journal), ("刊名", .journal), ("来源", .journal), ("出版社", .publisher), ("出版年", .date),
        ("发表时间", .date), ("发表日期", .date), ("年份", .date), ("卷", .volume), ("期", .issue), ("页码", .pages),
        ("语种", .language), ("ISSN", .issn), ("PMID", .pmid),
        ("中图分类号", .ignore), ("学科分类号", .ignore), ("被引", .ignore), ("引用", .ignore), ("收藏", .ignore),
        ("页数", .ignore), ("基金", .ignore), ("下载", .ignore), ("分享", .ignore),
        ("相关论文", .end), ("参考文献", .end), ("引证文献", .end), ("相似文献", .end),
    ]

    /// Labels that, seen on their own, say the page is an aggregator record.
    static let evidenceLabels: Set<String> = ["作者", "机构", "作者单位", "关键词", "关键字", "摘要", "相关论文", "中图分类号"]

    public func recognizes(_ page: Page) -> Int? {
        guard page.kind == .text, TextLines.hasHan(page.text) else { return nil }
        let blocks = LabelBlocks(lines: page.lines, table: Self.labels)
        let found = Set(blocks.labels).intersection(Self.evidenceLabels)
        guard found.contains("作者") || found.contains("摘要"), found.count >= 2 else { return nil }
        return min(40 + 15 * found.count, 90)
    }

    public func extract(_ page: Page) throws -> [Record] {
        let lines = page.lines
        let blocks = LabelBlocks(lines: lines, table: Self.labels)
        var r = Record()
        let head = lines[..<(blocks.firstLabelLine ?? lines.count)].filter { !$0.isEmpty && $0 != "|" }
        guard let title = head.first else { throw ExtractError.noArticle("labelled page without a title line") }
        r.title = title
        r.note(.title, "cn-label-text:first-line")

        readAuthors(blocks, into: &r)
        if let kw = blocks.values(.keywords) {
            r.keywords = kw.lines.joined(separator: ";").split { $0 == ";" || $0 == "；" }
                .map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            if !r.keywords.isEmpty { r.note(.keyword, "label:" + kw.label) }
        }
        if let d = blocks.values(.doi), let doi = DOI.parse(d.lines.joined(separator: " ")) {
            r.doi = doi; r.note(.doi, "label:" + d.label)
        }
        if let a = blocks.values(.abstract) {
            let paragraphs = TextLines.paragraphs(a.lines, 0..<a.lines.count)
            if !paragraphs.isEmpty { r.abstract = paragraphs.joined(separator: "\n"); r.note(.abstract, "label:" + a.label) }
        }
        LabelFields.readPlain(blocks, into: &r)
        return [r]
    }

    /// One author per line ("Riley, Fleur [1 ]"), or several on one line separated by ";".
    private func readAuthors(_ blocks: LabelBlocks, into r: inout Record) {
        guard let a = blocks.values(.authors) else { return }
        let raw = a.lines.flatMap { $0.split { $0 == ";" || $0 == "；" } }.map(String.init)
        let marked = raw.map(MarkedName.init).filter { !$0.name.isEmpty }
        var people: [Person] = []
        var markers: [[String]] = []
        for m in marked {
            guard let p = Person.parse(m.name, order: .auto) else { continue }
            people.append(p); markers.append(m.markers)
        }
        guard !people.isEmpty else { return }
        people.attach(affiliations: LabelFields.affiliations(blocks), markers: markers)
        r.authors = people
        r.note(.author, "label:" + a.label)
    }
}
