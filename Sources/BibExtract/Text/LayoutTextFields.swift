import BibModel

/// The fields a layout reading takes from around the chosen title and byline: the DOI most often printed
/// there, the venue from a volume line or the article's own citation, the published date, the abstract.
extension LayoutTextReading {
    /// Lines around the article's header where its own identifiers and venue are printed: from above the title to
    /// `evidenceEnd`, or to a tail heading under the byline ("References", "Recommended articles"), since what
    /// follows one is other works'.
    static func neighbourhood(title: Int, byline: LayoutByline, in table: LineTable) -> (lines: Range<Int>, evidenceEnd: Int) {
        let end = min(table.count, byline.end + evidenceLines)
        return (max(0, title - linesAbove)..<(table.firstTailHeading(in: byline.end..<end) ?? end), end)
    }

    static let linesAbove = 15

    /// The evidence of a DOI printed in the neighbourhood of the chosen title and byline.
    static let doiNearTitleRule = "layout-text:doi-near-title"

    mutating func read() {
        record.title = titleText; record.note(.title, "layout-text:title-above-byline")
        record.authors = TextByline.people(byline.names, citationAuthors: ownCitationText())
        if !record.authors.isEmpty { record.note(.author, "layout-text:byline") }
        if let d = doi() { record.doi = d; record.note(.doi, Self.doiNearTitleRule) }
        var venue = VenueLocator()
        if let c = ownCitation() { venue.fill(from: c) }
        if let d = record.doi,
           let c = CitationBesideDOI.venue(in: lines, doi: d) ?? printed.flatMap({ CitationBesideDOI.venue(in: $0, doi: d) }) {
            venue.fill(from: c)
        }
        if let v = volumeLine() {
            if let j = v.journal, VenueLocator.isJournalName(j) { venue.journal = j }
            venue.fill(from: v)
        }
        if let d = table.details { venue.fill(from: d) }
        if venue.journal == nil { venue.journal = journalBesideType() }
        if venue.date == nil { venue.date = publishedDate() }
        if let under = venueUnderByline() { venue.fill(from: under) }
        venue.write(into: &record, rule: "layout-text:venue")
        expandJournal()
        if let a = abstract() { record.abstract = a; record.note(.abstract, "layout-text:abstract") }
        if lines[neighbourhood].contains(where: { l in
            guard l.utf8.count <= 300 else { return false }
            let lower = l.lowercased()
            return ArticleTextTables.preprintMarkers.contains { lower.containsBytes($0) }
        }) {
            record.type = .preprint; record.note(.type, "layout-text:preprint-marker")
        }
        if let t = WorkTypeLabels.stated(above: title, in: lines) {
            typeLabelled = true
            if record.type == nil { record.type = t; record.note(.type, "layout-text:type-label") }
        }
        LabelFields.inferType(&record)
    }

    /// A journal the citation abbreviates ("Atmos. Chem. Phys.") written in full where the page's header prints
    /// the name it abbreviates ("Atmospheric Chemistry and Physics", by `JournalName`'s rule); the abbreviation
    /// is kept as the short title.
    mutating func expandJournal() {
        guard let short = record.containerTitle, short.split(separator: " ").contains(where: { $0.hasSuffix(".") }) else { return }
        let header = 0..<min(lines.count, max(title, Self.headerLines))
        let shortWords = short.split(separator: " ").count
        guard let full = lines[header].first(where: { line in
            line.utf8.count <= 120 && line != short && !line.contains(where: \.isNumber) && !line.contains(".")
                && line.split(separator: " ").count >= shortWords && VenueLocator.isJournalName(line)
                && JournalName.abbreviation(short, fits: line)
        }) else { return }
        record.containerTitleShort = short
        record.containerTitle = full
        record.note(.containerTitle, "layout-text:journal-in-header")
    }

    /// How many lines at the top of a page are its header, where a journal's full name is looked for.
    static let headerLines = 60

