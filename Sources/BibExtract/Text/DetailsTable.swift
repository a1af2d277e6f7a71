import BibModel

/// The article's details table as a dump prints it: labels ending in a colon, each value on the label's line
/// ("Volume: 6") or alone on the next line ("Journal name:" / "Nature Nanotechnology"), as a browser's copy and
/// a text browser print a page's definition list or two-column table of bibliographic details (Nature's
/// "Journal name: / Volume: / Pages: / Year published:", repository item pages' "Journal: / Volume: / Issue:").
///
/// Only a run of two or more labels whose values have their slot's shape counts: a label alone says little, and a
/// search form prints the same labels with no value ("Volume:" followed by "Issue:") or with a list of options
/// under one label (its value is then not followed by a label, the run's end or a blank line).
struct DetailsTable {
    /// The venue the best run of labels states (the run with most values; the first on a tie).
    let venue: VenueLocator?

    /// Labels of the venue's parts (lower-case, without their colon), in the languages journals print them in.
    static let labels: [String: LabelSlot] = [
        "journal": .journal, "journal name": .journal, "journal title": .journal, "publication title": .journal,
        "revista": .journal, "revue": .journal, "zeitschrift": .journal, "periódico": .journal, "rivista": .journal,
        "volume": .volume, "vol.": .volume, "vol": .volume, "volumen": .volume, "band": .volume, "jahrgang": .volume,
        "issue": .issue, "issue number": .issue, "number": .issue, "no.": .issue, "número": .issue, "numéro": .issue,
        "heft": .issue, "fascículo": .issue,
        "pages": .pages, "page": .pages, "page(s)": .pages, "pp.": .pages, "páginas": .pages, "seiten": .pages,
        "article number": .pages, "article no.": .pages,
        "year": .date, "year published": .date, "publication year": .date, "year of publication": .date,
        "publication date": .date, "date of publication": .date, "date published": .date, "published": .date,
        "issue date": .date, "année": .date, "año": .date, "jahr": .date, "fecha de publicación": .date,
        "журнал": .journal, "том": .volume, "номер": .issue, "выпуск": .issue, "страницы": .pages, "год": .date,
        "год издания": .date,
    ]

    /// The longest label (in characters) with its colon: a longer line opening with a label word is text.
    static let longestLabel = 22

    init(_ lines: [String], limit: Int) {
        var best: (count: Int, venue: VenueLocator)? = nil
        var run = VenueLocator(), count = 0
        var i = 0
        let end = min(lines.count, limit)
        func close() {
            if count >= 2, count > (best?.count ?? 0) { best = (count, run) }
            run = VenueLocator(); count = 0
        }
        while i < end {
            let line = lines[i]
            guard !line.isEmpty else { i += 1; continue }
            let cells = Self.cells(line)
            if cells.isEmpty {
                // Another field of the table ("ISSN: 0579-9392", "DOI:" over its value) stays in the run; anything
                // else ends it.
                guard Self.isLabelShaped(line) else { close(); i += 1; continue }
                i += line.hasSuffix(":") && i + 1 < end && !lines[i + 1].isEmpty && !Self.isLabelShaped(lines[i + 1]) ? 2 : 1
                continue
            }
            var next = i + 1
            if cells.count == 1, cells[0].value == nil {
                // The value alone on the next line, then a label, a blank line or the page's end (not a list of options).
                guard next < end, !lines[next].isEmpty, !Self.isLabelShaped(lines[next]) else { i += 1; continue }
                let after = next + 1
                guard after >= end || lines[after].isEmpty || Self.isLabelShaped(lines[after]) else {
                    close(); i = after; continue
                }
                if Self.set(cells[0].slot, lines[next].trimmingSpaces, in: &run) { count += 1 }
                next += 1
            } else {
                for cell in cells { if let v = cell.value, Self.set(cell.slot, v, in: &run) { count += 1 } }
            }
            i = next
        }
        close()
        venue = best?.venue
    }

