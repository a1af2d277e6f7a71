import BibModel
import Foundation
import Synchronization

/// ISO 4 journal-title abbreviations computed from the List of Title Word Abbreviations (LTWA).
///
/// The LTWA (ISSN International Centre, version of 2017-09-14) is read from `Resources/LTWA_20170914.tsv`
/// (see `Resources/README.md` for its origin). Each row is a word or word stem and its abbreviation: `journal` →
/// `j.`; a stem ending in `-` matches every word it begins (`academ-` → `acad.` for "Academy", "Academic"); a
/// stem starting with `-` matches word endings; `n.a.` means the word is never abbreviated.
///
/// The rules applied (ISO 4:1997, as summarised by the ISSN Centre):
/// - a title of one word is not abbreviated ("Nature", "Psychoneuroendocrinology");
/// - articles, prepositions and conjunctions are left out ("of", "the", "&", "und", "de la"), except a single
///   letter at the end of the title ("Physical Review A");
/// - every other word is replaced by its LTWA abbreviation (the longest matching row; among rows for the same
///   stem, the one for the work's language, then one marked `mul` or `eng`), hyphenated compounds part by part;
///   words the list does not hold are kept whole;
/// - capitals are kept from the title word; punctuation other than hyphens is dropped.
public struct ISO4: Sendable {
    struct Row: Sendable {
        var abbreviation: String?
        /// The row's languages as the LTWA lists them: comma-separated ISO 639-2 codes.
        var languageList: String

        /// Whether the row lists this language code.
        func lists(_ code: String) -> Bool {
            languageList.split(separator: ",").contains { String($0).trimmingSpaces == code }
        }
    }

    private var exact: [String: [Row]] = [:]
    private var prefixes: [String: [Row]] = [:]
    private var suffixes: [String: [Row]] = [:]
    private var longestStem = 0

