/// The academic degrees and post-nominals clinical and other journals print after each name of a byline
/// ("Robert K. Ashdown, M.D., Ph.D.", "Chinwe Okafor-Whitley, MD, MPH1; Erik T. Brandvold, PhD2", "Adeline Kaboré,
/// MD"), and the group a byline names after its people ("… for the EXTEND-PE Investigators", "on behalf of the
/// MANGO Study Group"): neither is an author's name. Used by the byline readers of pages and of text dumps.
enum AcademicDegrees {
    /// Degrees and post-nominal letters, lower-cased without dots or spaces. Two-letter words that are also family
    /// names ("Ma", "Do") are left out: a part that is only one of them may be a name.
    static let degrees: Set<String> = [
        "md", "phd", "mph", "msc", "ms", "mba", "mbbs", "mbchb", "mbbch", "bsc", "bs", "ba", "bm", "bch", "frcp",
        "frcpc", "frcs", "frcsc", "facp", "facs", "facc", "fracp", "fracs", "frcpath", "frcog", "mrcp", "mrcpch",
        "mrcs", "dphil", "dds", "dmd", "pharmd", "rn", "bsn", "msn", "dnp", "dvm", "drph", "scd", "dsc", "mmed",
        "mhs", "mha", "mpa", "mpp", "mshs", "mscr", "mas", "psyd", "edd", "jd", "llm", "dpt", "mpharm", "fmedsci",
        "fesc", "faha", "fasn", "fidsa", "facog", "faap", "mdphd", "md-phd", "habil", "dr med", "drmed",
    ]

    /// Whether a part of a byline is a degree alone, its footnote markers ("MPH1", "PhD2,3", "MD*", "MD^1") ignored.
    static func isDegree<S: StringProtocol>(_ part: S) -> Bool {
        var key = ""
        for c in part where c != "." && c != " " {
            key.append(c)
            if key.utf8.count > 12 { return false }
        }
        // Markers after the degree, a text browser's superscript caret among them ("MPH^1").
        while let last = key.last, last.isNumber || "*†‡§^,".contains(last) { key.removeLast() }
        return !key.isEmpty && degrees.contains(key.lowercased())
    }

    /// The words that introduce a group after a byline's people, lower-cased, with their spaces.
    static let groupLeads = [" for the ", " on behalf of the ", " on behalf of "]

    /// The last word of a group's name, lower-cased.
    static let groupWords: Set<String> = ["investigators", "group", "consortium", "collaborators", "collaboration",
                                          "collaborative", "network", "team", "committee", "trialists"]

    /// `line` without the group it names after its people ("… M.P.H. for the EXTEND-PE Investigators"): the lead,
    /// then words that end in a group word at the line's end.
    static func withoutGroup(_ line: String) -> String {
        // The last word decides first: most lines of a page end in no group word, and are passed at once.
        guard let space = line.lastIndex(of: " "),
              groupWords.contains(line[line.index(after: space)...].lowercased().trimmingCharacters(".,;")) else { return line }
        let lower = line.lowercased()
        for lead in groupLeads {
            guard let r = lower.range(of: lead) else { continue }
            return String(line.prefix(lower.distance(from: lower.startIndex, to: r.lowerBound))).trimmingCharacters(" ,;")
        }
        return line
    }
}
