import BibModel

/// A work's language, normalised from whatever a source wrote ("eng", "English", "en", "en-GB", "Deutsch").
///
/// One row per language: its BCP 47 primary subtag (written to CSL-JSON `language` and RIS `LA`), its Babel /
/// polyglossia name (biblatex `langid`, which selects hyphenation and tells biblatex not to change the case of a
/// non-English title), and every spelling sources use for it: ISO 639-1, ISO 639-2/B and /T, the English name and
/// the language's own name. BibTeX gets no language field: the standard styles print it verbatim.
/// A value the table does not know is not guessed: `Language.parse` returns `nil` and the exporter says so.
public struct Language: Sendable, Hashable {
    /// BCP 47 tag: the primary subtag, plus the region when the source gave one ("en-GB").
    public var bcp47: String
    /// Babel/polyglossia language name for biblatex `langid` ("english", "ngerman", "french").
    public var babel: String

    /// ISO 639-2/B code ("eng", "ger"), as the LTWA marks its rows.
    public var iso6392: String? {
        let primary = bcp47.split(separator: "-").first.map(String.init) ?? bcp47
        return Self.table.first { $0.code == primary }?.names.first
    }

    /// Whether processors may change the case of titles in this language (CSL and biblatex do only for English).
    public var isEnglish: Bool { bcp47.hasPrefix("en") }

    /// The table: BCP 47 primary subtag, Babel name, and the other spellings sources use (lower case).
    static let table: [(code: String, babel: String, names: [String])] = [
        ("en", "english", ["eng", "english"]),
        ("de", "ngerman", ["ger", "deu", "german", "deutsch"]),
        ("fr", "french", ["fre", "fra", "french", "français", "francais"]),
        ("es", "spanish", ["spa", "spanish", "español", "espanol", "castellano"]),
        ("it", "italian", ["ita", "italian", "italiano"]),
        ("pt", "portuguese", ["por", "portuguese", "português", "portugues"]),
        ("nl", "dutch", ["dut", "nld", "dutch", "nederlands"]),
        ("sv", "swedish", ["swe", "swedish", "svenska"]),
        ("da", "danish", ["dan", "danish", "dansk"]),
        ("nb", "norsk", ["nob", "nor", "no", "norwegian", "norsk", "bokmål"]),
        ("fi", "finnish", ["fin", "finnish", "suomi"]),
        ("pl", "polish", ["pol", "polish", "polski"]),
        ("cs", "czech", ["cze", "ces", "czech", "čeština"]),
        ("hu", "magyar", ["hun", "hungarian", "magyar"]),
        ("ro", "romanian", ["rum", "ron", "romanian", "română"]),
        ("ru", "russian", ["rus", "russian", "русский"]),
        ("uk", "ukrainian", ["ukr", "ukrainian", "українська"]),
        ("el", "greek", ["gre", "ell", "greek", "ελληνικά"]),
        ("tr", "turkish", ["tur", "turkish", "türkçe"]),
        ("zh", "chinese", ["chi", "zho", "chinese", "中文"]),
        ("ja", "japanese", ["jpn", "japanese", "日本語"]),
        ("ko", "korean", ["kor", "korean", "한국어"]),
        ("ar", "arabic", ["ara", "arabic", "العربية"]),
        ("he", "hebrew", ["heb", "hebrew", "עברית"]),
        ("fa", "persian", ["per", "fas", "persian", "farsi"]),
        ("hr", "croatian", ["hrv", "croatian", "hrvatski"]),
        ("sl", "slovenian", ["slv", "slovenian", "slovene"]),
        ("sk", "slovak", ["slo", "slk", "slovak"]),
        ("ca", "catalan", ["cat", "catalan", "català"]),
        ("la", "latin", ["lat", "latin"]),
        ("id", "indonesian", ["ind", "indonesian", "bahasa indonesia"]),
    ]

    /// Babel names of English regional variants (BCP 47 region → Babel), so `en-GB` becomes `british`.
    static let englishRegions: [String: String] = ["GB": "british", "US": "american", "AU": "australian",
                                                   "CA": "canadian", "NZ": "newzealand"]

    /// Every spelling (lower case) → row index.
    private static let index: [String: Int] = {
        var out: [String: Int] = [:]
        for (i, row) in table.enumerated() {
            out[row.code] = i
            for name in row.names where out[name] == nil { out[name] = i }
        }
        return out
    }()

    /// The language a source's value names, or `nil` when the table does not know it.
    public static func parse(_ raw: String) -> Language? {
        let trimmed = raw.trimmingSpaces
        let subtags = trimmed.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        if let whole = index[trimmed.lowercased()] { return Language(bcp47: table[whole].code, babel: table[whole].babel) }
        guard let first = subtags.first, let i = index[first.lowercased()] else { return nil }
        let row = table[i]
        let region = subtags.dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isLetter) }?.uppercased()
        guard let region else { return Language(bcp47: row.code, babel: row.babel) }
        let babel = row.code == "en" ? englishRegions[region] ?? row.babel : row.babel
        return Language(bcp47: row.code + "-" + region, babel: babel)
    }
}
