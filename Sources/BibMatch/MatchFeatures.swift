import BibModel

/// Everything the matcher compares, computed once per record: folded title words, family names,
/// year, identifiers, container, locators and abstract shingles. A class: every candidate pair reads two
/// records' features, and a reference is passed without retaining each of the many arrays and strings.
final class MatchFeatures: Sendable {
    /// Folded title words without trailing database notes; empty when the record has no title.
    let titleWords: [String]
    /// The folded title without spaces, for character-level comparison.
    let titleKey: [UInt8]
    /// Hashes of the title words in singular form, sorted and unique, and the same for the words that
    /// are not filler (for Dice and overlap counts; hashes keep a million records' features small).
    let titleStems: [UInt64]
    let contentStems: [UInt64]
    /// Numbers printed in the title ("16", "2009"): two works differing only in them are different.
    let titleNumbers: Set<String>
    /// Population and design words of the title in singular form (`TitleQualifiers`), and their hashes.
    let qualifiers: Set<String>
    let qualifierStems: [UInt64]
    /// Hashes of the title's words that are numbers, sorted.
    let numberStems: [UInt64]
    /// Hash of `titleKey`, for the recurring-title count.
    let titleHash: UInt64
    let shape: TitleShape
    /// The authors in order, reduced for comparison (group authors included).
    let authors: [AuthorKey]
    /// The people of `authors` as the author comparison reads them: group authors left out, and lone-word
    /// fragments too unless nothing else is left (`FieldSimilarity.comparedAuthors`).
    let comparedAuthors: [AuthorKey]
    let authorsTruncated: Bool
    let year: Int?
    let doi: String?
    let pmid: String?
    let arxiv: String?
    let isPreprint: Bool
    /// Whether the source stated the kind of work at all.
    let hasType: Bool
    let venue: VenueName?
    let volume: String?
    let issue: String?
    let pages: PageRange?
    /// First author, year and title, the second order of a big block (`BlockSearch`).
    let authorOrderKey: [UInt8]
    /// Hashes of three-word shingles of the abstract (section labels removed).
    let abstractShingles: Set<UInt64>

    /// Words too common to count as shared topic words.
    static let stopWords: Set<String> = ["a", "an", "the", "of", "in", "on", "for", "and", "or", "to", "with", "by", "at", "from",
                                         "as", "is", "are", "be", "its", "their", "this", "that", "into", "via", "using", "we", "our",
                                         "de", "la", "le", "et", "der", "die", "und", "el", "en"]
    /// Headings of structured abstracts, which one source prints and another drops.
    static let abstractLabels: Set<String> = ["abstract", "background", "methods", "method", "results", "result", "conclusions",
                                              "conclusion", "objective", "objectives", "aims", "aim", "purpose", "introduction",
                                              "discussion", "findings", "design", "setting", "participants", "interpretation",
                                              "significance", "context"]
    /// More authors than this are not compared one by one (consortium papers list hundreds).
    static let authorLimit = 60

    convenience init(_ record: Record) {
        var cache = FeatureCache()
        self.init(record, cache: &cache)
    }

