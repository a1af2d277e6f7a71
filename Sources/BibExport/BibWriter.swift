import BibModel

/// Builds BibTeX-family entries from sanitized records through a `BibFormat` table.
enum BibWriter {
    static let monthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The entry for a record, or `nil` when not even the format's fallback type can hold it. `aliases` (other
    /// keys that name the work) are written where the format has a field for them.
    static func entry(for record: Record, key: String, format: BibFormat, aliases: [String] = []) -> BibEntry? {
        var values = slotValues(record, format: format)
        func satisfied(_ rule: BibEntryRule) -> Bool {
            rule.requires.allSatisfy { anyOf in anyOf.contains { values[$0] != nil } }
        }
        let preferred = format.rules[record.type ?? .other]
        guard let rule = preferred.flatMap({ satisfied($0) ? $0 : nil }) ?? (satisfied(format.fallback) ? format.fallback : nil)
        else { return nil }
        if format.articleNumberAsPages, rule.fields[.articleNumber] == nil, values[.pages] == nil {
            values[.pages] = values[.articleNumber]
        }
        var fields: [(name: String, value: BibEntry.Value)] = []
        if let field = format.aliasField, !aliases.isEmpty { fields.append((field, .braced(aliases.joined(separator: ",")))) }
        for slot in format.order {
            guard let name = rule.fields[slot] ?? format.common[slot], let value = values[slot] else { continue }
            fields.append((name, value))
        }
        for fixed in rule.fixed { fields.append((fixed.name, .braced(fixed.value))) }
        return BibEntry(type: rule.type, key: key, fields: fields)
    }

    /// Every slot the record fills, escaped for the format.
    static func slotValues(_ r: Record, format: BibFormat) -> BibSlotValues {
        func text(_ s: String?) -> BibEntry.Value? { s.map { .braced(TeXEscaper.escape($0, encoding: format.encoding)) } }
        var v = BibSlotValues()
        v[.author] = BibTeXNames.format(r.authors, truncated: r.authorsTruncated, encoding: format.encoding).map { .braced($0) }
        let language = r.language.flatMap(Language.parse)
        v[.title] = r.title.map { .braced(TitleProtector.protect($0, language: language, encoding: format.encoding)) }
        v[.container] = text(r.containerTitle)
        v[.host] = text(r.containerTitle ?? r.publisher)
        v[.containerShort] = text(r.containerTitleShort)
        v[.publisher] = text(r.publisher)
        if let issued = r.issued {
            v[.date] = .braced(issued.description)
            v[.year] = .braced(String(issued.year))
            v[.month] = issued.month.map { .macro(monthMacros[$0 - 1]) }
        }
        v[.volume] = text(r.volume)
        v[.issue] = text(r.issue)
        v[.pages] = r.page.flatMap(PageRange.parse).map { range in
            let first = TeXEscaper.escape(range.first, encoding: format.encoding)
            return .braced(range.last.map { first + "--" + TeXEscaper.escape($0, encoding: format.encoding) } ?? first)
        }
        v[.articleNumber] = text(r.number)
        v[.doi] = r.doi.map { .braced(verbatim($0)) }
        v[.url] = r.url.map { .braced(verbatim($0)) }
        if let arxiv = r.arxiv {
            v[.eprint] = .braced(verbatim(arxiv))
            v[.eprinttype] = .braced("arXiv")
        } else if format.pubmedAsEprint, let pmid = r.pmid {
            v[.eprint] = .braced(verbatim(pmid))
            v[.eprinttype] = .braced("pubmed")
        }
        v[.pmid] = r.pmid.map { .braced(verbatim($0)) }
        v[.pmcid] = r.pmcid.map { .braced(verbatim($0)) }
        v[.issn] = r.issn.lazy.compactMap(ISSN.valid).first.map { .braced($0) }
        v[.abstract] = text(r.abstract)
        v[.keywords] = r.keywords.isEmpty ? nil : text(r.keywords.joined(separator: ", "))
        v[.language] = language.map { .braced($0.babel) }
        return v
    }

    /// A DOI, URL or identifier written so verbatim readers (biber, url.sty) and BibTeX's brace counting
    /// both accept it: white space, braces, backslashes, quotes and non-ASCII bytes are percent-encoded.
    static func verbatim(_ s: String) -> String {
        var out = ""
        for byte in s.utf8 {
            let unsafe = byte <= 0x20 || byte >= 0x7F || "{}\\\"<>^`|".utf8.contains(byte)
            if unsafe {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return out
    }
}

/// ISSN check-digit validation (biber rejects an ISSN whose check digit is wrong).
enum ISSN {
    /// The ISSN as "1234-567X" when its check digit is right, else `nil`.
    static func valid(_ raw: String) -> String? {
        let chars = raw.uppercased().filter { $0.isNumber || $0 == "X" }
        guard chars.count == 8, chars.dropLast().allSatisfy(\.isNumber) else { return nil }
        let digits = chars.dropLast().compactMap { $0.wholeNumberValue }
        let sum = zip(digits, (2...8).reversed()).reduce(0) { $0 + $1.0 * $1.1 }
        let check = (11 - sum % 11) % 11
        let expected: Character = check == 10 ? "X" : Character(String(check))
        guard chars.last == expected else { return nil }
        return String(chars.prefix(4)) + "-" + String(chars.suffix(4))
    }
}
