import BibModel
import BibParse

/// The identifiers and venue of an article page saved as text: DOI lines, volume lines, "Pages" labels and
/// "Published" dates, read outside the abstract and before the reference lists.
extension ArticleTextReading {
    /// The DOI of a labelled line before the reference lists, or of a "DOI" label block anywhere.
    func labelledDOI() -> String? {
        if let d = body.lazy.compactMap(labelledDOI(at:)).first { return d }
        for i in lines.indices where ArticleTextTables.doiLabels.contains(lines[i].lowercased()) {
            if let n = TextLines.first(in: lines, from: i + 1, where: { !$0.isEmpty }), let d = DOI.parse(lines[n]) { return d }
        }
        return nil
    }

    /// The DOI of line `i` when the line is a DOI line ("DOI: …", "https://doi.org/…", a bare DOI).
    /// A header line of several items ("Open Access • Published: October 12, 2023 • DOI: https://doi.org/…") is
    /// read item by item.
    func labelledDOI(at i: Int) -> String? {
        if let d = Self.labelledDOI(in: lines[i][...]) { return d }
        let line = lines[i]
        guard line.utf8.count <= 300, line.containsBytes("10.") else { return nil }
        for separator in Self.itemSeparators where line.containsBytes(separator) {
            for item in line.split(separator: separator).dropFirst() {
                if let d = Self.labelledDOI(in: item.drop { $0 == " " }) { return d }
            }
        }
        return nil
    }

    /// What separates the items of a one-line header.
    static let itemSeparators = [" • ", " | ", " · "]