    /// The journal a header line above the title names beside the article's type ("Nature Nanotechnology | Article",
    /// "Journal of Hydrology | Research Article"), as publishers print the journal and the section over the title.
    func journalBesideType() -> String? {
        for i in max(0, title - Self.linesAbove)..<title where lines[i].utf8.count <= 120 && lines[i].containsBytes("|") {
            let parts = lines[i].split(separator: "|").map { String($0).trimmingSpaces }
            guard parts.count == 2, ArticleTextTables.articleTypeLabels.contains(parts[1].lowercased()),
                  !parts[0].contains(where: \.isNumber), VenueLocator.isJournalName(parts[0]) else { continue }
            return parts[0]
        }
        return nil
    }

    /// The lines elsewhere on the page that print the title inside a longer line (the page's own citation, where
    /// family names stand whole: "Ramírez Ortega, S." for the byline's "Sofía Ramírez Ortega"), joined; nil when none.
    func ownCitationText() -> String? {
        let t = lines[title]
        guard t.count >= 20 else { return nil }
        let holders = table.lines(holding: t).filter { $0 != title && lines[$0].utf8.count <= LineTable.holderLineLimit && lines[$0].count > t.count + 10 }
        return holders.isEmpty ? nil : holders.map { lines[$0] }.joined(separator: "\n")
    }

