import BibModel

/// Journal, year, volume, issue and pages as an article page prints them in text: the part of a citation
/// after the title ("PLoS ONE 14(3): e0213978.", "BMC Public Health 22, 512 (2022).", "Water 2020, 12,
/// 1987.") or a volume line of the page header ("Volume 281, 1 March 2021, 111876", "Volume 58, Issue 4
/// p. 812-824", "Published in: IEEE Transactions on X ( Volume: 36, Issue: 2, March 2021)").
struct VenueLocator: Equatable {
    var journal: String?
    var date: PartialDate?
    var volume: String?
    var issue: String?
    var pages: String?

    init() {}

    /// Fills the values `self` lacks from `other`.
    mutating func fill(from other: VenueLocator) {
        journal = journal ?? other.journal
        date = date ?? other.date
        volume = volume ?? other.volume
        issue = issue ?? other.issue
        pages = pages ?? other.pages
    }

    /// Sets the record's venue fields that `self` states, each noted with `rule`; a journal that reads as a
    /// label, a menu, a breadcrumb or a list of names is left out.
    func write(into record: inout Record, rule: String) {
        if let j = journal, Self.isJournalName(j) { record.containerTitle = j; record.note(.containerTitle, rule) }
        if let d = date { record.issued = d; record.note(.issued, rule) }
        if let x = volume { record.volume = x; record.note(.volume, rule) }
        if let x = issue { record.issue = x; record.note(.issue, rule) }
        if let p = pages { record.setLocator(p, rule: rule) }
    }

    /// A journal name as pages print it before a volume: capitalised, not a label, counter, menu or breadcrumb
    /// ("First published on", "View Current Issue", "Home > Journals > …"), not a name with its marker
    /// ("Weian Zhao,1", "Geert van Loo5"), a list of names ("L. Falivene, D. J. Nelson, …"), a date ("September
    /// 2010"), an affiliation ("Department of Bioengineering, Clemson University") or a title run into its
    /// journal ("Natural … infections in Scottish cattle. Veterinary Record").
    static func isJournalName(_ j: String) -> Bool {
        let words = j.split(separator: " ")
        guard let f = j.first, f.isUppercase || Self.isLowerCamelBrand(words.first), !words.isEmpty, words.count <= 12, !j.containsBytes(">"), !j.containsBytes("|"),
              !j.containsBytes("\u{203A}"), let last = j.last, last != "/", last != ":", TextByline.names(inLine: j) == nil else { return false }
        if let comma = j.firstIndex(of: ","), j[j.index(after: comma)...].first?.isNumber == true { return false }
        if last.isNumber, j.dropLast().last?.isLetter == true { return false }
        if j.filter({ $0 == "," }).count >= 2 { return false }
        if words.count > 8, j.containsBytes(". ") { return false }
        if words.count <= 3, PartialDate.parse(j) != nil, words.contains(where: { PartialDate.monthNumber($0.lowercased().trimmingCharacters(".")) != nil }) { return false }
        // A phrase ending in a month ("Since January", "Updated March") opens a date, not a journal.
        if let lastWord = words.last, lastWord.count >= 3, PartialDate.monthNumber(lastWord.lowercased().trimmingCharacters(".,")) != nil { return false }
        if j.contains(","), TextByline.isAffiliation(j.lowercased()) { return false }
        return !words.allSatisfy { ArticleTextTables.nonNameWords.contains($0.lowercased().trimmingCharacters(".:")) }
            && !nonJournalLeads.contains(words[0].lowercased().trimmingCharacters(".:"))
    }

    /// A journal name branded in lower camel case ("eLife", "mBio", "iScience", "eNeuro"): one or two lower-case
    /// letters, then a capital.
    static func isLowerCamelBrand(_ word: Substring?) -> Bool {
        guard let w = word else { return false }
        let lead = w.prefix { $0.isLowercase }
        return (1...2).contains(lead.count) && w.dropFirst(lead.count).first?.isUppercase == true
    }

