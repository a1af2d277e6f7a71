import BibModel

/// The lines of a text page with what the readings ask about each line, each answer made once, the first time it
/// is asked. A byline search asks about a line from every candidate position above it, and a pair's score asks
/// about the same lines as its neighbours' scores: without the table those questions grow with the square of the
/// page. The answers are those of the line rules themselves (`TextByline`, `LayoutBylines`, `LayoutTextReading`,
/// `VenueLocator`, …); the table only remembers them.
final class LineTable {
    let lines: [String]
    /// Whether the lines come from a text browser's hard-wrapped dump (`HardWrap`): only there is a title broken
    /// across lines that a reading may join again.
    let hardWrapped: Bool
    /// The first printed line of each line a text browser's wrap was joined into (`HardWrap.joinedWithHeads`), nil
    /// for a line printed whole.
    let heads: [String?]

    /// The table of `lines`; `hardWrapped` as `HardWrap.mayBeHardWrapped` finds them when not given (lines already
    /// joined no longer show their wrap).
    init(_ lines: [String], hardWrapped: Bool? = nil, heads: [String?]? = nil) {
        self.lines = lines
        self.heads = heads?.count == lines.count ? heads! : Array(repeating: nil, count: lines.count)
        self.hardWrapped = hardWrapped ?? HardWrap.mayBeHardWrapped(lines)
        let n = lines.count
        names = LineMemo(n); runLines = LineMemo(n); affiliatedLines = LineMemo(n); affiliations = LineMemo(n)
        volumeLines = LineMemo(n); dois = LineMemo(n); abstractHeadings = LineMemo(n); publishedLabels = LineMemo(n)
        titles = LineMemo(n); titleScores = LineMemo(n); unwrappedTitleScores = LineMemo(n); titleSkips = LineMemo(n)
    }

    var count: Int { lines.count }
    var indices: Range<Int> { lines.indices }
    subscript(i: Int) -> String { lines[i] }

    private var names: LineMemo<TextByline.LineParts>
    private var runLines: LineMemo<TextByline.RunLine>
    private var affiliatedLines: LineMemo<LayoutBylines.AffiliatedLine>
    private var affiliations: LineMemo<Bool>
    private var volumeLines: LineMemo<VenueLocator?>
    private var dois: LineMemo<String?>
    private var abstractHeadings: LineMemo<Bool>
    private var publishedLabels: LineMemo<Bool>
    private var titles: LineMemo<Bool>
    private var titleScores: LineMemo<Int>
    private var unwrappedTitleScores: LineMemo<Int>
    private var titleSkips: LineMemo<Bool>
    /// The names read in the printed pieces of the lines, each piece read once for every byline reading.
    let printed = PrintedNames()
    /// Lines holding a needle's bytes, by needle (`lines(holding:)`).
    private var holders: [String: [Int]] = [:]
    /// The lines of at most `holderLineLimit` bytes, each followed by a line feed (longer lines left empty).
    private lazy var joined: (bytes: [UInt8], starts: [Int]) = {
        var bytes: [UInt8] = []
        var starts: [Int] = []
        starts.reserveCapacity(lines.count + 1)
        for line in lines {
            starts.append(bytes.count)
            if line.utf8.count <= Self.holderLineLimit { bytes.append(contentsOf: line.utf8) }
            bytes.append(0x0A)
        }
        starts.append(bytes.count)
        return (bytes, starts)
    }()

    /// `TextByline.names(inLine:)` of line `i`.
    func names(_ i: Int) -> [String]? { parts(i).names }

    /// What the byline readings take from the parts of line `i`.
    private func parts(_ i: Int) -> TextByline.LineParts {
        if case .known(let v) = names[i] { return v }
        return names.store(TextByline.LineParts(lines[i], printed: printed), at: i)
    }

    /// What a one-name-per-line byline reads on line `i` (`TextByline.RunLine`).
    func runLine(_ i: Int) -> TextByline.RunLine {
        if case .known(let v) = runLines[i] { return v }
        return runLines.store(TextByline.RunLine(lines[i], parts: { parts(i).run }), at: i)
    }

    /// What a "Name, Affiliation" byline reads on line `i` (`LayoutBylines.AffiliatedLine`).
    func affiliatedLine(_ i: Int) -> LayoutBylines.AffiliatedLine {
        if case .known(let v) = affiliatedLines[i] { return v }
        return affiliatedLines.store(LayoutBylines.AffiliatedLine(lines[i], printed: printed), at: i)
    }

    /// Whether line `i` names an institution (`TextByline.isAffiliation` of the lower-cased line).
    func isAffiliation(_ i: Int) -> Bool {
        if case .known(let v) = affiliations[i] { return v }
        return affiliations.store(TextByline.isAffiliation(line: lines[i]), at: i)
    }

    /// The volume line `VenueLocator(volumeLine:)` reads on line `i`.
    func volumeLine(_ i: Int) -> VenueLocator? {
        if case .known(let v) = volumeLines[i] { return v }
        return volumeLines.store(VenueLocator(volumeLine: lines[i]), at: i)
    }

    /// The first DOI printed on line `i`.
    func doi(_ i: Int) -> String? {
        if case .known(let v) = dois[i] { return v }
        return dois.store(lines[i].containsBytes("10.") ? DOI.parse(lines[i]) : nil, at: i)
    }