    /// The features of `record`, its authors and container reduced through `cache`.
    init(_ record: Record, cache: inout FeatureCache) {
        let split = record.title.map { TitleShape.splittingNotes(TextFolding.droppingTags($0)) }
        let words = split.map { TextFolding.words($0.title) } ?? []
        titleWords = words
        titleKey = Array(words.joined().utf8)
        titleStems = Self.stemHashes(words)
        contentStems = Self.stemHashes(words.lazy.filter { !Self.stopWords.contains($0) })
        titleNumbers = split.map { Self.numbers(inTitleWithoutNotes: $0.title) } ?? []
        qualifiers = TitleQualifiers.of(words)
        qualifierStems = qualifiers.map { StableHash.of($0) }.sorted()
        numberStems = Self.stemHashes(words.lazy.filter { $0.allSatisfy(\.isNumber) })
        titleHash = StableHash.of(titleKey)
        // Part numbers may sit in a parenthesised note ("(part II)"), so the shape reads the whole title.
        shape = TitleShape(title: record.title, notes: split?.notes ?? "")

        authors = record.authors.prefix(Self.authorLimit).compactMap { cache.author($0) }
        comparedAuthors = FieldSimilarity.comparedAuthors(authors)
        authorsTruncated = record.authorsTruncated

        let y = record.issued?.year
        year = (y ?? 0) > 0 ? y : nil
        doi = record.doi
        pmid = record.pmid
        arxiv = record.arxiv
        isPreprint = record.type == .preprint
        hasType = record.type != nil
        venue = cache.venue(record.containerTitle) ?? cache.venue(record.containerTitleShort)
        volume = record.volume.map { TextFolding.fold($0) }.flatMap { $0.isEmpty ? nil : $0 }
        issue = record.issue.map { TextFolding.fold($0) }.flatMap { $0.isEmpty ? nil : $0 }
        pages = PageRange(record.page)
        abstractShingles = record.abstract.map(Self.shingles) ?? []
        authorOrderKey = Array((authors.first?.family ?? "").utf8) + [0] + Array(String(year ?? 0).utf8) + [0] + titleKey
    }

    var firstFamily: String? { authors.first?.family }
    var hasTitle: Bool { !titleWords.isEmpty }

    /// Numbers in a title, with thousands separators removed ("10,000" and "10 000" give "10000").
    static func numbers(inTitleWithoutNotes title: String) -> Set<String> {
        // ASCII text is read byte by byte (each byte is one character); other text character by character.
        if title.utf8.allSatisfy({ $0 < 0x80 }) {
            let bytes = Array(title.utf8)
            return digitRuns(count: bytes.count, digit: { (0x30...0x39).contains(bytes[$0]) ? bytes[$0] : nil },
                             separator: { bytes[$0] == UInt8(ascii: ",") || bytes[$0] == UInt8(ascii: " ") })
        }
        let chars = Array(title)
        return digitRuns(count: chars.count, digit: { chars[$0].isASCII && chars[$0].isNumber ? chars[$0].asciiValue : nil },
                         separator: { chars[$0] == "," || chars[$0] == " " })
    }

    /// The runs of ASCII digits among `count` characters, `digit(k)` giving the k-th one's byte when it is a digit.
    private static func digitRuns(count n: Int, digit: (Int) -> UInt8?, separator: (Int) -> Bool) -> Set<String> {
        var out = Set<String>()
        var current: [UInt8] = []
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < n && digit(k) != nil }
        while i < n {
            if let d = digit(i) {
                current.append(d); i += 1
                // A separator followed by exactly three digits continues the number.
                if !isDigit(i), i < n, separator(i), isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
                    i += 1
                }
            } else {
                if !current.isEmpty { out.insert(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
                i += 1
            }
        }
        if !current.isEmpty { out.insert(String(decoding: current, as: UTF8.self)) }
        return out
    }

    /// Sorted unique hashes of words in singular form.
    static func stemHashes<S: Sequence<String>>(_ words: S) -> [UInt64] {
        Array(Set(words.map { StableHash.of(FieldSimilarity.singular($0)) })).sorted()
    }

    /// Three-word shingles of a text, hashed with FNV-1a (stable across runs, unlike `Hasher`).
    static func shingles(_ text: String) -> Set<UInt64> {
        let words = TextFolding.words(text).filter { !abstractLabels.contains($0) }
        guard words.count >= 3 else { return [] }
        var out = Set<UInt64>()
        out.reserveCapacity(words.count)
        for i in 0...(words.count - 3) {
            out.insert(StableHash.of(words[i] + " " + words[i + 1] + " " + words[i + 2]))
        }
        return out
    }
}

/// FNV-1a over UTF-8: a hash that stays the same from run to run, so block keys can be stored.
enum StableHash {
    static func of(_ s: String) -> UInt64 { of(s.utf8) }

    static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }
}