    /// First words of venue-shaped text that are labels, counters, dates, menus or locators, not a journal.
    static let nonJournalLeads: Set<String> = [
        "cited", "views", "downloads", "received", "accepted", "published", "revised", "posted", "updated", "volume",
        "vol", "issue", "no", "number", "pages", "page", "pp", "figure", "fig", "table", "version", "copyright", "first",
        "view", "home", "online", "skip", "download", "current", "all", "browse", "search", "submit",
    ]

    /// A number or a parenthesised group of a citation's locator.
    private enum Item: Equatable { case number(String), group(String) }

    /// Reads the text after the title in a citation: the journal runs to the first word that holds a digit,
    /// then the numbers follow in one of the orders journals print. `nil` when no volume is stated.
    init?(citationTail raw: Substring) {
        // A tail that labels its numbers ("Journal of Documentation, Vol. 77 No. 3, pp. 689-707", "Revista X,
        // v. 12, n. 2, p. 45–67, 2021") is read as a volume line.
        // A venue label before the citation ("Journal: Proc. Amer. Math. Soc. 141 (2013), 2345-2358") is no part of it.
        var raw = raw
        if let label = ArticleTextTables.venueLabels.first(where: { raw.hasPrefix($0) }) { raw = raw.dropFirst(label.count) }
        if let labelled = VenueLocator(labelledTail: raw) { self = labelled; return }
        if let legal = VenueLocator(bluebookTail: raw) { self = legal; return }
        var tail = raw.drop { ". ?!,".contains($0) }
        // A character match of these ASCII needles is a byte match (none holds ";", "`" or "K", the only ASCII
        // characters with a canonical twin outside ASCII): text without their bytes is passed without a search.
        for cut in ["https://", "http://", "doi:", "DOI:", "DOI "] {
            if tail.firstByteRange(of: cut) != nil, let r = tail.firstRange(of: cut) { tail = tail[..<r.lowerBound] }
        }
        let words = tail.split(separator: " ")
        guard let firstNumber = words.firstIndex(where: { $0.first?.isNumber == true || $0.first == "(" }) else { return nil }
        // A label right before the first number ("Year: 2023 Volume: 11") names that number, not a journal.
        if firstNumber > words.startIndex, words[words.index(before: firstNumber)].hasSuffix(":") { return nil }
        // A day before a month opens a date, not a volume: the locator may follow the date ("Malaria Journal, 07 Oct
        // 2022, 21(1):281", as Europe PMC prints it) or not ("Front. Psychol., 15 January 2015").
        if words.index(after: firstNumber) < words.endIndex, Self.isMonthWord(words[words.index(after: firstNumber)]) {
            guard let year = words[firstNumber...].prefix(4).firstIndex(where: { Self.isYear(String($0).trimmingCharacters(",;.")) }),
                  words.index(after: year) < words.endIndex,
                  var v = VenueLocator(citationTail: Substring((words[..<firstNumber] + words[words.index(after: year)...]).joined(separator: " ")))
            else { return nil }
            v.date = v.date ?? PartialDate.parse(words[firstNumber...year].joined(separator: " ").trimmingCharacters(",;."))
            self = v
            return
        }
        // An author-year citation ("D N Astrov et al 1976 Metrologia 12 143", as IOP prints it): the bare year after
        // the names, then the journal and its numbers.
        let next = words.index(after: firstNumber)
        if next < words.endIndex, Self.isYear(String(words[firstNumber])), words[next].first?.isLetter == true,
           firstNumber > words.startIndex,
           var v = VenueLocator(citationTail: Substring(words[next...].joined(separator: " "))), v.volume != nil,
           // A journal's name ends in a capitalised word or an abbreviation, a sentence's subject does not ("The 2020
           // MCQ for Proceedings … is 0.85").
           v.journal?.split(separator: " ").last?.first?.isUppercase == true {
            v.date = v.date ?? PartialDate.parse(String(words[firstNumber]))
            self = v
            return
        }
        var journal = words[..<firstNumber].joined(separator: " ").trimmingCharacters(",;:")
        // "Front. Immunol." keeps the dot of its last abbreviation; "Water." (AMA style) loses its separator.
        if journal.hasSuffix("."), !journal.dropLast().contains(".") { journal.removeLast() }
        guard let first = journal.first, first.isLetter, journal.count <= 150, !Self.isSerialNumberLabel(journal) else { return nil }
        var items = Self.items(words[firstNumber...].joined(separator: " "))
        // "Ophthalmic Res (2023) 66 (1): 812–824", "AoB PLANTS (2015) 7: plv005": the year in brackets first.
        // An author-date citation ("Smith, J. (2010). Tides. Ocean Letters, 12(3), 1-9") has the title after its
        // year: the journal is the sentence that the numbers follow.
        let afterYear = words.index(after: firstNumber)
        if case .group(let g)? = items.first, Self.isYear(g), afterYear < words.endIndex {
            if words[afterYear].first?.isNumber != true {
                guard var v = VenueLocator(afterTitle: words[afterYear...].joined(separator: " ")) else { return nil }
                v.date = PartialDate.parse(g)
                self = v
                return
            }
            if items.count >= 3 {
                date = PartialDate.parse(g)
                items.removeFirst()
            }
        }
        guard case .number(let lead)? = items.first, !Self.isSerialNumber(lead) else { return nil }
        var rest = items[...]
        if Self.isYear(lead), items.count >= 3 {
            // "Water 2020, 12(7), 1987": the year first.
            date = PartialDate.parse(lead)
            rest = rest.dropFirst()
        }
        guard case .number(let vol)? = rest.first, !Self.isOrdinal(vol) else { return nil }
        self.journal = journal
        volume = vol
        rest = rest.dropFirst()
        if case .group(let g)? = rest.first {
            // A bare year in brackets is the date wherever it stands ("Mar. Pollut. Bull., 77 (2013), pp. 177-182").
            if Self.isYear(g) || rest.count == 1, let d = Self.groupDate(g) { date = date ?? d } else { issue = g }
            rest = rest.dropFirst()
        }
        if case .number(let p)? = rest.first { pages = p; rest = rest.dropFirst() }
        if case .group(let g)? = rest.first, let d = Self.groupDate(g) { date = date ?? d }
    }