    /// The DOI printed most often in the neighbourhood, a DOI on a labelled line counting twice; ties go to
    /// the one nearest the title.
    func doi() -> String? {
        var counts: [String: (count: Int, first: Int)] = [:]
        for i in neighbourhood {
            let line = lines[i]
            guard line.containsBytes("10."), line.utf8.count <= 1_000 else { continue }
            guard let d = table.doi(i) ?? joinedDOI(at: i), !inNumberedEntry(i), !citesAnotherWork(i) else { continue }
            let lower = line.prefix(40).lowercased()
            let weight = ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }) || String(lower).containsBytes("doi") ? 2 : 1
            let old = counts[d] ?? (0, i)
            counts[d] = (old.count + weight, old.first)
        }
        if counts.isEmpty { return labelledDOI() }
        // Two DOIs as often printed and as near the title: the one printed first wins, never the dictionary's order.
        return counts.max { a, b in
            if a.value.count != b.value.count { return a.value.count < b.value.count }
            let da = abs(a.value.first - title), db = abs(b.value.first - title)
            if da != db { return da > db }
            if a.value.first != b.value.first { return a.value.first > b.value.first }
            return Self.position(of: a.key, in: lines[a.value.first]) > Self.position(of: b.key, in: lines[b.value.first])
        }?.key
    }

    /// Where `doi` starts in `line` (compared case-insensitively), or the line's length when it is not found.
    static func position(of doi: String, in line: String) -> Int {
        let lower = line.lowercased()
        guard let r = lower.range(of: doi.lowercased()) else { return lower.count }
        return lower.distance(from: lower.startIndex, to: r.lowerBound)
    }

    /// Whether line `i` belongs to a numbered list entry ("1. WHO. Global immunisation coverage. Lancet. 2018 …
    /// https://doi.org/…", "[12] …"): a reference list cites other works, so its DOIs are theirs. The entry is the
    /// paragraph holding the line, read back at most three lines.
    func inNumberedEntry(_ i: Int) -> Bool {
        var p = i
        while p > 0, i - p < 3, !lines[p - 1].isEmpty { p -= 1 }
        let first = lines[p]
        if LayoutTextReading.orderedMarkLength(first) != nil { return true }
        guard first.hasPrefix("["), let close = first.firstIndex(of: "]") else { return false }
        let inner = first[first.index(after: first.startIndex)..<close]
        return !inner.isEmpty && inner.count <= 3 && inner.allSatisfy(\.isNumber)
    }

    /// The DOI of the page's one DOI label line ("DOI : 10.1051/…", "DOI https://doi.org/…"), wherever it stands:
    /// a page prints its own DOI under a label in its details (HAL's "Identifiants", Springer's "About this
    /// article") far below the header, and a reference list prints DOIs inside its entries, not under a label.
    /// Nil when no line or lines with two different DOIs are so labelled.
    func labelledDOI() -> String? {
        var found: String? = nil
        // Under a reference list's heading a bare link is an entry's, its line broken off by a text browser's wrap;
        // only the word, on the line or alone above it, labels the page's own DOI there.
        let references = table.firstTailHeading(in: title..<lines.count) ?? lines.count
        for i in lines.indices.prefix(Self.maxLines) where lines[i].utf8.count <= 200 && lines[i].containsBytes("10.") {
            let lower = lines[i].prefix(24).lowercased()
            guard ArticleTextTables.doiPrefixes.contains(where: { lower.hasPrefix($0) }), let d = table.doi(i) else { continue }
            if i > references, !lower.hasPrefix("doi"), !lower.hasPrefix("digital object identifier"),
               !(i > 0 && ArticleTextTables.doiLabels.contains(lines[i - 1].lowercased().trimmingCharacters(":"))) { continue }
            if let f = found, f != d { return nil }
            found = d
        }
        return found
    }

    /// Whether line `i` is a citation of another work with its DOI ("WHO. Global immunisation coverage. Lancet.
    /// 2018;392. https://doi.org/…"): two sentences or more before the DOI, not the page's own title among them,
    /// and no label that makes it the page's own ("Citation …", "Cite this …", "DOI 10.…"). A reference list without
    /// numbers prints its entries so.
    func citesAnotherWork(_ i: Int) -> Bool {
        let line = lines[i]
        guard let cut = line.range(of: "10.") else { return false }
        let before = line[..<cut.lowerBound]
        guard before.components(separatedBy: ". ").count >= 3 else { return false }
        let lower = before.lowercased()
        return !lower.contains(titleText.prefix(30).lowercased())
            && !Self.ownCitationLabels.contains(where: { lower.containsBytes($0) })
    }

    /// Words that label a line as the page's own citation or DOI, lower-cased.
    static let ownCitationLabels = ["citation", "cite ", "cite:", "doi:", "doi "]

    /// A DOI a text browser broke across two lines ("https://doi.org/10.1016/j.bio" + "materials.2004.04.011").
    func joinedDOI(at i: Int) -> String? {
        guard i + 1 < lines.count, let last = lines[i].split(separator: " ").last, String(last).containsBytes("10."),
              let next = lines[i + 1].split(separator: " ").first else { return nil }
        return DOI.parse(String(last) + String(next))
    }

    /// The article's own citation: a line that repeats the title and goes on with the venue, or a line after
    /// a citation label ("Cite this article as: eLife 2019;8:e44753").
    func ownCitation() -> VenueLocator? {
        let t = titleText
        let longTitle = t.count >= 20
        let asciiTitle = t.utf8.allSatisfy { $0 < 0x80 }
        var glued: VenueLocator? = nil
        for i in lines.indices.prefix(Self.maxLines) where i != title && lines[i].utf8.count <= 1_000 {
            let line = lines[i]
            if longTitle, let r = Self.firstRange(of: t, asciiNeedle: asciiTitle, in: line),
               let v = VenueLocator(citationTail: line[r.upperBound...]), v.volume != nil {
                return v
            }
            guard Self.citationLeads.admits(line) else { continue }
            let lower = line.prefix(40).lowercased()
            if let p = ArticleTextTables.citationPrefixes.first(where: { lower.hasPrefix($0) }) ?? Self.citedAsPrefixes.first(where: { lower.hasPrefix($0) }),
               let v = VenueLocator(citationTail: line.dropFirst(p.count)), v.volume != nil, v.pages != nil {
                return v
            }
            if glued == nil, let p = Self.citedAsPrefixes.first(where: { lower.hasPrefix($0) }) {
                glued = VenueLocator(gluedTail: line.dropFirst(p.count))
            }
        }
        for i in neighbourhood where i != title && lines[i].utf8.count <= 200 {
            let line = lines[i]
            guard line.contains(where: \.isNumber), !line.containsBytes("©"), let v = VenueLocator(citationTail: line[...]),
                  v.volume != nil, v.pages != nil, let j = v.journal, VenueLocator.isJournalName(j),
                  Self.isLocatorTail(Self.after(j, in: line[...])) else { continue }
            return v
        }
        return glued
    }

    /// `line.range(of: needle)`, found byte by byte where both are ASCII (a byte match is the same match there)
    /// and a line without the needle's bytes is skipped at once; other text is left to Foundation's comparison.
    static func firstRange(of needle: String, asciiNeedle: Bool, in line: String) -> Range<String.Index>? {
        if asciiNeedle, line.utf8.count < needle.utf8.count { return nil }
        if asciiNeedle, line.utf8.allSatisfy({ $0 < 0x80 }) { return line[...].firstByteRange(of: needle) }
        return line.range(of: needle)
    }

    /// What follows `journal` in `line` (what follows as many characters when the line does not print it as read).
    static func after(_ journal: String, in line: Substring) -> Substring {
        line.range(of: journal).map { line[$0.upperBound...] } ?? line.dropFirst(journal.count)
    }

    /// What follows the journal on a citation line of its own: numbers, punctuation and capitalised labels or
    /// months ("122, 145901 – Published 10 April 2019"), never running text ("2. Mean tumour volume 14 days").
    static func isLocatorTail(_ tail: Substring) -> Bool {
        // A citation punctuates its numbers ("141 (2013), 2345-2358") or prints two, volume and page ("Metrologia 12
        // 143", as IOP does); a table row's run of bare numbers ("Reviewer Status 1 2 3") is none.
        (tail.contains(where: { ",;:()-\u{2013}".contains($0) }) || tail.split(separator: " ").count <= 2)
            && !tail.split(whereSeparator: { !$0.isLetter }).contains { w in w.count >= 3 && w.first?.isLowercase == true }
    }

    /// Labels that put the article's citation on the same line.
    static let citedAsPrefixes = ["cite this article as:", "cite as:", "please cite this article as:", "cite this as:", "cite this:"]

    static let citationLeads = LeadBytes(ArticleTextTables.citationPrefixes + citedAsPrefixes, lowercasedLines: true)

    /// The first volume line of the neighbourhood, its journal taken from the line above when it prints none.
    /// Past a tail heading, only a bare volume line ("Volume 286, Issue 1910") is read, its journal not looked for:
    /// an item of a list of other works names its journal, while a sidebar printed after that list describes the
    /// page's own issue without one.
    func volumeLine() -> VenueLocator? {
        let listed = neighbourhood.upperBound
        for i in neighbourhood.lowerBound..<evidenceEnd where i != title && !TextLines.isProse(lines[i]) {
            guard var v = table.volumeLine(i) else { continue }
            if i >= listed {
                guard v.journal == nil else { continue }
                return v
            }
            if v.journal == nil {
                // The journal's name above, a date line between them ("D-Lib Magazine" / "May/June 2017" / "Volume 23, …").
                var k = i - 1, datesSkipped = 0
                while k >= 0, lines[k].isEmpty || (datesSkipped == 0 && Self.isDateAlone(lines[k])) {
                    if !lines[k].isEmpty { datesSkipped += 1 }
                    k -= 1
                }
                // A label and its value ("Periodicidad: Trimestral") name no journal.
                if k >= 0, k != title, VenueLocator.isJournalName(lines[k]), lines[k].count <= 120, !lines[k].contains(where: \.isNumber),
                   lines[k].split(separator: " ").first?.hasSuffix(":") != true {
                    v.journal = lines[k]
                }
            }
            return v
        }
        return nil
    }

    /// What a page prints for its work in the few lines right under the byline, as aggregators, repositories and
    /// proceedings sites do: a date alone ("12 March 2021") and a container that names itself a periodical or a
    /// meeting ("Journal of Avian Biology", "in 31st International Symposium on Lattice Field Theory").
    func venueUnderByline() -> VenueLocator? {
        var v = VenueLocator()
        var i = byline.end, seen = 0
        while i < lines.count, seen < Self.linesUnderByline {
            defer { i += 1 }
            let line = lines[i].trimmingSpaces
            guard !line.isEmpty else { continue }
            seen += 1
            if table.isAbstractHeading(i) || TextLines.isProse(line) { break }
            if v.date == nil, Self.isDateAlone(line), let d = PartialDate.parse(line) { v.date = d; continue }
            if v.journal == nil, let name = Self.selfNamedVenue(line) { v.journal = name }
        }
        return v.journal == nil && v.date == nil ? nil : v
    }

    /// How many non-empty lines under a byline are read for its date and container.
    static let linesUnderByline = 4

    /// A line made only of a date's words: numbers, month names and separators ("12 March 2021", "2021-03-12").
    static func isDateAlone(_ line: String) -> Bool {
        guard line.utf8.count <= 24 else { return false }
        let words = line.split { " ,./-".contains($0) }
        return !words.isEmpty && words.allSatisfy { w in w.allSatisfy(\.isNumber) || isMonth(String(w)) }
    }

    /// A line that is a container's name saying what it is (a periodical or meeting word among its words), after
    /// an "in" that introduces it; nil for anything else.
    static func selfNamedVenue(_ line: String) -> String? {
        var name = Substring(line)
        for lead in ["In: ", "in: ", "In ", "in "] where name.hasPrefix(lead) { name = name.dropFirst(lead.count); break }
        let text = String(name).trimmingCharacters(" .,;")
        guard text.utf8.count <= 150, text.last != ":", WorkTypeLabels.type(of: text) == nil, let first = text.first, first.isUppercase || first.isNumber else { return nil }
        let words = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard words.contains(where: { VenueWords.periodical.contains($0) || VenueWords.conference.contains($0) }) else { return nil }
        // Numbers belong to a meeting's name ("31st International Symposium …"), not to a journal's.
        let meeting = words.contains(where: VenueWords.conference.contains)
        guard meeting || !text.contains(where: \.isNumber), meeting || VenueLocator.isJournalName(text) else { return nil }
        guard TextByline.names(inLine: text) == nil, !TextByline.isAffiliation(text.lowercased()) else { return nil }
        return text
    }

    /// The date after a published label in the neighbourhood ("Published 10 April 2019", "First published: 1926").
    func publishedDate() -> PartialDate? {
        for i in neighbourhood where lines[i].utf8.count <= 300 {
            let lower = lines[i].lowercased()
            // The labels are ASCII, none holding a character that another is canonically equivalent to (K ; `):
            // where their bytes are missing, so is the label.
            for label in ArticleTextTables.publishedLabels where lower.containsBytes(label) {
                guard let r = lower.range(of: label) else { continue }
                let after = String(lower[r.upperBound...]).trimmingSpaces
                if let d = PartialDate.parse(after) ?? PartialDate.parse(String(after.prefix { $0 != "," && $0 != "|" && $0 != ";" })) {
                    return d
                }
            }
        }
        return nil
    }

    /// The block under an abstract heading after the title, or the first paragraph of prose after the byline.
    func abstract() -> String? {
        if let a = table.abstract, a.heading > title {
            return a.paragraphs.joined(separator: "\n")
        }
        for i in byline.end..<min(lines.count, byline.end + Self.evidenceLines) {
            if ArticleTextReading.isTailHeading(lines[i]) { break }
            if TextLines.isProse(lines[i], minLength: 200), !Self.isLicenceOrCitation(lines[i]) { return lines[i] }
        }
        return nil
    }

    /// A paragraph under a byline that is not the article's summary: its licence ("This is an open access article
    /// distributed under the terms of the Creative Commons …"), which open-access pages print under the header, or
    /// its citation ("Kong, J., Chuddy, J., Stock, I. A. … (2016) …").
    static func isLicenceOrCitation(_ paragraph: String) -> Bool {
        let lead = paragraph.prefix(160).lowercased()
        if licencePhrases.contains(where: { lead.containsBytes($0) }) { return true }
        return LayoutTextReading.opensWithCitedName(paragraph.prefix(40).split(separator: " "))
    }

    /// Phrases of a licence statement, lower-cased.
    static let licencePhrases = ["open access article", "creative commons", "distributed under the terms", "licensed under",
                                 "this article is licensed", "all rights reserved"]
}
