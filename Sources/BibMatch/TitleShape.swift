import Foundation

/// What a title says about the kind of item, apart from its topic: a notice (erratum, comment,
/// reply), a recurring generic heading ("Editorial"), a numbered part ("Part II"), a demonstration
/// or poster shown beside the paper of the same title.
struct TitleShape: Sendable, Equatable {
    /// Items that share words with the work they refer to but are never that work.
    enum Notice: String, Sendable { case erratum, retraction, comment, reply }
    /// Short companion items a conference prints under the title of a full paper.
    enum Companion: String, Sendable { case demonstration, poster }

    let notice: Notice?
    let isGeneric: Bool
    let part: Int?
    let companion: Companion?

    /// Leading words that mark a notice, as folded word sequences.
    static let noticeOpenings: [([String], Notice)] = [
        (["erratum"], .erratum), (["errata"], .erratum), (["corrigendum"], .erratum), (["correction"], .erratum),
        (["correction", "to"], .erratum), (["notice", "of", "retraction"], .retraction), (["retraction"], .retraction),
        (["retracted"], .retraction), (["comment", "on"], .comment), (["comments", "on"], .comment),
        (["commentary", "on"], .comment), (["letter", "to", "the", "editor"], .comment), (["re"], .comment),
        (["reply"], .reply), (["reply", "to"], .reply), (["response", "to"], .reply), (["authors", "reply"], .reply),
        (["in", "reply"], .reply),
    ]

    /// Words from which recurring headings are made; a title made only of them names a column, not a work.
    static let genericWords: Set<String> = [
        "editorial", "editorials", "guest", "editor", "editors", "note", "notes", "introduction", "foreword", "preface",
        "message", "chair", "chairs", "president", "presidents", "treasurer", "treasurers", "vice", "secretary",
        "book", "books", "review", "reviews", "column", "letter", "letters", "news", "announcement", "announcements",
        "call", "calls", "for", "papers", "paper", "and", "the", "to", "from", "of", "a", "in", "index", "author", "authors",
        "contents", "table", "keynote", "address", "panel", "report", "reports", "obituary", "memoriam", "correspondence",
        "abstracts", "abstract", "erratum", "errata", "corrigendum", "correction", "commentary", "reply", "response",
        "acknowledgment", "acknowledgments", "acknowledgement", "reviewers", "referees", "summary", "conclusion",
        "conclusions", "overview", "welcome", "opening", "closing", "remarks", "issue", "special", "section", "title",
        "front", "matter", "article", "articles", "miscellany", "errata", "back", "cover", "on", "our", "this", "new", "year",
    ]

    /// Words that mark a companion item in the title's notes ("(demo abstract)", " - Poster").
    static let companionWords: [String: Companion] = [
        "demo": .demonstration, "demos": .demonstration, "demonstration": .demonstration, "poster": .poster,
    ]

    /// Roman numerals read in part numbers.
    static let roman: [String: Int] = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10]

    /// The shape of a whole title: its words, and the notes `splittingNotes` finds in it.
    init(title: String?, notes: String = "") {
        self.init(words: title.map { TextFolding.words($0) } ?? [], notes: TextFolding.words(notes))
    }

    init(words: [String], notes: [String]) {
        var notice: Notice?
        for (opening, kind) in Self.noticeOpenings where words.count > opening.count && Array(words.prefix(opening.count)) == opening {
            notice = kind
        }
        self.notice = notice
        isGeneric = !words.isEmpty && words.count <= 6 && words.allSatisfy(Self.genericWords.contains)
        var part: Int?
        for (i, w) in words.enumerated() where (w == "part" || w == "pt") && i + 1 < words.count {
            let next = words[i + 1]
            if let n = Int(next) ?? Self.roman[next] { part = n; break }
        }
        self.part = part
        companion = notes.lazy.compactMap { Self.companionWords[$0] }.first
    }

    /// The title without database notes: trailing "[Review]", "[45 refs]", and short parenthesised
    /// notes anywhere ("(Structured abstract)", "(panel session)", "(extended version)").
    static func strippingNotes(_ title: String) -> String { splittingNotes(title).title }

    /// The title without its database notes, and the notes removed (where a companion item is named:
    /// "(demo abstract)", " - Poster").
    static func splittingNotes(_ title: String) -> (title: String, notes: String) {
        var out = ""
        var notes = ""
        var pending = ""
        var depth = 0
        var square = false
        for ch in title {
            if depth == 0, ch == "(" || ch == "[" { depth = 1; square = ch == "["; pending = ""; continue }
            if depth > 0 {
                if ch == (square ? "]" : ")") {
                    depth = 0
                    switch bracketed(pending, square: square) {
                    case .title: out += square ? " " + pending + " " : "(" + pending + ")"
                    case .note: out += " "; notes += pending + " "
                    }
                } else { pending.append(ch) }
                continue
            }
            out.append(ch)
        }
        if depth > 0 { out += (square ? "[" : "(") + pending }
        let body = out.trimmingCharacters(in: .whitespaces)
        let (kept, kind) = splittingKindSuffix(body)
        notes += kind
        return kept.isEmpty ? (title, "") : (kept, notes)
    }

    /// What a bracketed passage of a title is.
    enum Bracketed { case title, note }

    /// Words of a correction note that cites the corrected article ("(vol 12, pg 345, 2003)").
    static let locatorNoteWords: Set<String> = ["vol", "volume", "pg", "p", "pp", "page", "pages", "no", "issue", "suppl"]

    /// A bracketed passage of four words or more is part of the title: in square brackets it is the
    /// English title MEDLINE prints for an article in another language ("[The role of complement in
    /// …]. [Polish]"), in parentheses a phrase of the title. Shorter passages are database notes
    /// ("[Review]", "[Polish]", "[45 refs]", "(Structured abstract)"), and so is a passage made only of
    /// locator words and numbers, whatever its length ("(vol 12, pg 345, 2003)").
    static func bracketed(_ text: String, square: Bool) -> Bracketed {
        let words = TextFolding.words(text)
        if !words.isEmpty, words.allSatisfy({ locatorNoteWords.contains($0) || $0.allSatisfy(\.isNumber) }) { return .note }
        return words.count > 3 ? .title : .note
    }

    /// The title without a trailing " - Book Review" or ", Guest Editors' Foreword", and that tail: a part
    /// after a spaced dash or a comma made only of generic or companion words ("Poster") names the kind of
    /// item, not its topic.
    static func splittingKindSuffix(_ title: String) -> (title: String, tail: String) {
        let bytes = Array(title.utf8)
        // The last ", " or " - ", as byte offsets of the separator's start and end.
        var cut: (start: Int, end: Int)?
        var i = bytes.count - 2
        while i >= 0, cut == nil {
            if bytes[i] == UInt8(ascii: ","), bytes[i + 1] == UInt8(ascii: " ") { cut = (i, i + 2) }
            if i >= 1, bytes[i - 1] == UInt8(ascii: " "), bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: " ") { cut = (i - 1, i + 2) }
            i -= 1
        }
        guard let cut else { return (title, "") }
        let tail = String(decoding: bytes[cut.end...], as: UTF8.self)
        let words = TextFolding.words(tail)
        guard !words.isEmpty, words.count <= 4, words.allSatisfy({ genericWords.contains($0) || companionWords[$0] != nil }) else {
            return (title, "")
        }
        return (String(decoding: bytes[..<cut.start], as: UTF8.self).trimmingCharacters(in: .whitespaces), tail)
    }
}