    /// The slot and the inline value (nil when the label stands alone) of a label line.
    static func label(_ line: String) -> (LabelSlot, String?)? {
        guard line.utf8.prefix(4 * longestLabel).contains(UInt8(ascii: ":")), let colon = line.firstIndex(of: ":"),
              line.distance(from: line.startIndex, to: colon) <= longestLabel,
              let slot = labels[line[..<colon].lowercased().trimmingSpaces] else { return nil }
        let rest = line[line.index(after: colon)...].trimmingSpaces
        return (slot, rest.isEmpty ? nil : rest)
    }

    /// The labelled cells of a line that opens with a known label: a table row prints several side by side
    /// ("Номер: 4 Год: 2012", "Volume: 6 Issue: 2 Pages: 1-10"), each value running to the next known label.
    static func cells(_ line: String) -> [(slot: LabelSlot, value: String?)] {
        guard let (slot, inline) = label(line) else { return [] }
        guard let rest = inline, rest.utf8.contains(UInt8(ascii: ":")), rest.utf8.count <= 300 else { return [(slot, inline)] }
        var out: [(slot: LabelSlot, value: String?)] = []
        var current = slot
        var value: [Substring] = []
        let words = rest.split(separator: " ")
        var k = 0
        while k < words.count {
            // A known label of one to three words, its last word ending in the colon.
            var matched: (slot: LabelSlot, length: Int)? = nil
            for n in 1...3 where k + n <= words.count && words[k + n - 1].hasSuffix(":") {
                let key = words[k..<(k + n)].joined(separator: " ").dropLast().lowercased()
                if let s = labels[key] { matched = (s, n); break }
            }
            if let m = matched {
                out.append((current, value.isEmpty ? nil : value.joined(separator: " ")))
                current = m.slot; value = []; k += m.length
                continue
            }
            value.append(words[k]); k += 1
        }
        out.append((current, value.isEmpty ? nil : value.joined(separator: " ")))
        return out
    }

    /// A line that is a label of any field, its value on the next line ("DOI:", "Received:"), a short label with its
    /// value ("ISSN: 0579-9392", "Издательство: …"), or a label of a venue part.
    static func isLabelShaped(_ line: String) -> Bool {
        if line.hasSuffix(":"), line.count <= 2 * longestLabel, !line.contains(where: \.isNumber) { return true }
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= longestLabel else { return false }
        let head = line[..<colon]
        return !head.isEmpty && head.split(separator: " ").count <= 3 && !head.contains(where: \.isNumber) && head.first?.isUppercase == true
    }

    /// Sets `slot` of `venue` to `value` when the value has the slot's shape; whether it did.
    static func set(_ slot: LabelSlot, _ value: String, in venue: inout VenueLocator) -> Bool {
        let v = value.trimmingCharacters(" ,;.()")
        switch slot {
        case .journal:
            let j = value.trimmingCharacters(" ,;")
            guard venue.journal == nil, j.utf8.count <= 150, VenueLocator.isJournalName(j) else { return false }
            venue.journal = j
        case .volume:
            guard venue.volume == nil, isNumberish(v) else { return false }
            venue.volume = v
        case .issue:
            guard venue.issue == nil, isNumberish(v) else { return false }
            venue.issue = v
        case .pages:
            let parts = v.split(whereSeparator: { $0 == "-" || $0 == "\u{2013}" || $0 == "\u{2014}" }).map { String($0).trimmingSpaces }
            guard venue.pages == nil, (1...2).contains(parts.count), parts.allSatisfy(isNumberish) else { return false }
            venue.pages = parts.joined(separator: "-")
        case .date:
            guard venue.date == nil, v.utf8.count <= 40, let d = PartialDate.parse(v) else { return false }
            venue.date = d
        default:
            return false
        }
        return true
    }

    /// A volume, issue or page as printed: digits, optionally with a letter before or after ("e1002", "12A",
    /// "S3"), at most eight characters.
    static func isNumberish(_ s: String) -> Bool {
        guard (1...8).contains(s.count), s.contains(where: \.isNumber) else { return false }
        let letters = s.filter { !$0.isNumber }
        return letters.count <= 1 && letters.allSatisfy { $0.isASCII && $0.isLetter } && (s.first!.isNumber || s.last!.isNumber)
    }
}
