import Foundation

/// Folds text to ASCII letters and digits for citation keys: "Dürsteler" → "Dursteler", "Łukasz" → "Lukasz".
///
/// Accents are removed by canonical decomposition; letters with no decomposition use the table below.
/// Scripts with no ASCII spelling (Chinese, Arabic) fold to nothing, so a key formula falls back.
public enum ASCIIFold {
    static let letters: [Character: String] = [
        "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ł": "l", "Ł": "L",
        "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ı": "i",
    ]

    /// Only ASCII letters and digits survive; everything else is dropped.
    public static func fold(_ text: String) -> String {
        // ASCII text has nothing to decompose: its letters and digits are the result.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.filter(ASCIIBytes.isAlphanumeric), as: UTF8.self)
        }
        var out = ""
        for ch in text {
            if let ascii = ch.asciiByte {
                if ASCIIBytes.isAlphanumeric(ascii) { out.unicodeScalars.append(Unicode.Scalar(ascii)) }
                continue
            }
            if let mapped = letters[ch] { out += mapped; continue }
            for scalar in String(ch).decomposedStringWithCanonicalMapping.unicodeScalars
            where scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