    /// The date a bracketed group after the locator states: a year ("(2004)") or a date with its year ("(12 Jan
    /// 2015)", "(March/April 2014)"), as citation lines close; nil for an issue ("(3/4)", "(Suppl 2)").
    static func groupDate(_ g: String) -> PartialDate? {
        if isYear(g) { return PartialDate.parse(g) }
        let words = g.split(whereSeparator: { $0 == " " || $0 == "," })
        guard words.count >= 2, words.count <= 4, let last = words.last, isYear(String(last)),
              words.dropLast().contains(where: { isMonthWord($0) }) else { return nil }
        return PartialDate.parse(g)
    }

    /// A month's name or abbreviation, or two joined by a slash ("March/April"), with a closing dot or comma.
    static func isMonthWord(_ word: Substring) -> Bool {
        let parts = word.lowercased().trimmingCharacters(".,").split(separator: "/")
        return !parts.isEmpty && parts.allSatisfy { PartialDate.monthNumber(String($0).trimmingCharacters(".")) != nil }
    }

    /// The venue of an author-date citation after its year ("Tides. Ocean Letters, 12(3), 1-9."): the last sentence
    /// of the text that reads as a journal with a volume and pages, its journal no running text.
    init?(afterTitle text: String) {
        var best: VenueLocator? = nil
        var i = text.startIndex
        func boundary(after i: String.Index) -> Range<String.Index>? {
            [text[i...].firstRange(of: ". "), text[i...].firstRange(of: "? ")].compactMap { $0 }.min { $0.lowerBound < $1.lowerBound }
        }
        while let r = boundary(after: i) {
            let rest = text[r.upperBound...]
            if let v = VenueLocator(citationTail: rest), v.volume != nil, v.pages != nil, v.date == nil,
               let j = v.journal, VenueLocator.isJournalName(j) {
                best = v
            }
            i = r.upperBound
        }
        guard let best else { return nil }
        self = best
    }