    /// The DOI of a text that is a DOI line ("DOI: …", "https://doi.org/…", a bare DOI).
    static func labelledDOI(in text: Substring) -> String? {
        let lower = text.prefix(40).lowercased()
        if ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }) { return DOI.parse(String(text)) }
        return lower.hasPrefix("10.") && text.count <= 80 ? DOI.parse(String(text)) : nil
    }

    /// The first volume line before the reference lists, its gaps filled by later volume lines stating the
    /// same volume (a header "Volume 21" and a citation "…, Volume 21, Issue 3, May 2021, Pages 401–425");
    /// a venue-less one takes the journal from the nearest line above that is not furniture.
    func volumeLines() -> (venue: VenueLocator, doi: String?, journalOnLine: Bool)? {
        var found: VenueLocator? = nil
        var doi: String? = nil
        var journalOnLine = false
        for i in venueRegion {
            guard var v = VenueLocator(volumeLine: lines[i]) else { continue }
            if found == nil || found?.journal == nil { journalOnLine = v.journal != nil }
            if v.journal == nil { v.journal = venueAbove(i) }
            if var f = found {
                guard f.volume == v.volume else { continue }
                f.fill(from: v); found = f
            } else {
                found = v
            }
            if doi == nil { doi = DOI.parse(lines[i]) }
        }
        return found.map { ($0, doi, journalOnLine) }
    }

    /// Where an article page prints its own volume line: the header above the abstract and the few lines right
    /// after it (article information); never the article's running text, where "tumour volume 14" is no
    /// citation. (A citation after the references is read through its "Cite this article" label.)
    var venueRegion: [Int] {
        let afterAbstract = abstractEnd..<min(max(abstractEnd, tailStart), abstractEnd + Self.linesAfterAbstract)
        return Array(head) + Array(afterAbstract)
    }

    /// How many lines after the abstract may still be article information.
    static let linesAfterAbstract = 12

    func venueAbove(_ i: Int) -> String? {
        var k = i - 1
        while k >= 0, lines[k].isEmpty || Self.isFurniture(lines[k]) { k -= 1 }
        guard k >= 0 else { return nil }
        let line = lines[k]
        // A menu word ("Search", "Browse") above a volume line is navigation, not the journal.
        // Nor is a byline or an affiliation (a volume line printed under the byline has no journal above it).
        guard line.count <= 120, line.first?.isUppercase == true, line != record.title,
              !ArticleTextTables.nonNameWords.contains(line.lowercased()),
              !line.contains(where: { $0.isNumber || $0 == ":" || $0 == "|" }),
              TextByline.names(inLine: line) == nil, !TextByline.isAffiliation(line.lowercased()),
              !record.authors.contains(where: { p in p.family.map { line.containsBytes($0) } ?? false }) else { return nil }
        return line
    }

    /// A short header line that cites the journal and ends with the article's DOI ("Water 2020, 12(7), 1987;
    /// https://doi.org/…").
    func doiLineVenue(_ doi: String) -> VenueLocator? {
        let doi = doi.lowercased()
        let prefix = String(doi.prefix { $0 != "/" })
        for i in body where lines[i].utf8.count <= 300 && lines[i].containsBytes(prefix) && lines[i].lowercased().containsBytes(doi) {
            let lower = lines[i].prefix(40).lowercased()
            if ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }) { continue }
            if let v = VenueLocator(citationTail: lines[i][...]) { return v }
        }
        return nil
    }

    /// "Pages 1187-1199 | …", "Page(s): 1402 - 1413".
    func pageLabel() -> String? {
        for i in body {
            let lower = lines[i].prefix(12).lowercased()
            guard let label = ArticleTextTables.pageLabels.first(where: { lower.hasPrefix($0) }) else { continue }
            let value = lines[i].dropFirst(label.count).prefix { $0 != "|" && $0 != "," }
            let squeezed = value.filter { $0 != " " }.replacingDashes
            if let f = squeezed.first, f.isNumber || f.isLetter, squeezed.contains(where: \.isNumber), squeezed.count <= 20 {
                return squeezed
            }
        }
        return nil
    }

    /// The date after the most telling "Published" label on a short line before the reference lists, or on
    /// the line after a label alone (article-information blocks follow the references on some sites).
    func publishedDate() -> PartialDate? {
        var best: (rank: Int, date: PartialDate)? = nil
        let labels = ArticleTextTables.publishedLabels
        for i in lines.indices where !lines[i].isEmpty && lines[i].utf8.count <= 300 {
            let lower = lines[i].lowercased()
            guard labels.contains(where: { lower.containsBytes($0) }) else { continue }
            if let rank = labels.firstIndex(of: lower), let n = TextLines.first(in: lines, from: i + 1, where: { !$0.isEmpty }),
               let d = PartialDate.parse(lines[n]) {
                if rank < (best?.rank ?? Int.max) { best = (rank, d) }
                continue
            }
            guard i < tailStart else { continue }
            for segment in lower.split(whereSeparator: { $0 == "|" || $0 == ";" }) {
                let s = String(segment).trimmingSpaces
                for (rank, label) in labels.enumerated() where rank < (best?.rank ?? Int.max) {
                    guard let value = Self.value(of: label, in: s) else { continue }
                    let date = PartialDate.parse(value) ?? PartialDate.parse(String(value.prefix { $0 != "," }))
                    if let d = date { best = (rank, d) }
                }
            }
        }
        return best?.date
    }

    /// The text after `label` at the start of `segment` or after ", ".
    static func value(of label: String, in segment: String) -> String? {
        if segment.hasPrefix(label) { return String(segment.dropFirst(label.count)) }
        guard let r = segment[...].firstByteRange(of: ", " + label) else { return nil }
        return String(segment[r.upperBound...])
    }

    /// "(2019)" in the author part of a citation.
    static func parenthesisedYear(_ s: Substring) -> PartialDate? {
        var rest = s
        while let open = rest.firstIndex(of: "(") {
            let inner = rest[rest.index(after: open)...].prefix { $0 != ")" }
            if VenueLocator.isYear(String(inner)) { return PartialDate.parse(String(inner)) }
            rest = rest[rest.index(after: open)...]
        }
        return nil
    }
}
