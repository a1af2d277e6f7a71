import BibModel
import BibParse

/// Line helpers shared by the plain-text extractors: paragraphs, headings, cut-off points.
///
/// Text dumps keep the page's reading order but lose its markup, so the extractors work on folded lines
/// (`Page.lines`) and find structure from headings, labels and blank lines.
enum TextLines {
    /// Index of the first line at or after `start` that satisfies `predicate`.
    static func first(in lines: [String], from start: Int = 0, where predicate: (String) -> Bool) -> Int? {
        guard start < lines.count else { return nil }
        return lines[start...].firstIndex(where: predicate)
    }

    /// Index of the first line (at or after `start`) that begins with one of `markers`, compared
    /// case-insensitively: where page furniture starts and the record must end.
    static func firstStop(in lines: [String], from start: Int = 0, markers: [String]) -> Int {
        let lowered = markers.map { $0.lowercased() }
        // Lower-casing never merges characters, so the head of a line one character longer than the longest
        // marker decides `hasPrefix` as the whole lower-cased line would.
        let head = (lowered.map(\.count).max() ?? 0) + 1
        let leads = LeadBytes(lowered, lowercasedLines: true)
        return first(in: lines, from: start) { line in
            guard leads.admits(line) else { return false }
            let l = line.prefix(head).lowercasedScalars
            return lowered.contains { l.mayHavePrefix($0) && l.hasPrefix($0) }
        } ?? lines.count
    }

    /// The non-empty lines of `range`, in order.
    static func nonEmpty(_ lines: [String], _ range: Range<Int>) -> [String] {
        let r = range.clamped(to: 0..<lines.count)
        return lines[r].filter { !$0.isEmpty }
    }