    /// Reads a header line holding "Volume N"; the venue is the text before it, if any. Breadcrumbs
    /// ("Journals & Magazines >IEEE Trans… >Volume: 36") are navigation and are refused.
    init?(volumeLine line: String) {
        guard line.utf8.count <= 300, line.containsBytes("ol") || line.containsBytes("OL"), !line.containsBytes(">"),
              !line.containsBytes("\u{203A}"), !line.containsBytes("...") else { return nil }
        let line = VenueLocator.spacingGluedLabels(line)
        var found: Range<String.Index>? = nil
        for key in ["Volume", "volume", "Vol.", "vol.", "VOLUME"] {
            guard let r = line[...].firstByteRange(of: key) else { continue }
            let before = r.lowerBound == line.startIndex ? nil : line[line.index(before: r.lowerBound)]
            let after = line[r.upperBound...].drop { $0 == ":" || $0 == " " }
            if (before == nil || before == " " || before == "(") && after.first?.isNumber == true { found = r; break }
        }
        guard let r = found else { return nil }
        var venue = String(line[..<r.lowerBound])
        for label in ArticleTextTables.venueLabels where venue.hasPrefix(label) { venue = String(venue.dropFirst(label.count)) }
        venue = venue.trimmingCharacters("(,;|/")
        // A year printed between the journal and its volume ("Int. J. of X, 2014 Vol.18 No.3") dates the issue.
        var venueYear: PartialDate? = nil
        if let last = venue.split(separator: " ").last, Self.isYear(String(last)) {
            venueYear = PartialDate.parse(String(last))
            venue = String(venue.dropLast(last.count)).trimmingCharacters(" ,;")
        }
        if let f = venue.first, f.isLetter { journal = venue }

        // A history date printed on the same line ("| Received 4 May 2020") is not the publication date.
        let stated = VenueLocator.beforeHistoryDates(line[r.upperBound...])
        let tokens = stated.split { " ,;()|".contains($0) }.map { String($0).trimmingCharacters(":") }.filter { !$0.isEmpty }
        guard let vol = tokens.first, vol.first?.isNumber == true else { return nil }
        // Prose after the number ("tumour volume 14 days after …") is no citation: a volume line goes on with an
        // issue, pages, a date or a capitalised label.
        if tokens.count > 1, let w = tokens[1].first, w.isLowercase,
           !VenueLocator.lowercaseFollowers.contains(tokens[1].lowercased()) { return nil }
        volume = vol
        var leftover: [String] = []
        var articleNumbered = false
        var i = 1
        while i < tokens.count {
            let t = tokens[i].lowercased()
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            if Self.issueLabels.contains(t), let n = next, n.first?.isNumber == true {
                issue = n; i += 2; continue
            }
            // An article number stated as such stands for the pages ("Article No.: 27, pp 1–29").
            if Self.pageLabels.contains(t), let n = next, n.first?.isNumber == true, !articleNumbered {
                if i + 3 < tokens.count, ["-", "\u{2013}"].contains(tokens[i + 2]) {
                    pages = n + "-" + tokens[i + 3].trimmingCharacters("."); i += 4
                } else {
                    pages = n.trimmingCharacters("."); i += 2
                }
                continue
            }
            if t == "article", let n = next {
                let lower = n.lowercased()
                if (lower == "number" || lower == "no." || lower == "no"), i + 2 < tokens.count {
                    pages = tokens[i + 2]; articleNumbered = true; i += 3; continue
                }
                if n.first?.isNumber == true { pages = n; articleNumbered = true; i += 2; continue }
            }
            // Pages glued to their label ("P812-824", as The Lancet and Cell Press print them).
            if pages == nil, t.hasPrefix("p"), t.count >= 2, t.dropFirst().first?.isNumber == true,
               t.dropFirst().allSatisfy({ $0.isNumber || $0 == "-" || $0 == "\u{2013}" }) {
                pages = String(tokens[i].dropFirst()).replacingDashes; i += 1; continue
            }
            // A bare number of three digits or more that is not a year is the article number ("…, 111876");
            // days of the month have one or two.
            if pages == nil, t.count >= 3, t.allSatisfy({ $0.isNumber }), !Self.isYear(t) { pages = tokens[i]; i += 1; continue }
            if !t.contains("/") { leftover.append(tokens[i]) }
            i += 1
        }
        date = PartialDate.parse(leftover.joined(separator: " ")) ?? venueYear
    }

