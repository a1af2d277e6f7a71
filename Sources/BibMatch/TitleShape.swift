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

    init(title: String?) {
        guard let title else { self.init(words: [], notes: []); return }
        let notes = title.utf8.contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ",") }
            ? TextFolding.words(Self.notes(of: title)) : []
        self.init(words: TextFolding.words(title), notes: notes)
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

    /// What `strippingNotes` removes, as one string.
    static func notes(of title: String) -> String {
        var rest = ""
        var depth = 0
        for ch in title {
            if ch == "(" || ch == "[" { depth += 1; rest.append(" "); continue }
            if ch == ")" || ch == "]" { depth = max(0, depth - 1); rest.append(" "); continue }
            if depth > 0 { rest.append(ch) }
        }
        let kept = strippingKindSuffix(title)
        if kept.count < title.count { rest += " " + title.dropFirst(kept.count) }
        return rest
    }

    /// The title without database notes: trailing "[Review]", "[45 refs]", and short parenthesised
    /// notes anywhere ("(Structured abstract)", "(panel session)", "(extended version)").
    static func strippingNotes(_ title: String) -> String {
        var out = ""
        var pending = ""
        var depth = 0
        var square = false
        for ch in title {
            if depth == 0, ch == "(" || ch == "[" { depth = 1; square = ch == "["; pending = ""; continue }
            if depth > 0 {
                if ch == (square ? "]" : ")") {
                    depth = 0
                    // Long parenthesised text is part of the title, square-bracketed text never is.
                    if !square && pending.split(separator: " ").count > 3 { out += "(" + pending + ")" } else { out += " " }
                } else { pending.append(ch) }
                continue
            }
            out.append(ch)
        }
        if depth > 0 { out += (square ? "[" : "(") + pending }
        let trimmed = strippingKindSuffix(out.trimmingCharacters(in: .whitespaces))
        return trimmed.isEmpty ? title : trimmed
    }

    /// The title without a trailing " - Book Review" or ", Guest Editors' Foreword": a part after a
    /// spaced dash or a comma made only of generic words names the kind of item, not its topic.
    static func strippingKindSuffix(_ title: String) -> String {
        let bytes = Array(title.utf8)
        // The last ", " or " - ", as byte offsets of the separator's start and end.
        var cut: (start: Int, end: Int)?
        var i = bytes.count - 2
        while i >= 0, cut == nil {
            if bytes[i] == UInt8(ascii: ","), bytes[i + 1] == UInt8(ascii: " ") { cut = (i, i + 2) }
            if i >= 1, bytes[i - 1] == UInt8(ascii: " "), bytes[i] == UInt8(ascii: "-"), bytes[i + 1] == UInt8(ascii: " ") { cut = (i - 1, i + 2) }
            i -= 1
        }
        guard let cut else { return title }
        let tail = TextFolding.words(String(decoding: bytes[cut.end...], as: UTF8.self))
        guard !tail.isEmpty, tail.count <= 4, tail.allSatisfy(genericWords.contains) else { return title }
        return String(decoding: bytes[..<cut.start], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

}