    /// Paragraphs of `range`: runs of non-empty lines joined by a space, split at blank lines.
    static func paragraphs(_ lines: [String], _ range: Range<Int>) -> [String] {
        var out: [String] = []
        var current: [String] = []
        for line in lines[range.clamped(to: 0..<lines.count)] {
            if line.isEmpty {
                if !current.isEmpty { out.append(current.joined(separator: " ")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { out.append(current.joined(separator: " ")) }
        return out
    }

    /// Whether the line holds an empty form field as a text browser prints one ("Folder Name [ ]", "Email [ ]"):
    /// brackets around nothing but white space or underscores. Such a line is a form's label, never a name.
    static func holdsFormField(_ line: String) -> Bool {
        var open = false, blank = true
        for b in line.utf8 {
            switch b {
            case UInt8(ascii: "["): open = true; blank = true
            case UInt8(ascii: "]"): if open && blank { return true }; open = false
            case 0x20, 0x09, UInt8(ascii: "_"): break
            default: blank = false
            }
        }
        return false
    }

    /// Whether the line reads as running prose: long, several words, ending like a sentence.
    static func isProse(_ line: String, minLength: Int = 80) -> Bool {
        guard line.count >= minLength else { return false }
        let words = line.split(separator: " ").count
        guard words >= 10 else { return false }
        return line.last.map { ".!?)\u{201D}\"'".contains($0) } ?? false
    }

    /// Whether the text contains Han characters (the labels of Chinese mirror sites).
    static func hasHan(_ s: String) -> Bool {
        // U+4E00...U+9FFF are the three-byte UTF-8 sequences led by E4...E9: decoded only there.
        var s = s
        return s.withUTF8 { b in
            var i = 0
            while i + 2 < b.count {
                if b[i] >= 0xE4, b[i] <= 0xE9 {
                    let scalar = UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    if (0x4E00...0x9FFF).contains(scalar) { return true }
                }
                i += 1
            }
            return false
        }
    }
}

/// A name as printed with its affiliation markers split off: "Riley, Fleur [1 ]" → ("Riley, Fleur", ["1"]).
struct MarkedName: Equatable {
    var name: String
    var markers: [String]

    /// Splits bracketed numbers ("[1 ]", "[1,3]"), glued or spaced trailing digits ("Fleur1", "Riley 1 2")
    /// and superscript digits from a printed name.
    init(_ raw: String) {
        if let ascii = MarkedName(ascii: raw) { self = ascii; return }
        var name = ""
        var markers: [String] = []
        var digits = ""
        var inBracket = false
        func flushDigits() {
            if !digits.isEmpty { markers.append(digits); digits = "" }
        }
        for ch in raw {
            if ch == "[" { inBracket = true; continue }
            if ch == "]" { inBracket = false; flushDigits(); continue }
            if !ch.isASCII, let d = MarkedName.superscripts[ch] { digits.append(d); continue }
            if ch.isASCII && ch.isNumber { digits.append(ch); continue }
            flushDigits()
            if inBracket || MarkedName.markSigns.contains(ch) || MarkedName.invisibles.contains(ch) { continue }
            name.append(ch)
        }
        flushDigits()
        var cleaned = name.collapsingSpaces
        while let last = cleaned.last, ",;".contains(last) { cleaned.removeLast() }
        let roman = MarkedName.splittingRomanMarker(cleaned.trimmingSpaces)
        self.name = roman.name
        self.markers = markers + roman.markers
    }

    /// The same reading for a name printed in ASCII only, byte by byte (each byte is one character there): a
    /// byline search runs it on every line of a page. `nil` when `raw` holds a byte outside ASCII.
    private init?(ascii raw: String) {
        var name: [UInt8] = []
        var markers: [String] = []
        var digits: [UInt8] = []
        var inBracket = false
        func flushDigits() {
            if !digits.isEmpty { markers.append(String(decoding: digits, as: UTF8.self)); digits = [] }
        }
        for b in raw.utf8 {
            if b >= 0x80 { return nil }
            if b == UInt8(ascii: "[") { inBracket = true; continue }
            if b == UInt8(ascii: "]") { inBracket = false; flushDigits(); continue }
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { digits.append(b); continue }
            flushDigits()
            if inBracket || b == UInt8(ascii: "*") { continue }
            name.append(b)
        }
        flushDigits()
        var cleaned = String(decoding: name, as: UTF8.self).collapsingSpaces
        while let last = cleaned.last, ",;".contains(last) { cleaned.removeLast() }
        let roman = MarkedName.splittingRomanMarker(cleaned.trimmingSpaces)
        self.name = roman.name
        self.markers = markers + roman.markers
    }

    /// An affiliation marker glued to the name: a Roman numeral ("Gonçalves^I", "Araújo^II" as a copy of
    /// a SciELO page gives them: "GonçalvesI", "AraújoII"): capital I, V or X right after a lower-case letter.
    static func splittingRomanMarker(_ name: String) -> (name: String, markers: [String]) {
        // A letter marker glued to a name printed in capitals ("THOMSONa", "INNESab").
        // Both readings look at the last few characters only (at most two letters and the three capitals before
        // them; at most four numerals and the two letters before them): where the name is longer, the index `k`
        // into its tail passes every bound the whole name's index would, so only the tail is taken apart.
        if let last = name.last, last.isLowercase {
            let chars = Array(name.suffix(5))
            var k = chars.count
            while k > 0, chars[k - 1].isLowercase, chars.count - k < 2 { k -= 1 }
            if k >= 3, chars[(k - 3)..<k].allSatisfy(\.isUppercase) {
                return (String(name.dropLast(chars.count - k)), [String(chars[k...])])
            }
        }
        guard let last = name.last, "IVX".contains(last) else { return (name, []) }
        let chars = Array(name.suffix(6))
        var k = chars.count
        while k > 0, "IVX".contains(chars[k - 1]), chars.count - k < 4 { k -= 1 }
        guard k > 1, k < chars.count, chars[k - 1].isLowercase, chars[k - 2].isLetter else { return (name, []) }
        return (String(name.dropLast(chars.count - k)), [String(chars[k...])])
    }

    /// Signs printed beside a name that mark a role (corresponding author, e-mail), dropped from the name.
    static let markSigns: Set<Character> = ["*", "†", "‡", "§", "¶", "⁎", "✉"]

    /// Characters that print nothing, which a page may put between a name and its marker ("Piwowar\u{200B}\u{200B}1"):
    /// zero-width space, word joiner, byte-order mark.
    static let invisibles: Set<Character> = ["\u{200B}", "\u{2060}", "\u{FEFF}"]

    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]
}

/// A numbered affiliation list line: "[1] Univ Durham, …", "1. Durham University", "1 Department of …".
enum NumberedLine {
    /// The leading number and the rest of the line, or `nil` when the line does not start with a number.
    static func split(_ line: String) -> (number: String, text: String)? {
        var s = Substring(line.trimmingSpaces)
        let bracketed = s.first == "["
        if bracketed { s = s.dropFirst() }
        let number = s.prefix { $0.isASCII && $0.isNumber }
        guard !number.isEmpty, number.count <= 3 else { return nil }
        s = s.dropFirst(number.count)
        if bracketed {
            guard s.first == "]" else { return nil }
            s = s.dropFirst()
        } else if let f = s.first, f == "." || f == ")" {
            s = s.dropFirst()
        } else if s.first != " " {
            return nil
        }
        let text = String(s).trimmingSpaces
        guard !text.isEmpty else { return nil }
        return (String(number), text)
    }
}

extension Array where Element == Person {
    /// Gives each person the affiliations their markers point at; unknown markers are ignored.
    mutating func attach(affiliations: [String: String], markers: [[String]]) {
        guard !affiliations.isEmpty else { return }
        for i in indices where i < markers.count {
            self[i].affiliations = markers[i].compactMap { affiliations[$0] }
        }
    }
}
