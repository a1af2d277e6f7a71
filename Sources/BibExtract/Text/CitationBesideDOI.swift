import BibModel

/// The article's own citation printed beside its own DOI, as journal home pages and publisher headers do:
/// "ZooKeys 470: 1-16 (12 Jan 2015)" on the line above "doi: 10.3897/zookeys.470.8728", or
/// "BMC Evolutionary Biology 2014, 14:70  doi:10.1186/1471-2148-14-70" on one line. A reference list never
/// prints the article's own DOI, so a citation found next to it is the page's own.
enum CitationBesideDOI {
    /// Lines above a DOI line that may hold the citation (blank lines skipped).
    static let linesAbove = 2

    /// The venue of the first citation line found beside a line printing `doi`; it names a journal, a volume and
    /// pages (or an article number), and nothing after the journal reads as running text.
    static func venue(in lines: [String], doi: String) -> VenueLocator? {
        let needle = doi.lowercased()
        for i in lines.indices where lines[i].utf8.count <= 400 && lines[i].containsBytes("10.") {
            let lower = lines[i].lowercased()
            guard let at = lower.range(of: needle) else { continue }
            let before = lines[i][..<at.lowerBound]
            if let v = citation(before) { return v }
            if let v = citation(Self.afterDOI(lines[i], at: lower.distance(from: lower.startIndex, to: at.upperBound))) { return v }
            var k = i - 1, seen = 0
            while k >= 0, seen < linesAbove {
                if !lines[k].isEmpty {
                    // A line citing another DOI is another work's citation.
                    if lines[k].containsBytes("10."), let other = DOI.parse(lines[k]), other.lowercased() != needle { break }
                    if let v = citation(lines[k][...]) { return v }
                    seen += 1
                }
                k -= 1
            }
        }
        return nil
    }

    /// The text after the DOI that ends `offset` characters into `line`, a bracketed article type first dropped:
    /// a header may print the citation after the DOI ("DOI: 10.1039/B806499G (Paper) J. Mater. Chem., 2008, 18,
    /// 4572-4578", as the Royal Society of Chemistry does).
    static func afterDOI(_ line: String, at offset: Int) -> Substring {
        guard offset < line.count else { return "" }
        var rest = line[line.index(line.startIndex, offsetBy: offset)...].drop { $0 == " " }
        if rest.first == "(", let close = rest.firstIndex(of: ")"),
           rest[rest.index(after: rest.startIndex)..<close].allSatisfy({ $0.isLetter || $0 == " " }) {
            rest = rest[rest.index(after: close)...].drop { $0 == " " }
        }
        return rest
    }

    /// What starts the DOI itself on a citation line: the citation is what comes before it.
    static let doiStarts = ["https://", "http://", "doi:", "doi ", "doi.org"]

    private static func citation(_ whole: Substring) -> VenueLocator? {
        var line = whole
        let lower = whole.lowercased()
        for start in doiStarts {
            if let r = lower.range(of: start) {
                line = whole.prefix(lower.distance(from: lower.startIndex, to: r.lowerBound))
                break
            }
        }
        guard line.utf8.count <= 200, line.contains(where: \.isNumber), !line.contains("©"),
              let v = VenueLocator(citationTail: line), v.volume != nil, v.pages != nil,
              let j = v.journal, VenueLocator.isJournalName(j),
              LayoutTextReading.isLocatorTail(LayoutTextReading.after(j, in: line)) else { return nil }
        return v
    }
}