    /// A labelled locator glued to its number ("Vol.18", "No.3", "pp.301") gets a space, as printed elsewhere.
    static func spacingGluedLabels(_ line: String) -> String {
        guard line.containsBytes(".") else { return line }
        var out = ""
        var previous: [Character] = []
        for c in line {
            if c.isNumber, previous.last == ".",
               let label = Array(previous.dropLast(1)).split(whereSeparator: { !$0.isLetter }).last.map({ String($0) }),
               Self.gluedLabels.contains(label.lowercased()) {
                out.append(" ")
            }
            out.append(c)
            previous.append(c)
            if previous.count > 8 { previous.removeFirst() }
        }
        return out
    }

    /// Labels of an issue number after the volume (lower-case), in the languages journals print them in.
    static let issueLabels: Set<String> = ["issue", "no.", "no", "number", "nos", "nos.", "n.", "numéro", "núm.", "núm",
                                           "nº", "n°", "nr.", "nr", "heft", "fasc.", "fascicolo", "sayı", "číslo", "broj"]
    /// Labels of the pages after the volume (lower-case).
    static let pageLabels: Set<String> = ["p.", "pp.", "pp", "pages", "page", "page(s)", "págs.", "pág.", "pag.", "s.", "str.", "ss."]

    /// Labels that may be glued to the number they label.
    static let gluedLabels: Set<String> = ["vol", "no", "nos", "pp", "p"]

    /// A citation tail whose volume is labelled (", Vol. 77 No. 3, pp. 689-707", ", v. 12, n. 2, p. 45–67, 2021"):
    /// the venue before the label (a bracketed "[S. l.]" note dropped), the numbers after their labels.
    init?(labelledTail raw: Substring) {
        var tail = String(raw.drop { ". ?!,\"“”".contains($0) })
        // Byte tests first, as in `init(citationTail:)`.
        for cut in ["https://", "http://", "doi:", "DOI:", "DOI "] {
            if tail.containsBytes(cut), let r = tail.firstRange(of: cut) { tail = String(tail[..<r.lowerBound]) }
        }
        while let open = tail.firstIndex(of: "["), let close = tail[open...].firstIndex(of: "]") {
            tail.removeSubrange(open...close)
        }
        // ABNT's "v. 12, n. 2": the short volume label, after a comma.
        if tail.containsBytes(", v. "), let r = tail.firstRange(of: ", v. "), tail[r.upperBound...].first?.isNumber == true {
            tail.replaceSubrange(r, with: ", Vol. ")
        }
        while tail.containsBytes(", ,"), let r = tail.firstRange(of: ", ,") { tail.replaceSubrange(r, with: ",") }
        let spaced = Self.spacingGluedLabels(tail)
        guard spaced.containsBytes("Vol") || spaced.containsBytes("vol"), var v = VenueLocator(volumeLine: spaced),
              let j = v.journal?.trimmingCharacters(" ,;"), Self.isJournalName(j) else { return nil }
        v.journal = j
        self = v
    }

    /// A citation whose parts a browser's copy glued together, its journal run into the year and the year into
    /// the numbers ("ACS Photonics2019XXXXXXXXXX-XXX", "J. Phys. Chem. A2001105133365-3370", as ACS prints its
    /// "Cite This:" line in spans without separators): the journal is the text before the first digit, the date
    /// the four digits that open the glued run when they are a year. The volume, issue and pages run together
    /// past telling apart, and are not read.
    init?(gluedTail raw: Substring) {
        let tail = raw.drop { $0 == " " }
        guard let d = tail.firstIndex(where: \.isNumber), d > tail.startIndex else { return nil }
        let before = tail[tail.index(before: d)]
        guard before.isLetter || before == "." else { return nil }
        let digits = tail[d...].prefix { $0.isNumber }
        guard digits.count >= 4, Self.isYear(String(digits.prefix(4))) else { return nil }
        let j = String(tail[..<d]).trimmingCharacters(" ,;")
        guard Self.isJournalName(j) else { return nil }
        journal = j
        date = PartialDate.parse(String(digits.prefix(4)))
    }

