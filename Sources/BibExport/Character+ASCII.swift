import BibModel

extension Character {
    /// `isLetter`, answered without a Unicode property lookup for ASCII.
    var isLetterFast: Bool {
        if let a = asciiByte { return ASCIIBytes.isLetter(a) }
        return isLetter
    }

    /// `isNumber`, answered without a Unicode property lookup for ASCII.
    var isNumberFast: Bool {
        if let a = asciiByte { return ASCIIBytes.isDigit(a) }
        return isNumber
    }

    /// `isUppercase`, answered without a Unicode property lookup for ASCII.
    var isUppercaseFast: Bool {
        if let a = asciiByte { return ASCIIBytes.isUpper(a) }
        return isUppercase
    }

    /// `isLowercase`, answered without a Unicode property lookup for ASCII.
    var isLowercaseFast: Bool {
        if let a = asciiByte { return ASCIIBytes.isLower(a) }
        return isLowercase
    }
}