    /// Articles, prepositions and conjunctions ISO 4 leaves out (English, German, French, Spanish, Italian,
    /// Portuguese, Dutch, Scandinavian).
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "for", "to", "at", "by", "with", "from", "into", "&", "+",
        "und", "der", "die", "das", "des", "dem", "den", "fur", "im", "zur", "zum", "uber",
        "de", "la", "le", "les", "du", "et", "en", "l", "d", "aux", "au",
        "el", "los", "las", "y", "del", "e", "di", "della", "delle", "dei", "degli", "il", "per",
        "da", "do", "dos", "das", "van", "voor", "het", "en", "og", "och", "i",
    ]

    /// Parses LTWA rows: `word<TAB>abbreviation<TAB>languages` (comma-separated ISO 639-2 codes).
    public init(tsv: String) {
        // Lines and columns are cut at their ASCII separators, byte by byte; only the kept parts become strings.
        var copy = tsv
        exact.reserveCapacity(1 << 16)
        prefixes.reserveCapacity(1 << 14)
        copy.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                // Columns: stem, abbreviation, languages (a fourth and later ones are ignored).
                var cuts: [Int] = []
                var i = start
                while i < end, cuts.count < 3 {
                    if bytes[i] == 0x09 { cuts.append(i) }
                    i += 1
                }
                guard !cuts.isEmpty else { continue }
                let rawStem = Self.trimmedSpaces(bytes[start..<cuts[0]])
                guard !rawStem.contains(0x20) else { continue }
                let rawAbbreviation = Self.trimmedSpaces(bytes[(cuts[0] + 1)..<(cuts.count > 1 ? cuts[1] : end)])
                let abbr = rawAbbreviation.elementsEqual("n.a.".utf8) ? nil : String(decoding: rawAbbreviation, as: UTF8.self)
                let languages = cuts.count > 1 ? bytes[(cuts[1] + 1)..<(cuts.count > 2 ? cuts[2] : end)] : bytes[end..<end]
                let row = Row(abbreviation: abbr, languageList: String(decoding: languages, as: UTF8.self))
                let isPrefix = rawStem.last == 0x2D
                let isSuffix = rawStem.first == 0x2D
                var stemBytes = rawStem
                while stemBytes.first == 0x2D { stemBytes = stemBytes.dropFirst() }
                while stemBytes.last == 0x2D { stemBytes = stemBytes.dropLast() }
                let stem = Self.fold(String(decoding: stemBytes, as: UTF8.self))
                guard !stem.isEmpty else { continue }
                // A stem's length in characters is at most its length in bytes.
                if stem.utf8.count > longestStem { longestStem = max(longestStem, stem.count) }
                if isSuffix { suffixes[stem, default: []].append(row) } else if isPrefix { prefixes[stem, default: []].append(row) } else {
                    exact[stem, default: []].append(row)
                }
            }
        }
    }

    /// The bytes without leading and trailing ASCII white space (the LTWA's columns are ASCII-separated).
    private static func trimmedSpaces(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var s = bytes
        while let f = s.first, f == 0x20 || f == 0x09 || f == 0x0D { s = s.dropFirst() }
        while let l = s.last, l == 0x20 || l == 0x09 || l == 0x0D { s = s.dropLast() }
        return s
    }

    /// The LTWA shipped with bibd, or `nil` when its file cannot be found (see `ltwaLocations`).
    public static let shipped: ISO4? = {
        for url in ltwaLocations {
            if let data = FileManager.default.contents(atPath: url.path) { return ISO4(tsv: String(decoding: data, as: UTF8.self)) }
        }
        return nil
    }()

    static let ltwaFileName = "LTWA_20170914.tsv"

    /// Where the LTWA file is looked for: `$BIBD_LTWA`, the resource bundle next to the executable (SwiftPM
    /// builds, tests), then the source tree.
    static var ltwaLocations: [URL] {
        var out: [URL] = []
        if let env = ProcessInfo.processInfo.environment["BIBD_LTWA"], !env.isEmpty { out.append(URL(fileURLWithPath: env)) }
        let executableDir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for dir in [executableDir, Bundle.main.bundleURL, executableDir.deletingLastPathComponent()] {
            out.append(dir.appendingPathComponent("bibd_BibExport.resources").appendingPathComponent(ltwaFileName))
        }
        out.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Resources")
            .appendingPathComponent(ltwaFileName))
        return out
    }

    /// ASCII scalars `fold` drops (diacritics such as `^` and `` ` ``), by byte value.
    private static let asciiDropped: [Bool] = (0..<128).map { value in
        let scalar = Unicode.Scalar(UInt8(value))
        return scalar.properties.isDiacritic || scalar.properties.generalCategory == .nonspacingMark
    }

    /// Lower case, marks removed (LTWA stems and title words compare this way). Each character outside ASCII
    /// is folded once (`foldedScalar`) and remembered: the LTWA and journal titles use a few hundred of them.
    static func fold(_ s: String) -> String {
        var copy = s
        let dropped = asciiDropped
        return copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if !dropped[Int(b)] { out.append(ASCIIBytes.lowercased(b)) }
                    i += 1
                    continue
                }
                // The scalar starting here (the string's UTF-8 is valid).
                let length = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
                var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                if let scalar = Unicode.Scalar(value) { out += foldedScalar(scalar) }
                i += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static let scalarFolds = Mutex<[UInt32: [UInt8]]>([:])

    /// One character lower-cased, decomposed, with its diacritics and non-spacing marks removed (UTF-8).
    static func foldedScalar(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let hit = scalarFolds.withLock({ $0[scalar.value] }) { return hit }
        var kept = String.UnicodeScalarView()
        for s in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        where !s.properties.isDiacritic && s.properties.generalCategory != .nonspacingMark {
            kept.append(s)
        }
        let bytes = Array(String(kept).utf8)
        scalarFolds.withLock { $0[scalar.value] = bytes }
        return bytes
    }

    /// `abbreviate`, remembered per title and language: a library names few journals many times.
    public func abbreviation(of title: String, language: String? = nil) -> String {
        let key = title + "\u{1}" + (language ?? "")
        if let hit = ISO4.memo.withLock({ $0[key] }) { return hit }
        let value = abbreviate(title, language: language)
        ISO4.memo.withLock { $0[key] = value }
        return value
    }

    private static let memo = Mutex<[String: String]>([:])

    /// The ISO 4 abbreviation of a journal title. `language` is the work's ISO 639-2 code when known ("eng").
    public func abbreviate(_ title: String, language: String? = nil) -> String {
        let words = title.split(whereSeparator: { $0 == " " }).map(String.init)
        guard words.count > 1 else { return title }
        var out: [String] = []
        for (i, raw) in words.enumerated() {
            let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: ".,:;()[]\"'"))
            guard !word.isEmpty else { continue }
            let folded = Self.fold(word)
            let isLast = i == words.count - 1
            if Self.stopwords.contains(folded) && !(isLast && word.count == 1 && word.first?.isUppercase == true) { continue }
            let parts = word.split(separator: "-", omittingEmptySubsequences: false).map { abbreviateWord(String($0), language) }
            out.append(parts.joined(separator: "-"))
        }
        return out.isEmpty ? title : out.joined(separator: " ")
    }

    /// One word's abbreviation, with the word's leading capital kept.
    func abbreviateWord(_ word: String, _ language: String?) -> String {
        let folded = Self.fold(word)
        guard folded.count > 1, let rows = match(folded) else { return word }
        guard let abbr = pick(rows, language).abbreviation else { return word }
        // An "abbreviation" as long as the word (a row that only adds a period) leaves the word whole.
        if abbr.count >= word.count + 1 { return word }
        guard let first = word.first, first.isUppercase else { return abbr }
        return abbr.prefix(1).uppercased() + abbr.dropFirst()
    }

    /// The rows of the longest stem that matches: the whole word, else a word beginning, else a word ending.
    func match(_ folded: String) -> [Row]? {
        if let rows = exact[folded] { return rows }
        let chars = Array(folded)
        for n in stride(from: min(chars.count, longestStem), through: 2, by: -1) {
            if let rows = prefixes[String(chars[0..<n])] { return rows }
        }
        for n in stride(from: min(chars.count, longestStem), through: 2, by: -1) {
            if let rows = suffixes[String(chars[(chars.count - n)...])] { return rows }
        }
        // A plural of a listed word ("Letters", "Sciences").
        if folded.hasSuffix("s"), let rows = exact[String(folded.dropLast())] { return rows }
        return nil
    }

    func pick(_ rows: [Row], _ language: String?) -> Row {
        if let language, let row = rows.first(where: { $0.lists(language) }) { return row }
        return rows.first(where: { $0.lists("mul") }) ?? rows.first(where: { $0.lists("eng") }) ?? rows[0]
    }
}