    /// A legal citation's tail, volume before the journal and the year last ("47 Midland L. Rev. 401 (2019)", as
    /// law reviews and courts print citations, the Bluebook form).
    init?(bluebookTail raw: Substring) {
        let tail = String(raw.drop { ". ?!,".contains($0) }).trimmingCharacters(" .;")
        let words = tail.split(separator: " ").map(String.init)
        guard words.count >= 4, words[0].allSatisfy(\.isNumber), let last = words.last, last.hasPrefix("("), last.hasSuffix(")"),
              Self.isYear(String(last.dropFirst().dropLast())) else { return nil }
        let page = words[words.count - 2]
        guard page.first?.isNumber == true, page.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "\u{2013}" }) else { return nil }
        let journal = words[1..<(words.count - 2)].joined(separator: " ")
        guard journal.contains(where: \.isLetter), !journal.contains(where: \.isNumber), Self.isJournalName(journal) else { return nil }
        self.journal = journal
        volume = words[0]
        pages = page
        date = PartialDate.parse(String(last.dropFirst().dropLast()))
    }

    /// Numbers (with letters, as in "e0213978", or ranges "301-322") and parenthesised groups, in order.
    private static func items(_ text: String) -> [Item] {
        var out: [Item] = []
        var word = ""
        var group: String? = nil
        func flush() {
            let w = word.trimmingCharacters("-\u{2013}")
            if w.contains(where: \.isNumber) { out.append(.number(w)) }
            word = ""
        }
        for ch in text {
            if var g = group {
                if ch == ")" { out.append(.group(g.trimmingSpaces)); group = nil } else { g.append(ch); group = g }
            } else if ch == "(" {
                flush(); group = ""
            } else if ch.isLetter || ch.isNumber || ch == "-" || ch == "\u{2013}" {
                word.append(ch)
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// An ordinal ("15th", "2nd", "3e", "21º"): a meeting's or an edition's number, never a volume.
    static func isOrdinal(_ s: String) -> Bool {
        let suffix = s.drop { $0.isNumber }.lowercased()
        return s.first?.isNumber == true && ["st", "nd", "rd", "th", "e", "er", "ème", "º", "ª", "."].contains(suffix)
    }

    /// A label whose number is a serial's or book's standard number, never a volume ("Print ISSN", "eISSN", "ISBN").
    static func isSerialNumberLabel(_ text: String) -> Bool {
        let lower = text.lowercased().trimmingCharacters(":")
        return lower.hasSuffix("issn") || lower.hasSuffix("isbn") || lower.hasSuffix("issn-l")
    }

    /// An ISSN ("0962-8452", "1471-295X"): four digits, a hyphen, three digits and a check digit or X.
    static func isSerialNumber(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 9, u[4] == UInt8(ascii: "-") else { return false }
        return u[0..<4].allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && u[5..<8].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            && (u[8] >= 0x30 && u[8] <= 0x39 || u[8] == UInt8(ascii: "X") || u[8] == UInt8(ascii: "x"))
    }

    static func isYear(_ s: String) -> Bool {
        s.count == 4 && s.allSatisfy(\.isNumber) && (Int(s).map { (1800...2099).contains($0) } ?? false)
    }

    /// Lower-case words that may follow the volume number on a volume line.
    static let lowercaseFollowers: Set<String> = issueLabels.union(pageLabels)
        .union(["article", "suppl", "suppl.", "supplement", "part", "pt.", "e", "art."])

    /// Words that open a history date (the manuscript's, not the article's publication).
    static let historyWords = ["received", "revised", "accepted", "submitted"]

    /// `text` up to its first history word (ASCII case ignored).
    static func beforeHistoryDates(_ text: Substring) -> Substring {
        let bytes = text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        guard let cut = historyWords.compactMap({ ByteSearch.firstIndex(of: Array($0.utf8), in: bytes) }).min() else { return text }
        return Substring(text.utf8.prefix(cut)) ?? text
    }
}
