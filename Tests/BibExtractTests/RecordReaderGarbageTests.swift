import Testing
import BibModel
import BibParse
@testable import BibExtract

/// Bad input never traps a record reader: random mixes of each format's special characters are read (or
/// refused) without a crash, and every record found keeps a line inside the text.
struct RecordReaderGarbageTests {
    static let pieces = ["@", "article", "string", "comment", "{", "}", "(", ")", "\"", "#", "=", ",", "\\", "\\'", "\\\"",
                         "{\\d}", "~", "$", "--", "\n", "\r", "\r\n", " ", "  ", "and", "TY  - ", "ER  - ", "ER  -", "AU  - ",
                         "PT ", "ER", "EF", "   ", "PMID- ", "TI  - ", "      ", "x", "Smith, J.", "10.1000/a", "ü", "\u{FEFF}",
                         "Title,Authors,Year,DOI\n", "\"a\"\"b\"", ";", "jan", "2001"]

    static func garbage(_ seed: Int) -> String {
        var x = UInt64(seed) &* 6364136223846793005 &+ 1442695040888963407
        var s = ""
        for _ in 0..<(20 + seed % 200) {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            s += pieces[Int(x >> 33) % pieces.count]
        }
        return s
    }

    @Test func randomSpecialCharactersNeverTrapAReader() {
        let readers: [any RecordFileReader] = [BibTeXReader(), RISReader(), WoSReader(), CSVExportReader(), MedlineReader()]
        for seed in 0..<1500 {
            let text = Self.garbage(seed)
            guard let page = try? Page.load(bytes: Array(text.utf8)) else { continue }
            let lineCount = page.text.utf8.count + 1
            for reader in readers {
                let file = reader.read(page)
                #expect(file.lines.count == file.records.count)
                #expect(file.lines.allSatisfy { $0 >= 1 && $0 <= lineCount } && file.problems.allSatisfy { $0.line >= 1 })
            }
        }
    }
}