    /// Whether line `i` is an abstract heading (`ArticleTextReading.abstractHeading`).
    func isAbstractHeading(_ i: Int) -> Bool {
        if case .known(let v) = abstractHeadings[i] { return v }
        return abstractHeadings.store(ArticleTextReading.abstractHeading(lines[i]) != nil, at: i)
    }

    /// Whether line `i` starts with a published label (`LayoutTextReading.isPublishedLabel`).
    func isPublishedLabel(_ i: Int) -> Bool {
        if case .known(let v) = publishedLabels[i] { return v }
        return publishedLabels.store(LayoutTextReading.isPublishedLabel(lines[i]), at: i)
    }

    /// `LayoutTextReading.isTitle` of line `i`.
    func isTitle(_ i: Int) -> Bool {
        if case .known(let v) = titles[i] { return v }
        return titles.store(LayoutTextReading.isTitle(lines[i], names: { names(i) }), at: i)
    }

    /// `LayoutTextReading.titleScore` of line `i`.
    func titleScore(_ i: Int) -> Int {
        if case .known(let v) = titleScores[i] { return v }
        return titleScores.store(LayoutTextReading.titleScore(lines[i]), at: i)
    }

    /// `LayoutTextReading.titleScore` of line `i` with the lines a text browser broke off it (`unwrapped`).
    func unwrappedTitleScore(_ i: Int) -> Int {
        if case .known(let v) = unwrappedTitleScores[i] { return v }
        return unwrappedTitleScores.store(LayoutTextReading.titleScore(LayoutTextReading.unwrapped(i, in: lines, hardWrapped: hardWrapped)), at: i)
    }

    /// Whether a title search passes over line `i` without counting it (`LayoutTextReading.isSkippedAboveByline`).
    func isSkippedAboveByline(_ i: Int) -> Bool {
        if case .known(let v) = titleSkips[i] { return v }
        return titleSkips.store(LayoutTextReading.isSkippedAboveByline(lines[i]), at: i)
    }

    /// The abstract block of the page (`ArticleTextReading.abstract`), read once for both readings.
    /// The venue the page's details table states (`DetailsTable`), read once for both readings.
    private(set) lazy var details: VenueLocator? = DetailsTable(lines, limit: LayoutTextReading.maxLines).venue

    private(set) lazy var abstract: (heading: Int, paragraphs: [String], end: Int)? = ArticleTextReading.abstract(self)

    /// How many tail headings (`ArticleTextReading.isTailHeading`) stand before each line, and in all.
    private lazy var tailHeadingsBefore: [Int] = {
        var out = [0]
        out.reserveCapacity(lines.count + 1)
        for line in lines { out.append(out[out.count - 1] + (ArticleTextReading.isTailHeading(line) ? 1 : 0)) }
        return out
    }()

    /// Whether a line of `range` is a tail heading ("References", "Cited by (14)").
    func tailHeadings(in range: ClosedRange<Int>) -> Bool {
        tailHeadingsBefore[range.upperBound + 1] > tailHeadingsBefore[range.lowerBound]
    }

    /// The first tail heading of `range` that opens a section, nil when it has none: a tab among tabs ("Figures",
    /// "Tables", "References" under an article's header) opens none.
    func firstTailHeading(in range: Range<Int>) -> Int? {
        guard !range.isEmpty, tailHeadings(in: range.lowerBound...(range.upperBound - 1)) else { return nil }
        return range.first { tailHeadingsBefore[$0 + 1] > tailHeadingsBefore[$0] && !LayoutTextReading.isTabLine($0, before: count, in: self) }
    }

    /// The longest line `lines(holding:)` looks into (bytes).
    static let holderLineLimit = 1_000

    /// The lines of at most `holderLineLimit` bytes whose bytes hold `needle`'s, in order; found in one pass over
    /// the page's bytes, and remembered per needle.
    func lines(holding needle: String) -> [Int] {
        if let known = holders[needle] { return known }
        var found: [Int] = []
        let pin = Array(needle.utf8)
        if pin.contains(0x0A) || pin.isEmpty {
            found = lines.indices.filter { lines[$0].utf8.count <= Self.holderLineLimit && lines[$0].containsBytes(needle) }
        } else {
            let (bytes, starts) = joined
            var from = 0
            var line = 0
            while let hit = ByteSearch.firstIndex(of: pin, in: bytes, from: from) {
                // The line the hit is in: the last start at or before it.
                var lo = line, hi = starts.count - 1
                while lo < hi {
                    let mid = (lo + hi + 1) / 2
                    if starts[mid] <= hit { lo = mid } else { hi = mid - 1 }
                }
                found.append(lo)
                line = lo + 1
                from = starts[line]
            }
        }
        holders[needle] = found
        return found
    }
}

/// One remembered answer per line: not asked yet, or known.
struct LineMemo<Value> {
    enum Slot {
        case unknown
        case known(Value)
    }

    private var slots: [Slot]

    init(_ count: Int) { slots = Array(repeating: .unknown, count: count) }

    subscript(i: Int) -> Slot { slots[i] }

    /// Remembers `value` for line `i` and returns it.
    mutating func store(_ value: Value, at i: Int) -> Value {
        slots[i] = .known(value)
        return value
    }
}
